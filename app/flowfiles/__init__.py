"""Flow files in the running service: shipped ``config/flows``, REST uploads, hot reload.

It owns the catalog of declared flows (``FlowCatalog``: flow files and REST flows,
built first, then swapped into the FlowManager), the watcher that hot-reloads
``CAPTIONFLOW_FLOWS_DIR``, and the bounded pool that runs uploaded files' marble tests.

It may import: the frame modules of ``app`` (``_components``, ``_settings``,
``_state``), ``flows`` (``flows.files`` for load/check/install), aiohttp. Never
``app.routes`` or ``app.sse``.
"""

from ._catalog import FLOW_FILES, FlowCatalog
from ._reload import FlowFileWatcher, reload_details
from ._setup import MACHINE_DEFINITION, PIPELINE_DEFINITION, flow_store_for, setup_flow_files
from ._test_runs import TEST_RUNS, TestRuns, TestWorkersBusy

__all__ = [
    "FLOW_FILES",
    "MACHINE_DEFINITION",
    "PIPELINE_DEFINITION",
    "TEST_RUNS",
    "FlowCatalog",
    "FlowFileWatcher",
    "TestRuns",
    "TestWorkersBusy",
    "flow_store_for",
    "reload_details",
    "setup_flow_files",
]
