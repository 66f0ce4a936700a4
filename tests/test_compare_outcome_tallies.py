"""A count of contests won or lost is a record, not one contest's outcome (agreed10): "a team that won 40 games"
and "the club lost in the first round" give no outcome clash, while "the club won the final" and "the club lost
the final" still do, and a score or a share after the verb ("won 3-1", "won 52 percent") is still one outcome.
The stories are invented (a tune2 pair of the alignment set, rated 0.65 by the gradient-boosted pair scorer, had
set "won 40 games" against "lost in the first round")."""

from __future__ import annotations

import json

import pytest

from crosswire.compare.claims.clash import outcome_clash, tallied
from crosswire.compare.claims.units import build_units
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.pipeline import ingest_paths
from crosswire.store import Store


def _units(tmp_path, a: str, b: str):
    path = tmp_path / "a.jsonl"
    rows = [("w-a", "Harbour Daily", a), ("w-b", "Norland Post", b)]
    path.write_text(
        "".join(json.dumps({"id": i, "outlet": o, "published": "2024-03-12", "text": t}) + "\n" for i, o, t in rows),
        encoding="utf-8",
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        data = load_story_data(store, _stored_rows(store, ["w-a", "w-b"]))
    units = build_units(data)
    return next(u for u in units if u.article == "w-a"), next(u for u in units if u.article == "w-b")


FIRST_ROUND = "Last season, the Gulls lost in the first round to the Owls."


@pytest.mark.parametrize(
    ("record", "other"),
    [
        ("Hopes were high for a club that won 40 games and took the Owls to six games last season.", FIRST_ROUND),
        ("Hopes were high for a club that won 18 of its last 23 games before the playoffs last season.", FIRST_ROUND),
        (
            "Hopes were low for a club that lost 42 games before the playoffs last season.",
            "Last season, the Gulls won the final against the Owls.",
        ),
    ],
)
def test_a_count_of_contests_is_no_outcome_clash(tmp_path, record: str, other: str) -> None:
    a, b = _units(tmp_path, record, other)
    assert outcome_clash(a, b) is None


@pytest.mark.parametrize(
    "one",
    [
        "Hopes were high for a club that won the final against the Owls last season.",
        "Hopes were high for a club that won the title and beat the Owls in the final last season.",
    ],
)
def test_one_contests_two_outcomes_still_clash(tmp_path, one: str) -> None:
    a, b = _units(tmp_path, one, FIRST_ROUND.replace("lost in the first round to", "lost the final to"))
    clash = outcome_clash(a, b)
    assert clash is not None and set(clash.outcomes or ()) == {"won", "lost"}


class _Claim:
    def __init__(self, predicates: list[str]) -> None:
        self.predicates = predicates


class _Unit:
    def __init__(self, text: str, lemma: str) -> None:
        self.text, self.claim = text, _Claim([lemma])


@pytest.mark.parametrize(
    ("text", "lemma", "outcome", "expected"),
    [
        ("a team that won 40 games", "win", "won", True),
        ("the Sixers went on to win 18 of their next 23 games", "win", "won", True),
        ("the club lost 12 matches in a row", "lose", "lost", True),
        ("the Gulls won 3-1 on Sunday", "win", "won", False),
        ("she won 52 percent of the vote", "win", "won", False),
        ("he won by 5 votes", "win", "won", False),
        ("the club lost the final", "lose", "lost", False),
    ],
)
def test_tallied_reads_a_count_after_the_outcome_word(text: str, lemma: str, outcome: str, expected: bool) -> None:
    assert tallied(_Unit(text, lemma), outcome) is expected  # type: ignore[arg-type]
