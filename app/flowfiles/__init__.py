"""Flow files in the running service: shipped ``config/flows``, REST uploads, hot reload.

It may import: the frame modules of ``app``, ``captions``, ``flows``.
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
