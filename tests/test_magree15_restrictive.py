"""A restrictive negation ("nothing but X", "nichts anderes als X", "nada más que X", "не что иное, как X": only X)
states X; it denies nothing (:func:`crosswire.compare.quote_polarity.restricted_blanked`). A German rendering of an
English quote ("just wanting to be heard" / "nichts anderes wollend, als gehört zu werden") was read as denying the
clause the English states, and the two were kept apart as "one renders the other denied" (the multilingual gold's
mtune half, a de-en pair). Invented wordings in six languages; near-misses: a plain denial stays one, in every
language, and a restrictive negation's words apart from each other ("nichts" alone) still deny.
"""

from __future__ import annotations

import pytest

from crosswire.compare.quote_polarity import _verb_denied, clauses, polarity_apart, restricted_blanked

RESTRICTED = [
    ("en", "we want nothing but a fair hearing"),
    ("en", "this was nothing other than a provocation"),
    ("de", "wir wollen nichts anderes, als gehört zu werden"),
    ("de", "das war nichts als eine provokation"),
    ("es", "no queremos nada más que justicia"),
    ("fr", "nous ne voulons rien d'autre que la vérité"),
    ("pl", "to było nic innego jak prowokacja"),
    ("ru", "это не что иное, как провокация"),
    ("uk", "це не що інше, як провокація"),
]


@pytest.mark.parametrize(("language", "clause"), RESTRICTED)
def test_a_restrictive_negation_is_blanked(language: str, clause: str) -> None:
    blanked = restricted_blanked(clause, language)
    assert len(blanked) == len(clause)
    assert blanked != clause


@pytest.mark.parametrize(
    ("language", "clause"),
    [("en", "we want nothing but a fair hearing"), ("de", "wir wollen nichts anderes, als gehört zu werden"),
     ("pl", "to było nic innego jak prowokacja"), ("ru", "это не что иное, как провокация")],
)  # fmt: skip
def test_a_restrictive_negation_denies_no_verb(language: str, clause: str) -> None:
    assert not _verb_denied(clause, language)


@pytest.mark.parametrize(
    ("language", "clause"),
    [
        ("en", "we did not want a hearing"),
        ("de", "wir wollen nichts mehr sagen"),  # "nichts" with no "als" after it
        ("de", "wir wollten nicht gehört werden"),
        ("pl", "nie było żadnej prowokacji i nic nie zrobimy"),
        ("ru", "это не было провокацией"),
        ("es", "no queremos justicia"),
    ],
)
def test_a_plain_denial_stays_one(language: str, clause: str) -> None:
    assert _verb_denied(clause, language)


SAME_QUOTE = [
    (
        ("We are just asking to be heard, nothing more", "en"),
        ("Wir wollen nichts anderes, als gehört zu werden", "de"),
    ),
    (
        ("All we want is the truth about the fire", "en"),
        ("No queremos nada más que la verdad sobre el incendio", "es"),
    ),
    (
        ("This is only a provocation by the opposition", "en"),
        ("Это не что иное, как провокация оппозиции", "ru"),
    ),
]


@pytest.mark.parametrize(("one", "other"), SAME_QUOTE)
def test_a_restricted_rendering_is_not_read_as_the_opposite(one: tuple[str, str], other: tuple[str, str]) -> None:
    assert not any(denied for _t, denied in clauses(*other)), clauses(*other)
    assert polarity_apart(one[0], one[1], other[0], other[1]) is None


def test_a_real_denial_across_languages_is_still_apart() -> None:
    found = polarity_apart("We want to be heard by the council", "en", "Wir wollen nicht gehört werden", "de")
    assert found is not None


@pytest.mark.parametrize(
    ("language", "clause"),
    [("es", "no queremos nada más que la verdad"),
     ("pl", "nie chcemy niczego innego niż prawdy"), ("ru", "мы не хотим ничего, кроме правды"),
     ("uk", "ми не хочемо нічого, крім правди"), ("pt", "não queremos nada mais que a verdade")],
)  # fmt: skip
def test_a_restriction_built_on_the_verbs_own_negation_denies_nothing(language: str, clause: str) -> None:
    assert not _verb_denied(clause, language)


def test_not_this_but_that_stays_a_denial_of_this() -> None:
    # "no ... sino" (not an accident but an attack) denies what it names first: no restrictive negation
    assert _verb_denied("no fue un accidente sino un ataque", "es")
