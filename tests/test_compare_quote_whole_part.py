"""Wordings of one quote that narrow the whole of a thing to a part ("The council accepts full blame for the
flooding" / "Le conseil accepte une part de la responsabilité", a share of it) say different things, in every
language of ``data/quote_meanings.toml`` that lists both poles; faithful translations, a part named in both and a
wording naming both poles do not. Invented text."""

from __future__ import annotations

import pytest

from crosswire.compare.quote_meaning import meaning_apart, poles

WHOLE = "The council accepts full responsibility for the flooding of the lower town"

PARTS = [
    ("en", "The council accepts a share of the responsibility for the flooding of the lower town"),
    ("de", "Der Rat übernimmt einen Teil der Verantwortung für die Überschwemmung der Unterstadt"),
    ("es", "El ayuntamiento asume una parte de la responsabilidad por la inundación de la parte baja"),
    ("fr", "Le conseil assume une part de responsabilité dans l'inondation de la ville basse"),
    ("it", "Il consiglio si assume una parte di responsabilità per l'allagamento della città bassa"),
    ("pt", "A câmara assume uma parte da responsabilidade pela inundação da cidade baixa"),
    ("pl", "Rada przyjmuje część odpowiedzialności za zalanie dolnego miasta"),
    ("ru", "Совет берёт на себя часть ответственности за затопление нижнего города"),
    ("uk", "Рада бере на себе частину відповідальності за затоплення нижнього міста"),
]

WHOLES = [
    ("de", "Der Rat übernimmt die volle Verantwortung für die Überschwemmung der Unterstadt"),
    ("es", "El ayuntamiento asume plena responsabilidad por la inundación de la ciudad baja"),
    ("fr", "Le conseil assume l'entière responsabilité de l'inondation de la ville basse"),
    ("it", "Il consiglio si assume la piena responsabilità per l'allagamento della città bassa"),
    ("pt", "A câmara assume total responsabilidade pela inundação da cidade baixa"),
    ("pl", "Rada bierze pełną odpowiedzialność za zalanie dolnego miasta"),
    ("ru", "Совет берёт на себя полную ответственность за затопление нижнего города"),
    ("uk", "Рада бере на себе повну відповідальність за затоплення нижнього міста"),
]


@pytest.mark.parametrize(("lang", "text"), PARTS)
def test_the_whole_rendered_as_a_part_is_another_meaning(lang, text):
    assert meaning_apart(WHOLE, "en", text, lang) == "whole or part"


@pytest.mark.parametrize(("lang", "text"), WHOLES)
def test_the_whole_rendered_as_the_whole_is_one_meaning(lang, text):
    assert meaning_apart(WHOLE, "en", text, lang) is None


def test_a_part_in_both_and_both_named_read_alike():
    part = "We bear part of the blame, partly because the warnings came late"
    assert meaning_apart(part, "en", "Wir tragen teilweise die Schuld, weil die Warnungen spät kamen", "de") is None
    both = "We fully accept the findings, though we dispute them in part"
    assert "whole or part" not in poles(both, "en")
    assert meaning_apart(WHOLE, "en", "The council does not accept full responsibility for the flooding", "en") == (
        "whole or part"
    )
