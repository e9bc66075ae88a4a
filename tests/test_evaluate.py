"""The scorer behind `quotes eval`."""

from __future__ import annotations

import pytest

from quotes.evaluate import Outcome, calibration, full_name_agrees, names_agree, score_document


@pytest.mark.parametrize(
    "predicted, gold, agree",
    [
        ("Donald Trump", "Trump", True),
        ("Mr. Trump", "Donald J. Trump", True),
        ("Eric Trump", "Donald Trump", False),
        ("Hillary Clinton", "Bill Clinton", False),
        ("Sen. Bernie Sanders", "Bernie Sanders", True),
        ("", "Trump", False),
    ],
)
def test_names_agree(predicted: str, gold: str, agree: bool) -> None:
    assert names_agree(predicted, gold) is agree


def test_mixed_quote_asks_only_for_its_quoted_words() -> None:
    text = 'She said the plan was "a disaster" for everyone.'
    start = text.index("the plan")
    doc = {"text": text, "quotes": [{"start": start, "end": len(text) - 1, "speaker": "She", "kind": "mixed",
                                     "speaker_fragments": [[0, 3]]}]}
    q = text.index("a disaster")
    found = score_document(doc, [{"start": q, "end": q + 10, "speaker_start": 0, "speaker_end": 3}])
    assert (found.gold, found.gold_found, found.gold_attributed, found.predicted_right) == (1, 1, 1, 1)
    missed = score_document(doc, [])
    assert (missed.gold, missed.gold_found) == (1, 0)


def test_indirect_quotes_are_not_asked_for() -> None:
    text = "She said the plan was bad."
    doc = {"text": text, "quotes": [{"start": 9, "end": 25, "speaker": "She", "kind": "indirect"}]}
    assert score_document(doc, []).gold == 0


def test_prediction_outside_gold_is_wrong() -> None:
    text = 'He said "yes." Then "no."'
    doc = {"text": text, "quotes": [{"start": 8, "end": 14, "speaker": "He", "kind": "direct"}]}
    counts = score_document(doc, [{"start": 9, "end": 13}, {"start": 21, "end": 24}])
    assert (counts.predicted, counts.predicted_right) == (2, 1)


@pytest.mark.parametrize(
    "predicted, gold, aliases, agree",
    [
        ("Patricia Hyde", "Patricia H. Hyde", (), True),
        ("Patricia H. Hyde", "Patricia H. Hyde", (), True),
        ("Hyde", "Patricia H. Hyde", (), False),  # a bare surname is not the full name
        ("she", "Patricia H. Hyde", (), False),
        ("Tom Hyde", "Patricia H. Hyde", (), False),
        ("Spurs", "Tottenham Hotspur", ("Spurs",), True),
    ],
)
def test_full_name_agrees(predicted: str, gold: str, aliases: tuple[str, ...], agree: bool) -> None:
    assert full_name_agrees(predicted, gold, aliases) is agree


def _named_doc() -> dict:
    text = '"We are ready," Ana Lima said. "It will rain," a forecaster said.'
    first, second = text.index("We are"), text.index("It will")
    return {"id": "d1", "text": text, "quotes": [
        {"start": first, "end": first + 12, "speaker": "Ana Lima", "named": True, "kind": "direct"},
        {"start": second, "end": second + 12, "speaker": "a forecaster", "named": False, "kind": "direct"},
    ]}


def test_resolved_names_are_judged_and_errors_listed() -> None:
    doc = _named_doc()
    text = doc["text"]
    first, second = text.index("We are"), text.index("It will")
    predictions = [
        {"start": first, "end": first + 12, "speaker": "Lima", "speaker_mention": "Lima", "confidence": 0.9},
        {"start": second, "end": second + 12, "speaker": None, "speaker_mention": "a forecaster", "confidence": 0.6},
    ]
    outcomes: list = []
    errors: list = []
    counts = score_document(doc, predictions, "", outcomes, errors)
    assert (counts.predicted_right, counts.predicted_attributed) == (2, 1)  # "Lima" alone is wrong
    assert [o.right for o in outcomes] == [False, True]
    assert [(e["error"], e["predicted"], e["gold"]) for e in errors] == [("wrong speaker", "Lima", "Ana Lima")]
    assert "Ana Lima said" in errors[0]["context"]


def test_calibration_table_and_error() -> None:
    outcomes = [Outcome(0.95, True)] * 9 + [Outcome(0.95, False)] + [Outcome(0.55, True), Outcome(0.55, False)]
    rows, ece = calibration(outcomes)
    assert rows == [
        {"confidence": "0.5-0.6", "quotes": 2, "mean_confidence": 0.55, "share_right": 0.5},
        {"confidence": "0.9-1.0", "quotes": 10, "mean_confidence": 0.95, "share_right": 0.9},
    ]
    assert ece == round((2 * 0.05 + 10 * 0.05) / 12, 4)


def test_eval_command_prints_calibration_and_errors(tmp_path) -> None:
    import json

    from click.testing import CliRunner

    from quotes.cli import cli

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(_named_doc()) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["attribution_accuracy"] == 1.0 and scores["calibration"]
    assert 0.0 <= scores["expected_calibration_error"] <= 1.0
    errors = CliRunner().invoke(cli, ["eval", str(gold), "--errors", "--format", "json"])
    assert errors.exit_code == 0 and errors.stdout == ""  # nothing wrong, nothing listed
