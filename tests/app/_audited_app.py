"""``python -m app`` with the test's command audit on (see ``tests/flows/backends``).

python -m tests.app._audited_app      (CAPTIONFLOW_* as for ``python -m app``)
"""

from __future__ import annotations

from app.__main__ import main

from ..flows.backends.command_audit import record_from_env

if __name__ == "__main__":
    record_from_env()
    main()
