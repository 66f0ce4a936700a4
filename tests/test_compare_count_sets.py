"""False conflicts from counts matched by their noun alone, and the labels of count and figure items. Found by a
new user's port-strike story in five languages: "diverted three of its ships" (a shipping line's own) was set
against "63 ships were waiting at anchor", by a source that itself gave the 63; a court's ten-day suspension
against the nine days a past strike lasted, by a source whose own "nine days" sentence was agreed with the
other side; a side label kept the Spanish "Unos"; a distance labelled a fact "Amount"; a possessive labelled a
share. Invented text; each class with a near case that still conflicts or still labels."""

from __future__ import annotations

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts

LEAD = {
    "en": "Pilots at the port of Varnholm stopped work on Monday in a dispute over pensions.",
    "de": "Die Lotsen im Hafen von Varnholm haben am Montag im Streit um die Renten die Arbeit niedergelegt.",
    "es": "Los prácticos del puerto de Varnholm dejaron de trabajar el lunes por las pensiones.",
}
WAITING = {
    "de": "Vor dem Hafen warten 52 Schiffe auf Reede.",
    "es": "Unos 52 buques esperaban fondeados frente al puerto.",
}


def _story(tmp_path, english: str, german: str = WAITING["de"], spanish: str = WAITING["es"]):
    rows = [
        ("a1", "Harbour Times", "2026-05-04", f"{LEAD['en']} {english}"),
        ("a2", "Hafenblatt", "2026-05-04", f"{LEAD['de']} {german}"),
        ("a3", "Diario del Puerto", "2026-05-04", f"{LEAD['es']} {spanish}"),
    ]
    return compare_texts(tmp_path, rows)


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        # an English partitive of the line's own ships against the ships waiting, counted in two languages
        ("The freight line Oskarsen said it had sent four of its ships to the port of Lindvik instead.", WAITING["es"]),
        # the same in Spanish, against English and German counts of the ships waiting
        (
            "By the evening 52 ships were waiting at anchor outside the port.",
            "La naviera Oskarsen desvió tres de sus buques al puerto de Lindvik.",
        ),
    ],
)
def test_a_count_of_an_owners_set_is_no_side(tmp_path, english, spanish):
    comparison = _story(tmp_path, english, spanish=spanish)
    assert [c.summary for c in comparison.conflicts] == []


def test_near_case_two_counts_of_the_ships_waiting_conflict(tmp_path):
    """The English source agrees with the others on the stoppage, not on the count: its 40 still opposes 52;
    the Spanish side reads its qualifier in English ("about 52", not "Unos 52")."""
    comparison = _story(tmp_path, "By the evening 40 ships were waiting at anchor outside the port.")
    [conflict] = comparison.conflicts
    labels = sorted(s.label for s in conflict.sides)
    assert labels == ["40", "about 52 / 52"]


DAYS = "La última gran huelga en el puerto, en 2019, duró nueve días."


def test_a_source_agreed_with_the_other_value_is_no_side(tmp_path):
    """The Spanish outlet gives a court's ten-day suspension and the past strike's nine days; its nine-day
    sentence agrees with the German one, so the German nine days are no side against its ten."""
    comparison = _story(
        tmp_path,
        "The last big strike at the port, in 2019, lasted nine days.",
        german="Der letzte große Streik im Hafen dauerte 2019 neun Tage.",
        spanish=f"El juez ordenó suspender la huelga durante diez días. {DAYS}",
    )
    assert [c.summary for c in comparison.conflicts] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The blockade started at 5 a.m., and by the afternoon 35 trucks were stuck on the motorway.", 35.0),
        ("The fire began at 2 a.m., and by the afternoon 15 homes had burned down.", 15.0),
    ],
)
def test_a_count_glued_to_a_time_of_day_is_read(text, count):
    """The model tags "the afternoon 35" as one time: the count of the noun after it is still read."""
    facts = paragraph_facts("en", text, "2026-05-04")
    counts = [v.value for c in facts.claims for v in c.values if v.kind == "count"]
    assert counts == [count]


def test_near_case_a_time_alone_gives_no_count():
    facts = paragraph_facts("en", "The blockade started at 5 a.m. and ended in the afternoon.", "2026-05-04")
    assert [v for c in facts.claims for v in c.values if v.kind == "count"] == []


def test_labels_name_the_measure_not_the_owner_nor_an_incidental_distance(tmp_path):
    rows = [
        (
            "b1",
            "Harbour Times",
            "2026-05-04",
            f"{LEAD['en']} Varnholm handles about 40% of Estoria's grain exports. The freight line Oskarsen said it "
            "had sent its biggest ship to the port of Lindvik, about 150 km to the south.",
        ),
        (
            "b2",
            "Coast Daily",
            "2026-05-04",
            "Harbour pilots at the port of Varnholm stopped work on Monday in a dispute over pensions. Varnholm "
            "handles about 40% of Estoria's grain exports.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    summaries = [i.summary for i in [*comparison.agreed, *comparison.single_source]]
    assert any(s.startswith("Grain exports: about 40%") for s in summaries)
    assert not any("estoria's" in s.lower().split(":")[0] for s in summaries)
    assert not any(s.startswith("Amount:") for s in summaries)
    # the single-source fact is shown by its sentence
    assert any(s.startswith("The freight line Oskarsen said it had sent") for s in summaries)
    # near case: a figure that names what it counts keeps its label
    (tmp_path / "near").mkdir()
    comparison = compare_texts(
        tmp_path / "near",
        [(r[0], r[1], r[2], r[3].replace("its biggest ship", "four of its ships")) for r in rows],
    )
    summaries = [i.summary for i in comparison.single_source]
    assert any(s.startswith("Ships sent: four") for s in summaries)
