"""A sentence near one member of what two other sources agree on, and far from the other: still a fact of its own.

``crosswire.compare.claims.single_sentences.unanchored`` lists a sentence naming no one and giving no value when
no other source's sentence reads near it on the sentence encoder. A new user's rescue story hid its German storm
forecast ("only the German outlet" gave it) under "Not in any item": it read 0.40 against a French sentence on the
search suspended for bad weather, which the comparison agreed with an English and a Polish sentence (0.56 / 0.50
between them), while the forecast read 0.31 and 0.27 against those two. A member of an agreed group of other
sources states the group's claim; a sentence near one member only shares a word of the scene with it. Texts
invented; cosines set by hand (the rule reads the encoder's similarity matrix only).
"""

from __future__ import annotations

import numpy as np
import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.single_sentences import UNANCHORED_COSINE, unanchored
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim


class _Near:
    def __init__(self, sims: np.ndarray) -> None:
        self.sims = sims


def _unit(index: int, source: int, words: str, lang: str) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(words), language=lang)
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=words, position=0.0)


def _story(
    text: str,
    language: str,
    near_member: float,
    far_member: float,
    group_sources: tuple[int, int] = (2, 3),
    between: float = 0.56,
) -> tuple[Unit, ClaimAlignment]:
    """``text`` (source 1) and two sentences the comparison agreed on (sources ``group_sources``, ``between``
    apart), at cosines ``near_member`` and ``far_member`` from ``text``; a fourth source's sentence at 0.2."""
    units = [
        _unit(0, 1, text, language),
        _unit(1, group_sources[0], "Les recherches ont été suspendues mercredi soir à cause du mauvais temps.", "fr"),
        _unit(2, group_sources[1], "The search was suspended on Wednesday evening because of the bad weather.", "en"),
        _unit(3, 4, "Poszkodowanych przewieziono do szpitala w porcie.", "pl"),
        _unit(4, 1, "Eine andere Aussage derselben Quelle über die Besatzung.", language),
    ]
    sims = np.full((5, 5), 0.2, dtype=np.float32)
    np.fill_diagonal(sims, 1.0)
    for i, j, c in [(0, 1, near_member), (0, 2, far_member), (1, 2, between)]:
        sims[i, j] = sims[j, i] = c
    found = ClaimAlignment(
        units=units,
        pairs=[],
        groups=[Group(units=[units[1], units[2]], score=0.7)],
        canonical={},
        agree=0.5,
        related=0.25,
        near=_Near(sims),  # type: ignore[arg-type]
    )
    return units[0], found


FORECASTS = [
    ("Die Wetterdienste erwarten für die kommenden Tage weiterhin Sturm an der Küste.", "de"),
    ("Los servicios meteorológicos prevén más temporal en la costa durante los próximos días.", "es"),
    ("Synoptycy zapowiadają, że sztorm na wybrzeżu utrzyma się przez kolejne dni.", "pl"),
    ("I servizi meteorologici prevedono altre burrasche sulla costa nei prossimi giorni.", "it"),
]


@pytest.mark.parametrize(("text", "language"), FORECASTS)
def test_near_one_member_of_another_pair_agreement_only_is_still_a_fact_of_its_own(text, language):
    u, found = _story(text, language, near_member=0.40, far_member=0.31)
    assert unanchored(u, found)  # before: the French member at 0.40 hid it


@pytest.mark.parametrize(("text", "language"), FORECASTS)
def test_near_every_source_of_the_agreement_states_its_claim(text, language):
    u, found = _story(text, language, near_member=0.40, far_member=UNANCHORED_COSINE + 0.02)
    assert not unanchored(u, found)


@pytest.mark.parametrize(("text", "language"), FORECASTS[:2])
def test_an_agreement_its_own_source_is_in_says_nothing_of_this_rule(text, language):
    # the group holds the sentence's own source: not another pair's agreement, the French sentence's nearness counts
    u, found = _story(text, language, near_member=0.40, far_member=0.31, group_sources=(2, 1), between=0.30)
    assert not unanchored(u, found)


def test_a_near_sentence_in_no_agreement_still_counts():
    u, found = _story(*FORECASTS[0], near_member=0.40, far_member=0.31)
    found.groups.clear()
    assert not unanchored(u, found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The weather service expects the storm to go on along the coast for days.", "en"),
        ("Météo-France prévoit que la tempête durera encore plusieurs jours sur la côte.", "fr"),
    ],
)
def test_an_agreement_with_a_member_in_the_sentences_language_leaves_the_nearness_as_it_was(text, language):
    # within one language the encoder reads a story's sentences near through its words of the scene: no discount
    u, found = _story(text, language, near_member=0.40, far_member=0.31)
    assert not unanchored(u, found)
