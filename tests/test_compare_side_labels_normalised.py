"""A conflict side's label is the value normalised, in English, never another language's number word or sum as
written (a new user's bridge story showed "nine / nueve / nove vs elf" and "6,5 millones de euros"); the brief
says a source also gives the same value in plain English. Texts are invented."""

from __future__ import annotations

from test_compare_core import compare_texts

DAY = "2027-12-01"


def _rows(en: str, other: str, outlet: str) -> list[tuple[str, str, str, str]]:
    return [("a0", "Northern Ledger", DAY, en), ("a1", outlet, DAY, other)]


def test_a_count_in_another_languages_words_is_shown_as_its_number(tmp_path) -> None:
    rows = _rows(
        "Harnvik\n\nNine people were killed when a tram derailed in Harnvik on Wednesday, police said.\n\n"
        "The line was closed for the day.",
        "Harnvik\n\nW środę w Harnviku wykoleił się tramwaj, zginęło jedenaście osób.\n\nLinia była zamknięta.",
        "Kurier Nadmorski",
    )
    comparison = compare_texts(tmp_path, rows)
    labels = [s.label for c in comparison.conflicts for s in c.sides]
    assert "11" in labels
    assert not any("jedenaście" in label for label in labels)


def test_a_sum_in_another_language_is_shown_in_english(tmp_path) -> None:
    rows = _rows(
        "Harnvik\n\nA tram derailed in Harnvik on Wednesday, injuring six people.\n\n"
        "The operator said repairs costing 4 million euros would start in the spring.",
        "Harnvik\n\nUn tramway a déraillé mercredi à Harnvik, blessant six personnes.\n\n"
        "L'exploitant a indiqué que les réparations, d'un coût de 2,5 millions d'euros, commenceraient au "
        "printemps.",
        "La Vigie",
    )
    comparison = compare_texts(tmp_path, rows)
    labels = [s.label for c in comparison.conflicts for s in c.sides]
    assert "2.5 million euros" in labels, labels
