"""An outcome conflict needs one act and one object (tense15, :mod:`crosswire.compare.claims.objects`): "the
court granted the recount request" and "the court rejected the appeal" are two rulings on two filings, neither a
conflict nor one agreed claim. Every text is invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.claims.polar import acts, kinds_of
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

DAY = "2024-03-12"


def _compare(tmp_path: Path, texts: list[str]) -> dict[str, Any]:
    path = tmp_path / "a.jsonl"
    outlets = ["Harbour Daily", "Norland Post", "Coast Herald"]
    path.write_text(
        "".join(
            json.dumps({"id": f"w-{i}", "outlet": outlets[i], "published": DAY, "text": t}) + "\n"
            for i, t in enumerate(texts)
        ),
        encoding="utf-8",
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        d: dict[str, Any] = compare_articles(store, [f"w-{i}" for i in range(len(texts))]).to_dict()
    return d


GRANTED = "The regional court in Velmara granted the recount request filed by Anna Kessel on Monday."
GRANTED_TOO = "On Monday the regional court in Velmara granted Anna Kessel's request for a recount."

# On 564ffe3 each set "granted" against "rejected" as the court's ruling on one request.
TWO_OBJECTS = [
    "The regional court in Velmara rejected the appeal filed by Anna Kessel on Monday.",
    "The regional court in Velmara dismissed the appeal lodged by Anna Kessel on Monday.",
    "The regional court in Velmara turned down the appeal brought by Anna Kessel on Monday.",
]


@pytest.mark.parametrize("other", TWO_OBJECTS)
def test_two_objects_are_no_outcome_conflict(tmp_path: Path, other: str) -> None:
    d = _compare(tmp_path, [GRANTED, other, GRANTED_TOO])
    assert [c for c in d["conflicts"] if c.get("reason") == "different outcome"] == []
    for item in d["agreed"]:  # the appeal's ruling is not the request's
        assert "Norland Post" not in {e["outlet"] for e in item["evidence"]}, item


def test_one_object_two_outcomes_still_conflict(tmp_path: Path) -> None:
    """The control: one request granted and rejected is the conflict it was."""
    other = "The regional court in Velmara rejected the recount request filed by Anna Kessel on Monday."
    d = _compare(tmp_path, [GRANTED, other, GRANTED_TOO])
    outcome = [c for c in d["conflicts"] if c.get("reason") == "different outcome"]
    assert len(outcome) == 1
    sides = {frozenset(e["outlet"] for e in s["evidence"]) for s in outcome[0]["sides"]}
    assert sides == {frozenset({"Harbour Daily", "Coast Herald"}), frozenset({"Norland Post"})}


@pytest.mark.parametrize(
    ("language", "claim", "appeal"),
    [
        ("en", "granted the request for a recount", "rejected the appeal"),
        ("de", "gab dem Antrag statt", "wies die Berufung zurück"),
        ("es", "aceptó la solicitud de recuento", "rechazó el recurso"),
        ("fr", "a fait droit à la demande", "a rejeté le recours"),
        ("it", "ha accolto la richiesta", "ha respinto il ricorso"),
        ("pt", "deferiu o pedido", "rejeitou o recurso"),
        ("ru", "удовлетворил иск", "отклонил жалобу"),
        ("uk", "задовольнив позов", "відхилив скаргу"),
        ("pl", "uwzględnił wniosek", "oddalił skargę"),
    ],
)
def test_request_and_appeal_are_two_kinds_in_every_language(language: str, claim: str, appeal: str) -> None:
    act = next(a for a in acts() if a.id == "court_request")
    assert kinds_of(claim, language, act) == frozenset({"request"})
    assert kinds_of(appeal, language, act) == frozenset({"appeal"})
