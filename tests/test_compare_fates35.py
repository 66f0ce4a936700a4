"""Classes a new user's rescue-at-sea story got wrong (trial 35), on invented stories of other events:

1. one counted group's fate stated as missing (or held) by one source and as found alive (or freed) by another
   ("Two climbers were still missing" / « les deux alpinistes portés disparus ont été retrouvés vivants ») is an
   outcome conflict, never one agreed item, and a timeline line never cites the source of the other fate; the
   predicate is read, not every fate word of the sentence ("portés disparus" describes the subject);
2. a quote whose rendering states the opposite relation ("against us" / "de notre côté", helped / hindered,
   better / worse) is a quote conflict ("different meaning"), never a wording variant nor an agreement.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from test_compare_core import compare_texts

SUNDAY = "2027-05-16"


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    outlets = ["Alpine Courier", "Bergpost", "Le Messager des Cimes", "Heraldo Andino", "Głos Tatr", "Eco dei Monti"]
    return [(f"a{i}", outlets[i], SUNDAY, f"Valmora\n\n{t}") for i, t in enumerate(texts)]


def _unit(text: str, language: str) -> SimpleNamespace:
    """What fates and group_count read of a sentence: its words, language and whether its claim is negated."""
    return SimpleNamespace(text=text, language=language, claim=SimpleNamespace(negated=False))


def _agreed_together(comparison, *needles: str) -> list:
    return [c for c in comparison.agreed if all(any(n in ev.text for ev in c.evidence) for n in needles)]


# -- class 1: a counted group's fate ----------------------------------------------------------------------------

GROUP_FATES = [
    ("Two climbers were still missing on Sunday evening.", "en", "missing", 2),
    ("Dimanche soir, les deux alpinistes portés disparus ont été retrouvés vivants.", "fr", "found alive", 2),
    ("Z pięcioosobowej grupy uratowano trzech, dwóch wciąż jest zaginionych.", "pl", "missing", 2),
    ("Die Bergwacht konnte drei Menschen retten, zwei weitere gelten als vermisst.", "de", "missing", 2),
    ("La expedición tenía cinco miembros, de los que dos siguen desaparecidos.", "es", "missing", 2),
    ("Los tres mineros atrapados fueron rescatados con vida el domingo.", "es", "found alive", 3),
    ("Drei Bergleute werden noch vermisst.", "de", "missing", 3),
    ("I tre escursionisti sono stati ritrovati vivi in una grotta.", "it", "found alive", 3),
    ("The two climbers who were still missing were found alive on Sunday.", "en", "found alive", 2),
    ("Les deux randonneurs toujours portés disparus ont été retrouvés vivants.", "fr", "found alive", 2),
    ("Four protesters were still being held on Sunday.", "en", "held in custody", 4),
]


@pytest.mark.parametrize(("text", "language", "fate", "count"), GROUP_FATES, ids=[g[0][:40] for g in GROUP_FATES])
def test_a_group_fate_and_its_count_are_read(text: str, language: str, fate: str, count: float) -> None:
    from crosswire.compare.claims.fates import fates, group_count

    u = _unit(text, language)
    assert fates(u) == frozenset({fate})
    assert group_count(u, fates(u)) == count


def test_two_groups_in_one_sentence_state_no_one_fate() -> None:
    from crosswire.compare.claims.fates import fates

    # a number between the missing and the find: two groups, two fates
    assert fates(_unit("Two remain missing after three were found alive on Sunday.", "en")) == frozenset(
        {"missing", "found alive"}
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 47-year-old man is still being held by police.", "en"),  # an age
        ("Un pescador sigue desaparecido frente a la costa.", "es"),  # an article: one person, read by noun or name
        ("At 18:00 the climbers were still missing.", "en"),  # a clock's minutes
    ],
)
def test_no_group_count(text: str, language: str) -> None:
    from crosswire.compare.claims.fates import fates, group_count

    u = _unit(text, language)
    assert fates(u)
    assert group_count(u, fates(u)) is None


def test_a_part_of_a_group_is_counted_as_the_part() -> None:
    from crosswire.compare.claims.fates import fates, group_count

    u = _unit("Six of the seven aid workers were freed on Tuesday.", "en")
    assert group_count(u, fates(u)) == 6


GROUPS_APART = [
    (
        "Two climbers were still missing on Sunday evening.",
        "en",
        "Les deux alpinistes ont été retrouvés vivants.",
        "fr",
    ),
    ("Dwóch turystów wciąż jest zaginionych.", "pl", "The two hikers were found alive on Sunday.", "en"),
    ("Drei Bergleute werden noch vermisst.", "de", "Los tres mineros fueron rescatados con vida.", "es"),
    (
        "Four protesters were still being held on Sunday.",
        "en",
        "Les quatre manifestants ont été libérés dimanche.",
        "fr",
    ),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), GROUPS_APART, ids=[g[0][:30] for g in GROUPS_APART])
def test_one_group_two_fates_differ(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.claims.fates import group_fates_differ

    assert group_fates_differ(_unit(a, la), _unit(b, lb))


GROUPS_ALIKE = [
    # one fate twice
    ("Two climbers were still missing on Sunday.", "en", "Deux alpinistes sont toujours portés disparus.", "fr"),
    # two groups of other sizes
    ("Two climbers were still missing on Sunday.", "en", "Los tres mineros fueron rescatados con vida.", "es"),
    # a group against no count
    ("Two climbers were still missing on Sunday.", "en", "The climbers were found alive.", "en"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), GROUPS_ALIKE, ids=[g[2][:30] for g in GROUPS_ALIKE])
def test_one_fate_or_two_groups_do_not_differ(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.claims.fates import group_fates_differ

    assert not group_fates_differ(_unit(a, la), _unit(b, lb))


STORY = [
    "A storm swept the Valmora ridge on Saturday night. Two climbers were still missing on Sunday evening, the "
    "mountain rescue service said.",
    "Ein Sturm fegte am Samstagabend über den Valmora-Grat. Von fünf Bergsteigern konnte die Bergwacht drei retten, "
    "zwei weitere gelten als vermisst.",
    "Une tempête a balayé la crête de Valmora samedi soir. Dimanche soir, les deux alpinistes portés disparus ont "
    "été retrouvés vivants dans un refuge, selon les secours en montagne.",
    "Una tormenta azotó la cresta de Valmora el sábado por la noche. El grupo tenía cinco escaladores, de los que "
    "dos siguen desaparecidos.",
    "W sobotę wieczorem nad grzbietem Valmora przeszła burza. Z pięciu wspinaczy uratowano trzech, dwóch wciąż "
    "jest zaginionych.",
]


def test_a_group_missing_and_found_alive_is_a_conflict_not_an_agreement(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*STORY))
    found = [c for c in comparison.conflicts if c.reason == "different outcome"]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    sides = {s.label: s for s in found[0].sides}
    assert set(sides) == {"missing", "found alive"}, found[0].summary
    assert len(sides["found alive"].sources) == 1, found[0].summary
    assert all("retrouvés vivants" in ev.text for ev in sides["found alive"].evidence)
    assert len(sides["missing"].sources) == 4, found[0].summary
    for c in comparison.agreed:
        texts = " ".join(ev.text for ev in c.evidence)
        assert not ("retrouvés vivants" in texts and ("missing" in texts or "zaginionych" in texts)), c.summary
    for line in comparison.timeline:
        texts = " ".join(ev.text for ev in line.evidence)
        assert not ("retrouvés vivants" in texts and "still missing" in texts), line


def test_a_group_found_alive_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "The two climbers were found alive in a mountain hut on Sunday evening, the rescue service said."
    b = "Dimanche soir, les deux alpinistes portés disparus ont été retrouvés vivants dans un refuge."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [k for k in comparison.conflicts if k.reason == "different outcome"], [
        k.summary for k in comparison.conflicts
    ]


# -- class 2: a quote's relation reversed -----------------------------------------------------------------------

REVERSED = [
    (
        "The river was against us, but the volunteers never left the dyke",
        "en",
        "Le fleuve était de notre côté, et les bénévoles n'ont jamais quitté la digue",
        "fr",
    ),
    (
        "Der Fluss war gegen uns, aber die Helfer haben den Deich nie verlassen",
        "de",
        "El río estaba de nuestro lado y los voluntarios nunca abandonaron el dique",
        "es",
    ),
    (
        "Rzeka była przeciwko nam, ale ochotnicy nie opuścili wału",
        "pl",
        "The river was on our side, and the volunteers never left the dyke",
        "en",
    ),
    (
        "Il fiume era contro di noi, ma i volontari non hanno mai lasciato l'argine",
        "it",
        "Der Fluss war auf unserer Seite, und die Helfer haben den Deich nie verlassen",
        "de",
    ),
    ("The wind helped the firefighters on the ridge", "en", "Le vent a gêné les pompiers sur la crête", "fr"),
    ("El viento dificultó el trabajo de los bomberos", "es", "Der Wind hat den Feuerwehrleuten geholfen", "de"),
    ("Wiatr pomógł strażakom", "pl", "The wind hampered the firefighters", "en"),
    ("The situation is better than yesterday", "en", "La situation est pire qu'hier", "fr"),
    ("Die Lage ist schlechter als gestern", "de", "La situación es mejor que ayer", "es"),
    ("Sytuacja jest lepsza niż wczoraj", "pl", "La situazione è peggiore di ieri", "it"),
    ("The river was not on our side", "en", "Le fleuve était de notre côté", "fr"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), REVERSED, ids=[r[0][:30] for r in REVERSED])
def test_a_reversed_relation_reads_apart(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.quote_meaning import meaning_apart

    assert meaning_apart(a, la, b, lb) is not None


FAITHFUL = [
    (
        "The river was against us, but the volunteers never left the dyke",
        "en",
        "Le fleuve était contre nous, mais les bénévoles n'ont jamais quitté la digue",
        "fr",
    ),
    ("Der Fluss war gegen uns", "de", "Rzeka była przeciwko nam", "pl"),
    ("El río estaba de nuestro lado", "es", "The river was on our side", "en"),
    ("The wind helped the firefighters", "en", "Wiatr pomógł strażakom", "pl"),
    ("The situation is better than yesterday", "en", "La situation est meilleure qu'hier", "fr"),
    # a bare "for us" / "with us" reads no side
    ("It was a long night for us, and the river was against us", "en", "Der Fluss war gegen uns", "de"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), FAITHFUL, ids=[r[0][:30] for r in FAITHFUL])
def test_a_faithful_relation_reads_alike(a: str, la: str, b: str, lb: str) -> None:
    from crosswire.compare.quote_meaning import meaning_apart

    assert meaning_apart(a, la, b, lb) is None


QUOTE_STORY = [
    '"The river was against us, but the volunteers never left the dyke," said Mara Linde, head of the Valmora '
    "flood service, on Sunday.",
    "„Der Fluss war gegen uns, aber die Helfer haben den Deich nie verlassen“, sagte Mara Linde am Sonntag.",
    "« Le fleuve était de notre côté, et les bénévoles n'ont jamais quitté la digue », a déclaré Mara Linde, "
    "cheffe du service des crues de Valmora, dimanche.",
    '"El río estaba en contra, pero los voluntarios nunca abandonaron el dique", dijo Mara Linde el domingo.',
]


def test_a_reversed_quote_is_a_conflict_never_a_variant_nor_agreed(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*QUOTE_STORY))
    meant = [k for k in comparison.conflicts if k.reason == "different meaning"]
    assert len(meant) == 1, [k.summary for k in comparison.conflicts]
    alone = [s for s in meant[0].sides if len(s.sources) == 1]
    assert alone and all("de notre côté" in ev.text for ev in alone[0].evidence), meant[0].summary
    assert sorted(len(s.sources) for s in meant[0].sides) == [1, 3], meant[0].summary
    for variant in comparison.quote_variants:
        assert not any("de notre côté" in ev.text for ev in variant.evidence), variant
    assert not _agreed_together(comparison, "de notre côté", "against us")
    assert not _agreed_together(comparison, "de notre côté", "gegen uns")
    for line in comparison.brief:
        assert not ("report it too" in line.text and any("de notre côté" in ev.text for ev in line.evidence)), line
    for line in comparison.timeline:
        texts = " ".join(ev.text for ev in line.evidence)
        assert not ("de notre côté" in texts and ("against us" in texts or "gegen uns" in texts)), line


# -- class 3: an agreed item's members are checked for opposite outcomes once merged ----------------------------


def _member(index: int, source: int) -> SimpleNamespace:
    return SimpleNamespace(index=index, source=source)


def test_the_guard_leaves_out_the_member_opposed_to_most() -> None:
    from crosswire.compare.claims.groups import Group
    from crosswire.compare.claims.items import _without_contradictions

    lead, b, c, opposed = _member(0, 1), _member(1, 2), _member(2, 3), _member(3, 4)
    group = Group(units=[lead, b, c, opposed], score=0.9)  # type: ignore[list-item]
    against = {frozenset((opposed.index, x.index)) for x in (lead, b, c)}

    def apart(x, y) -> bool:
        return frozenset((x.index, y.index)) in against

    kept = _without_contradictions(lead, group, 7, apart)  # type: ignore[arg-type]
    assert kept is not None
    assert kept[0] is lead and kept[2] == 7
    assert [u.index for u in kept[1].units] == [0, 1, 2]
    # nothing opposed: the item as it was
    same = _without_contradictions(lead, group, 7, lambda x, y: False)  # type: ignore[arg-type]
    assert same is not None and same[1] is group


def test_the_guard_drops_an_item_left_with_one_source() -> None:
    from crosswire.compare.claims.groups import Group
    from crosswire.compare.claims.items import _without_contradictions

    lead, other = _member(0, 1), _member(1, 2)
    group = Group(units=[lead, other], score=0.9)  # type: ignore[list-item]
    assert _without_contradictions(lead, group, 0, lambda x, y: True) is None  # type: ignore[arg-type]
