"""A role conflict needs one person at one time (tense15, :mod:`crosswire.compare.claims.roles`): a word naming
the holder of whatever office is in question ("Amtsinhaberin", "incumbent") is no role of its own, and a title
still to come ("the incoming chief executive", "die designierte Vorstandschefin", "la futura consejera
delegada") is compared only with another title to come. Every text is invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.claims.roles import _next_held, _role_in
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

DAY = "2024-03-12"


def _compare(tmp_path: Path, a: str, b: str) -> dict[str, Any]:
    path = tmp_path / "a.jsonl"
    rows = [("w-a", "Harbour Daily", a), ("w-b", "Norland Post", b)]
    path.write_text(
        "".join(json.dumps({"id": i, "outlet": o, "published": DAY, "text": t}) + "\n" for i, o, t in rows),
        encoding="utf-8",
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        d: dict[str, Any] = compare_articles(store, ["w-a", "w-b"]).to_dict()
    return d


def _role_conflicts(d: dict[str, Any]) -> list[str]:
    return [c["summary"] for c in d["conflicts"] if c.get("reason") == "different role"]


# On 564ffe3 each of these was a role conflict: "Amtsinhaberin" read as the owner's title ("-inhaberin").
OFFICE_HOLDERS = [
    (
        "Amtsinhaberin Anna Kessel räumte am Sonntagabend in Velmara ihre Niederlage ein.",
        "The outgoing mayor, Anna Kessel, conceded defeat in Velmara on Sunday night.",
    ),
    (
        "Amtsinhaber Tomas Brek räumte am Sonntagabend in Velmara seine Niederlage ein.",
        "The sitting mayor Tomas Brek conceded defeat in Velmara on Sunday night.",
    ),
]


@pytest.mark.parametrize(("a", "b"), OFFICE_HOLDERS)
def test_office_holder_is_no_role(tmp_path: Path, a: str, b: str) -> None:
    d = _compare(tmp_path, a, b)
    assert _role_conflicts(d) == []


def test_owner_compound_is_still_a_role() -> None:
    """The control: an owner's title written as a compound ("Firmeninhaberin") is still read as the owner's."""
    assert _role_in("Firmeninhaberin ", "de", at_end=True) == ("owner", "Firmeninhaberin")
    assert _role_in("Amtsinhaberin ", "de", at_end=True) is None


# On 564ffe3 each was a role conflict: a post to come against the post held now
TO_COME = [
    "The incoming chief executive, Lena Horvat, said the Kaldor Lifts plant in Velmara would stay open.",
    "Die designierte Vorstandschefin Lena Horvat sagte, das Werk von Kaldor Lifts in Velmara bleibe offen.",
    "La futura consejera delegada Lena Horvat dijo que la planta de Kaldor Lifts en Velmara seguirá abierta.",
]
NOW = "Chief financial officer Lena Horvat said the Kaldor Lifts plant in Velmara would stay open."


@pytest.mark.parametrize("coming", TO_COME)
def test_title_to_come_is_not_set_against_one_held_now(tmp_path: Path, coming: str) -> None:
    assert _role_conflicts(_compare(tmp_path, coming, NOW)) == []


def test_two_titles_held_now_still_conflict(tmp_path: Path) -> None:
    """The control: two posts held now by one person, as before."""
    d = _compare(tmp_path, "Managing director Lena Horvat said the Kaldor Lifts plant in Velmara would stay open.", NOW)
    assert _role_conflicts(d) == ["Role of Lena Horvat: managing director [1] vs chief financial officer [2]"]


@pytest.mark.parametrize(
    ("context", "written", "expected"),
    [
        ("the incoming chief executive Lena Horvat", "chief executive", True),
        ("the chief executive designate, Lena Horvat", "chief executive", True),
        ("przyszły prezes Jan Nowak", "prezes", True),
        ("будущий генеральный директор Иван Петров", "генеральный директор", True),
        ("the new chief executive Lena Horvat", "chief executive", False),
        ("chief executive Lena Horvat", "chief executive", False),
    ],
)
def test_title_to_come_read_in_languages(context: str, written: str, expected: bool) -> None:
    assert _next_held(context, written) is expected
