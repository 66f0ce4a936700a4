"""The day of one act given two ways in one sentence two sources of one language print (conf15, fifteenth pass):
"Das Hafengericht entschied am Dienstag, ..." / "... am Donnerstag, ..." (a ruling's day given two ways, a class a
new user met on an unseen story). Outside English no verb is read for a day, so the two days had no slot; the
Spanish and Polish pairs were even agreed. Invented stories, several languages; two different acts on two days,
a short sentence, and one day written twice are no conflict.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

DAY = "2027-03-11"
OUTLETS = ["Harbour Wire", "Nordkurier Tal", "Diario Levante", "Kurier Zatoki"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Port Ellery\n\n{t}") for i, t in enumerate(texts)]


def _day_conflicts(story) -> list:  # type: ignore[no-untyped-def]
    return [c for c in story.conflicts if c.reason == "different day"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Das Hafengericht entschied am Dienstag, dass der Streik in Port Ellery rechtmäßig war.",
            "Das Hafengericht entschied am Donnerstag, dass der Streik in Port Ellery rechtmäßig war.",
        ),
        (
            "El tribunal del puerto dictaminó el martes que la huelga en Port Ellery era legal y rechazó la demanda.",
            "El tribunal del puerto dictaminó el jueves que la huelga en Port Ellery era legal y rechazó la demanda.",
        ),
        (
            "Sąd portowy orzekł we wtorek, że strajk w Port Ellery był legalny i oddalił wniosek operatora.",
            "Sąd portowy orzekł w czwartek, że strajk w Port Ellery był legalny i oddalił wniosek operatora.",
        ),
        (
            "Le tribunal du port a jugé mardi que la grève à Port Ellery était légale et a rejeté la demande.",
            "Le tribunal du port a jugé jeudi que la grève à Port Ellery était légale et a rejeté la demande.",
        ),
    ],
    ids=["de", "es", "pl", "fr"],
)
def test_one_wording_two_days_is_a_conflict(tmp_path: Path, a: str, b: str) -> None:
    story = compare_texts(tmp_path, _rows(a, b))
    found = _day_conflicts(story)
    assert len(found) == 1, [(c.summary, c.reason) for c in story.conflicts]
    assert found[0].sources == [1, 2]
    assert not [it for it in story.agreed if len(it.sources) > 1 and any(a[:20] in ev.text for ev in it.evidence)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two acts: the ruling and the union's answer
        (
            "Das Hafengericht entschied am Dienstag, dass der Streik in Port Ellery rechtmäßig war.",
            "Die Gewerkschaft kündigte am Donnerstag an, den Streik in Port Ellery fortzusetzen, wie sie mitteilte.",
        ),
        # too short to be one claim word for word
        (
            "Der Hafen von Port Ellery bleibt wegen des Streiks geschlossen, teilte der Betreiber mit. "
            "Das Gericht entschied am Dienstag über den Streik.",
            "Der Hafen von Port Ellery bleibt wegen des Streiks geschlossen, teilte der Betreiber mit. "
            "Das Gericht entschied am Donnerstag über den Streik.",
        ),
        # one day, written alike
        (
            "Das Hafengericht entschied am Dienstag, dass der Streik in Port Ellery rechtmäßig war.",
            "Das Hafengericht entschied am Dienstag, dass der Streik in Port Ellery rechtmäßig gewesen sei.",
        ),
    ],
    ids=["two-acts", "short", "one-day"],
)
def test_other_pairs_are_no_day_conflict(tmp_path: Path, a: str, b: str) -> None:
    story = compare_texts(tmp_path, _rows(a, b))
    assert not _day_conflicts(story), [(c.summary, c.reason) for c in story.conflicts]


def test_english_days_are_left_to_the_verb_slots() -> None:
    from crosswire.compare.claims.copied_days import PARSED

    assert "en" in PARSED
