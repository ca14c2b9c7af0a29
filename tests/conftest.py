"""Suite-wide fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_flow_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Apps under test start empty: no flows installed from ``config/flows``, and
    flows created over REST persist in the test's own directory (not ``.captionflow``).

    Tests of the flow files set ``flows_dir`` explicitly.
    """
    monkeypatch.setenv("CAPTIONFLOW_FLOWS_DIR", "")
    monkeypatch.setenv("CAPTIONFLOW_STATE_DIR", str(tmp_path / "state"))
