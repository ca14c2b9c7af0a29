from __future__ import annotations

import pytest
from pydantic import ValidationError

from app import Settings


@pytest.mark.parametrize(("given", "level"), [("debug", "DEBUG"), ("Warning", "WARNING")])
def test_log_level_is_case_insensitive(given: str, level: str) -> None:
    assert Settings(log_level=given).log_level == level


def test_bad_log_level_is_a_settings_error_naming_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAPTIONFLOW_LOG_LEVEL", "verbose")
    with pytest.raises(ValidationError) as info:
        Settings()
    (error,) = info.value.errors()
    assert error["loc"] == ("log_level",)
    assert "'DEBUG'" in error["msg"]
    assert "'CRITICAL'" in error["msg"]
