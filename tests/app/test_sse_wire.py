"""SSE frames: ``id`` and ``event`` are checked as aiohttp-sse's ``send()`` checks them
(issue 13 item 6): a line break or NUL would end the field and let the rest be read
as other fields."""

from __future__ import annotations

import pytest

from app.sse import Frame


@pytest.mark.parametrize("bad", ["1\n", "1\rdata: forged", "a\r\nid: 9", "x\0y"])
@pytest.mark.parametrize("field", ["id", "event"])
def test_an_id_or_event_with_a_line_break_or_nul_is_refused(field: str, bad: str) -> None:
    with pytest.raises(ValueError, match=f"SSE {field} must not contain"):
        Frame("{}", id=bad) if field == "id" else Frame("{}", event=bad)


def test_a_shared_frame_is_checked_too() -> None:
    with pytest.raises(ValueError, match="SSE id"):
        Frame.shared("{}", "1\n2")


def test_a_negative_retry_is_refused() -> None:
    with pytest.raises(ValueError, match="retry"):
        Frame(retry=-1)


def test_good_frames_encode_each_field_on_its_line() -> None:
    frame = Frame("a\nb", id="1700000000000-0", event="caption.done", retry=2000)
    assert frame.encode() == (
        "id: 1700000000000-0\r\nevent: caption.done\r\ndata: a\r\ndata: b\r\nretry: 2000\r\n\r\n"
    )
    assert Frame.shared('{"n": 1}', "7").to_bytes() == b'id: 7\r\ndata: {"n": 1}\r\n\r\n'
