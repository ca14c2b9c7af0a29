"""``captionflow caption "..."``: the offline engine on the command line."""

from __future__ import annotations

import json

import pytest

from app._cli import main


def test_caption_prints_every_variant_and_what_was_understood(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["caption", "Leg day at Iron Temple gym. New PR on squats: 140 kg!"])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.count("--- variant") == 3
    assert "Iron Temple" in out
    assert "#IronTemple" in out
    assert "note: language en, intent fitness" in err


def test_caption_options_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "caption",
        "Hoy cenamos paella en casa de la abuela en Valencia.",
        "--tone",
        "playful",
        "--variants",
        "2",
        "--hashtags",
        "30",
        "--length",
        "short",
        "--no-emoji",
        "--no-cta",
        "--json",
    ]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["language"] == "es"
    assert len(result["variants"]) == 2
    assert any("No filler" in n for n in result["notes"])  # fewer than 30 relevant tags
    for variant in result["variants"]:
        assert "🍽" not in variant["caption"]


def test_caption_option_errors_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["caption", "Tacos", "--variants", "9"]) == 2
    assert "--variants" in capsys.readouterr().err
