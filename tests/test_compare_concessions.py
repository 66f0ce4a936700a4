"""A defeat conceded against a refusal to concede it (conf15, fifteenth pass): a class a new user met on an unseen
election story, where "Mayor ... conceded defeat" and "Mayor ... refused to concede defeat" were shown as one
agreed item. Invented stories only (no gold story holds the class yet).

1. each language's wordings of the two poles are read as the act ``concession``'s poles (``data/
   facts_outcomes.toml``), a negation turning "conceded" to a refusal;
2. two sources stating the two poles of one person's concession, in one language or two, are a "different
   outcome" conflict;
3. two candidates' own acts (one conceded, the other did not) and two sentences of one pole are no conflict.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

DAY = "2027-05-10"
OUTLETS = ["Harbour Wire", "Nordkurier Tal", "Diario Levante", "Kurier Zatoki", "Le Phare", "Vestnik Porta"]

CONCEDED = [
    ("Mayor Tom Barrow conceded defeat in the mayoral election on Sunday night.", "en"),
    ("Tom Barrow accepted the result of the vote and congratulated his rival.", "en"),
    ("Bürgermeister Tom Barrow räumte am Sonntagabend seine Niederlage ein.", "de"),
    ("El alcalde Tom Barrow reconoció su derrota en las elecciones municipales.", "es"),
    ("Le maire Tom Barrow a reconnu sa défaite dimanche soir.", "fr"),
    ("Burmistrz Tom Barrow uznał porażkę w wyborach.", "pl"),
    ("Мэр Том Барроу признал поражение на выборах.", "ru"),
]
REFUSED = [
    ("Mayor Tom Barrow refused to concede defeat, saying the count was flawed.", "en"),
    ("Tom Barrow did not concede the race on Sunday.", "en"),
    ("Barrow has yet to concede the election.", "en"),
    ("Bürgermeister Tom Barrow weigerte sich, seine Niederlage bei der Wahl anzuerkennen.", "de"),
    ("El alcalde Tom Barrow se negó a reconocer su derrota en las elecciones.", "es"),
    ("Le maire Tom Barrow refuse de reconnaître sa défaite.", "fr"),
    ("Burmistrz Tom Barrow odmówił uznania wyników wyborów.", "pl"),
    ("Мэр Том Барроу отказался признать поражение на выборах.", "ru"),
]
NEITHER = [
    ("The minister conceded that the plan had flaws.", "en"),
    ("The keeper conceded two goals in the first half.", "en"),
    ("Police cleared the square after the vote.", "en"),
]


@pytest.mark.parametrize(("text", "language"), CONCEDED, ids=[f"{c[1]}{i}" for i, c in enumerate(CONCEDED)])
def test_conceding_is_read(text: str, language: str) -> None:
    from crosswire.compare.claims.polar import poles_in

    assert poles_in(text, language).get("concession") == "conceded"


@pytest.mark.parametrize(("text", "language"), REFUSED, ids=[f"{c[1]}{i}" for i, c in enumerate(REFUSED)])
def test_refusing_to_concede_is_read(text: str, language: str) -> None:
    from crosswire.compare.claims.polar import poles_in

    assert poles_in(text, language).get("concession") == "refused to concede"


@pytest.mark.parametrize(("text", "language"), NEITHER, ids=[str(i) for i in range(len(NEITHER))])
def test_other_concessions_are_no_pole(text: str, language: str) -> None:
    from crosswire.compare.claims.polar import poles_in

    assert "concession" not in poles_in(text, language)


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Port Ellery votes\n\n{t}") for i, t in enumerate(texts)]


def _concession_conflicts(story) -> list:  # type: ignore[no-untyped-def]
    return [c for c in story.conflicts if "conceded" in c.summary.lower()]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (CONCEDED[0][0], REFUSED[0][0]),
        (CONCEDED[2][0], REFUSED[3][0]),
        (CONCEDED[0][0], REFUSED[4][0]),
        (REFUSED[0][0], CONCEDED[5][0]),
    ],
    ids=["en", "de", "en-es", "en-pl"],
)
def test_conceded_against_refused_is_a_conflict(tmp_path: Path, a: str, b: str) -> None:
    story = compare_texts(tmp_path, _rows(a, b))
    found = _concession_conflicts(story)
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert found[0].reason == "different outcome"
    assert {s.label for s in found[0].sides} == {"conceded", "refused to concede"}
    assert not [
        it
        for it in story.agreed
        if any("Barrow" in ev.text for ev in it.evidence)
        and len(it.sources) > 1
        and "conce" in " ".join(ev.text for ev in it.evidence)
    ]


def test_two_candidates_are_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            "Mayor Tom Barrow conceded defeat in the mayoral election on Sunday night.",
            "His rival Anna Keel refused to concede defeat in the council race on Sunday night.",
        ),
    )
    assert not _concession_conflicts(story), [c.summary for c in story.conflicts]


def test_one_pole_twice_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(tmp_path, _rows(CONCEDED[0][0], "Tom Barrow admitted defeat late on Sunday."))
    assert not _concession_conflicts(story), [c.summary for c in story.conflicts]
