"""Several captionflow instances on one Redis behind HAProxy: ``python -m deploy``
(``make cluster``) and the pieces the deployment tests use.

The tool starts processes and renders configuration; it imports none of the service
(each instance is a ``python -m app`` of its own).
"""

from ._cluster import Cluster, Instance
from ._errors import DeployError
from ._haproxy import TEMPLATE, HaproxyConfig, check_config, haproxy_binary, server_states

__all__ = [
    "TEMPLATE",
    "Cluster",
    "DeployError",
    "HaproxyConfig",
    "Instance",
    "check_config",
    "haproxy_binary",
    "server_states",
]
