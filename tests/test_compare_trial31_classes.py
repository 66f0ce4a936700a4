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


# -- class 2: a state a negation flips (under control or not; closed or reopened) -----------------------------------

CONTROL = [
    ("The blaze is contained but not yet under control", "en", "Il rogo è ormai sotto controllo", "it"),
    ("Der Brand ist noch nicht unter Kontrolle", "de", "Le feu est maîtrisé depuis lundi soir", "fr"),
    ("El incendio aún no está bajo control", "es", "Pożar został opanowany w nocy", "pl"),
    ("Pożar nie został jeszcze opanowany", "pl", "The fire was brought under control overnight", "en"),
    ("The fire is still burning out of control", "en", "Der Brand ist unter Kontrolle", "de"),
    ("The A9 remained closed in both directions on Monday", "en", "Die A9 wurde am Montag wieder freigegeben", "de"),
    ("La carretera sigue cortada", "es", "La strada è stata riaperta lunedì", "it"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), CONTROL, ids=[c[0][:30] for c in CONTROL])
def test_a_negated_state_is_the_other_pole(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.quote_meaning import meaning_apart, ruled_apart

    assert ruled_apart(a, la, b, lb) is not None
    assert meaning_apart(a, la, b, lb) is not None


SAME_STATE = [
    ("The blaze is not yet under control", "en", "El incendio aún no está bajo control", "es"),
    ("Der Brand ist unter Kontrolle", "de", "The fire is under control", "en"),
    # a hope, a plan or a time limit is no state
    ("Firefighters hope to bring the blaze under control by Friday", "en", "The fire is not under control", "en"),
    ("Crews expect the fire to be under control by Thursday", "en", "Il rogo non è sotto controllo", "it"),
    ("The A9 was closed in both directions", "en", "Die A9 bleibt bis Freitag gesperrt", "de"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), SAME_STATE, ids=[c[0][:30] for c in SAME_STATE])
def test_one_state_or_no_state_is_no_opposition(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.quote_meaning import ruled_apart

    assert ruled_apart(a, la, b, lb) is None


def test_a_quote_under_control_and_not_is_a_conflict_not_a_variant(tmp_path: Path) -> None:
    a = '"The blaze is contained but not yet under control," the mayor, Ines Colby, told reporters on Monday.'
    b = "«L'incendio è ormai sotto controllo», ha detto la sindaca Ines Colby ai giornalisti lunedì."
    c = "«El incendio está contenido, pero aún no está bajo control», dijo la alcaldesa Ines Colby el lunes."
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    meant = [k for k in comparison.conflicts if k.reason == "different meaning"]
    assert len(meant) == 1, [k.summary for k in comparison.conflicts]
    assert sorted(len(s.sources) for s in meant[0].sides) == [1, 2], meant[0].summary
    alone = next(s for s in meant[0].sides if len(s.sources) == 1)
    assert "sotto controllo" in alone.evidence[0].text, meant[0].summary
    for variant in comparison.quote_variants:
        assert not any("sotto controllo" in ev.text for ev in variant.evidence), variant
    assert not _agreed_together(comparison, "sotto controllo", "not yet under control")


def test_told_sentences_under_control_and_not_are_no_agreement(tmp_path: Path) -> None:
    a = "Firefighters said on Monday evening that the forest fire near Harlow Quay was not yet under control."
    b = "Die Feuerwehr teilte am Montagabend mit, der Waldbrand bei Harlow Quay sei unter Kontrolle."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _agreed_together(comparison, "not yet under control", "unter Kontrolle"), [
        k.summary for k in comparison.agreed
    ]


# -- class 3: one difference of a reported statement's number is one conflict ----------------------------------------


def _conflict(reason: str, explanation: str, sentences: list[tuple[str, int, str]]):
    from crosswire.compare.records import ClaimConflict, ConflictSide
    from crosswire.model import Evidence

    evidence = [Evidence(article=a, outlet=None, text=t, start=0, end=len(t)) for a, _s, t in sentences]
    sides = [
        ConflictSide(label=t[:10], sources=[s], evidence=[ev])
        for (_a, s, t), ev in zip(sentences, evidence, strict=True)
    ]
    return ClaimConflict(
        summary=explanation,
        sources=sorted({s for _a, s, _t in sentences}),
        evidence=evidence,
        measure="amount",
        reason=reason,  # type: ignore[arg-type]
        explanation=explanation,
        sides=sides,
    )


WIRE = "The national government released 40 million euros in flood relief, Interior Minister Tomas Reyl said."
SPANISH = "El Gobierno nacional aprobó 45 millones de euros en ayudas, anunció el ministro del Interior, Tomas Reyl."


def test_a_number_told_in_a_statement_is_one_conflict_with_its_value() -> None:
    """A reported statement's number set apart by the quote layer and by the value aligner on the same two
    sentences, the same sources, is one conflict: the value's (it names what the number measures); the wire's
    copy cited beside the wire is the same sentence."""
    from crosswire.compare.stage import _number_shown_wider

    quoted = _conflict(
        "different meaning",
        "The sources quote Tomas Reyl with different meanings (a number differs): ...",
        [("wire", 1, WIRE), ("copy", 1, WIRE), ("es", 2, SPANISH)],
    )
    value = _conflict(
        "different value", "Amount: 40 million euros vs 45 millones", [("wire", 1, WIRE), ("es", 2, SPANISH)]
    )
    assert _number_shown_wider(quoted, [value])
    other = _conflict("different value", "Amount", [("wire", 1, WIRE), ("de", 3, "Die Regierung gab 45 Millionen.")])
    assert not _number_shown_wider(quoted, [other])  # another pair of sentences: another difference


# -- class 4: where the injured were taken ----------------------------------------------------------------------------

HOSPITALS = [
    (
        "English vs Polish",
        "Two crew members were injured and taken to the hospital in Brenvik, the harbour master said.",
        "Dwóch rannych członków załogi przewieziono do szpitala w Oslanie.",
    ),
    (
        "French vs German",
        "Deux marins blessés ont été transportés à l'hôpital de Salvène.",
        "Zwei verletzte Seeleute wurden ins Krankenhaus in Brenvik gebracht.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), HOSPITALS, ids=[c[0] for c in HOSPITALS])
def test_two_hospital_towns_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [k for k in comparison.conflicts if k.measure == "hospital town"]
    assert len(found) == 1, (case, [k.summary for k in comparison.conflicts])
    assert not _agreed_together(comparison, "Brenvik", "spital"), case


def test_one_hospital_town_in_two_cases_is_no_conflict(tmp_path: Path) -> None:
    a = "Two crew members were injured and taken to the hospital in Brenvik, the harbour master said."
    b = "Dwóch rannych członków załogi przewieziono do szpitala w Brenviku."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [k for k in comparison.conflicts if k.measure == "hospital town"], [
        k.summary for k in comparison.conflicts
    ]


def test_a_timeline_line_cites_no_source_of_the_other_pole(tmp_path: Path) -> None:
    a = '"The blaze is contained but not yet under control," the mayor, Ines Colby, told reporters on Monday.'
    b = "«L'incendio è ormai sotto controllo», ha detto la sindaca Ines Colby ai giornalisti lunedì."
    c = "«El incendio está contenido, pero aún no está bajo control», dijo la alcaldesa Ines Colby el lunes."
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    for line in comparison.timeline:
        texts = [ev.text for ev in line.evidence]
        assert not (any("sotto controllo" in t for t in texts) and any("under control" in t for t in texts)), line
