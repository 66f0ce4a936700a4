"""Classes a new user's six-language wildfire story got wrong (trial 31), on invented stories of other events: a
missing person found alive by one source and still missing by another (named, or one unnamed person of one age,
across languages); a state one source negates ("not yet under control", "aún no está bajo control") and another
states ("now under control"), quoted or told, never one agreed claim nor one quote in two wordings; one difference
of a reported statement's number shown once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_compare_core import compare_texts

MONDAY = "2027-03-08"  # all outlets publish on Monday 8 March 2027


def _rows(*texts: str, published: str = MONDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Fenwick Herald", "Oderblatt", "La Gazette du Lac", "Correo Austral", "Kurier Morski", "Gazzetta Alta"]
    return [(f"a{i}", outlets[i], published, f"Harlow Quay\n\n{t}") for i, t in enumerate(texts)]


def _conflicts(comparison, word: str) -> list:
    return [c for c in comparison.conflicts if word in c.summary.lower()]


def _agreed_together(comparison, *needles: str) -> list:
    """The agreed items whose evidence holds a sentence with each needle."""
    return [c for c in comparison.agreed if all(any(n in ev.text for ev in c.evidence) for n in needles)]


# -- class 1: a missing person found or still missing --------------------------------------------------------------

WHEREABOUTS = [
    (
        "English found alive vs Spanish still missing, unnamed, one age",
        "A 54-year-old angler who had been reported missing was found alive on Monday morning near the lighthouse "
        "at Harlow Quay.",
        "Un pescador de 54 años sigue desaparecido cerca del faro de Harlow Quay, según la guardia costera.",
        "lighthouse",
    ),
    (
        "German still missing vs Italian found alive, named",
        "Der Fischer Aldo Ferrant wird nach dem Sturm auf der Nordsee weiterhin vermisst, teilte die Küstenwache mit.",
        "Il pescatore Aldo Ferrant è stato ritrovato vivo lunedì mattina su uno scoglio al largo.",
        "Ferrant",
    ),
    (
        "Polish found dead vs French still missing, named",
        "Rybak Aldo Ferrant został znaleziony martwy w poniedziałek rano na plaży.",
        "Le pêcheur Aldo Ferrant est toujours porté disparu après la tempête.",
        "Ferrant",
    ),
]


@pytest.mark.parametrize(("case", "a", "b", "needle"), WHEREABOUTS, ids=[c[0] for c in WHEREABOUTS])
def test_found_and_still_missing_conflict(tmp_path: Path, case: str, a: str, b: str, needle: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [c for c in comparison.conflicts if c.reason == "different outcome"]
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert len(found[0].sides) == 2
    assert not [c for c in comparison.agreed if len({ev.article for ev in c.evidence}) > 1 and c in found], case


def test_found_alive_is_not_agreed_with_still_missing(tmp_path: Path) -> None:
    a = "A 54-year-old angler who had been reported missing was found alive on Monday near the Harlow Quay lighthouse."
    b = "Un pescador de 54 años sigue desaparecido cerca del faro de Harlow Quay, según la guardia costera."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _agreed_together(comparison, "angler", "pescador"), [c.summary for c in comparison.agreed]


def test_two_ages_or_two_classes_are_two_people(tmp_path: Path) -> None:
    a = "A 54-year-old angler who had been reported missing was found alive on Monday near the lighthouse."
    b = "Un pescador de 61 años sigue desaparecido cerca del faro, según la guardia costera."
    c = "A 54-year-old woman is still missing after the storm, the coastguard said."
    d = "A 54-year-old man was found alive on a rock near the lighthouse on Monday."
    for x, y in ((a, b), (c, d)):
        sub = tmp_path / str(len(x))
        sub.mkdir()
        comparison = compare_texts(sub, _rows(x, y))
        assert not [k for k in comparison.conflicts if k.reason == "different outcome"], [
            k.summary for k in comparison.conflicts
        ]


def test_found_alive_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "The fisherman Aldo Ferrant was found alive on Monday morning on a rock off Harlow Quay."
    b = "Der Fischer Aldo Ferrant wurde am Montagmorgen auf einem Felsen vor Harlow Quay lebend gefunden."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [k for k in comparison.conflicts if k.reason == "different outcome"], [
        k.summary for k in comparison.conflicts
    ]
