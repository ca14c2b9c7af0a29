"""Suite-wide fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_flow_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apps under test start empty: no flows installed from ``config/flows``.

    Tests of the flow files set ``flows_dir`` explicitly.
    """
    monkeypatch.setenv("CAPTIONFLOW_FLOWS_DIR", "")
