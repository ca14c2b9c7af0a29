"""The marble parser: one character per value, groups, errors, time tokens; the diff."""

from __future__ import annotations

import pytest

from flows import MarbleEvent, MarbleSyntaxError, parse_marbles, render_marbles
from flows.files._marbles import aligned_diff, format_duration

MS = 1_000
FRAME = 10 * MS


def events(text: str, frame: int = FRAME) -> list[tuple[int, str, str]]:
    return [(e.time, e.kind, e.symbol) for e in parse_marbles(text, frame)]


def test_each_token_takes_one_frame() -> None:
    assert events("-a-b--c-|") == [
        (10 * MS, "N", "a"),
        (30 * MS, "N", "b"),
        (60 * MS, "N", "c"),
        (80 * MS, "C", ""),
    ]


def test_adjacent_letters_are_separate_values() -> None:
    # reactivex's parser would read "ab" as one value
    assert events("ab|") == [(0, "N", "a"), (FRAME, "N", "b"), (2 * FRAME, "C", "")]


def test_groups_are_simultaneous_and_take_one_frame() -> None:
    assert events("-(ab)-c") == [
        (FRAME, "N", "a"),
        (FRAME, "N", "b"),
        (3 * FRAME, "N", "c"),
    ]
    assert events("(a|)") == [(0, "N", "a"), (0, "C", "")]


def test_errors() -> None:
    assert events("-a#") == [(FRAME, "N", "a"), (2 * FRAME, "E", "")]


def test_time_tokens_advance_by_their_duration() -> None:
    assert events("a 2s b 10ms c 1.5m |", FRAME) == [
        (0, "N", "a"),
        (FRAME + 2_000 * MS, "N", "b"),
        (2 * FRAME + 2_010 * MS, "N", "c"),
        (3 * FRAME + 92_010 * MS, "C", ""),
    ]
    assert events("3s (a|)", 1_000 * MS) == [(3_000 * MS, "N", "a"), (3_000 * MS, "C", "")]


def test_digits_without_spaces_are_values() -> None:
    assert events("1s2") == [(0, "N", "1"), (FRAME, "N", "s"), (2 * FRAME, "N", "2")]
    assert events("-5ms") == [
        (FRAME, "N", "5"),
        (2 * FRAME, "N", "m"),
        (3 * FRAME, "N", "s"),
    ]


def test_spaces_are_ignored() -> None:
    assert events(" - a   - | ") == events("-a-|")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-(a", "'(' is never closed at position 2"),
        ("a)", "')' without '(' at position 2"),
        ("((a))", "groups cannot be nested at position 2"),
        ("()", "empty group '()' at position 2"),
        ("(a-b)", "'-' cannot be inside a group at position 3"),
        ("a|b", "'b' after the end ('|') at position 3"),
        ("#a", "'a' after the end ('#') at position 2"),
        ("^a", "'^' (subscription point) is not supported at position 1"),
        ("(a 1s)", "a time token cannot be inside a group at position 4"),
    ],
)
def test_syntax_errors_say_where(text: str, message: str) -> None:
    with pytest.raises(MarbleSyntaxError) as caught:
        parse_marbles(text, FRAME)
    assert str(caught.value) == message


def test_rendering_round_trips() -> None:
    for text in ["-a-b--c-|", "(ab)-c#", "a 2s b|"]:
        assert render_marbles(parse_marbles(text, FRAME), FRAME) == text


def test_long_gaps_render_as_time_tokens() -> None:
    got = [MarbleEvent(0, "N", "a"), MarbleEvent(5_000 * MS, "C")]
    assert render_marbles(got, FRAME) == "a 4.99s |"


def test_durations_format_in_the_largest_fitting_unit() -> None:
    assert format_duration(1_500_000) == "1.5s"
    assert format_duration(20_000) == "20ms"
    assert format_duration(120_000_000) == "2m"
    assert format_duration(7) == "7us"


def test_aligned_diff_marks_each_difference() -> None:
    expected = parse_marbles("-a-b-|", FRAME)
    actual = parse_marbles("-a--(bc)|", FRAME)

    def same(e: MarbleEvent, a: MarbleEvent) -> bool:
        return (e.time, e.kind, e.symbol) == (a.time, a.kind, a.symbol)

    exp_line, act_line, marks = aligned_diff(expected, actual, FRAME, same)
    assert exp_line == "-a-b----|"
    assert act_line == "-a--(bc)|"
    assert marks == "   ^^^^^"
