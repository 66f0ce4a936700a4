"""'Only X reports' (issue 12): two sources' single figures that measure one kind of quantity in their own
units ("about 3,000 tons" [1] of vapour, "7,000 pounds" [2] of vapour per second) are not single-source.

Fixtures are invented (steam plumes on the invented moon Peloria); each case has a negative: a figure of
another dimension, or of the same source, stays listed.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import EventItem, FigureItem, FigureSlot, FigureValue
from crosswire.compare.singles import dimension, same_dimension
from crosswire.model import Evidence
from test_compare_core import compare_texts

HERALD = (
    "Scientists at the Korvath Observatory said on Monday they had detected steam rising from the ice moon "
    "Peloria. The team measured about 3,000 tons of water vapour in a single plume, according to their "
    "calculations. The plume rose from a crack near the moon's south pole, the observatory said. The moon's ice "
    "shell is about 25 kilometres thick, the researchers estimate."
)
POST = (
    "Astronomers at the Korvath Observatory have detected plumes of water vapour on Peloria, the icy moon. Lead "
    "researcher Ines Marlow said her group saw 7,000 pounds of vapour escaping from the surface every second. "
    "The plumes came from a fracture close to the south pole of the moon. Marlow's team used a new infrared "
    "camera that was installed at the observatory in 2024."
)


@pytest.fixture(scope="module")
def plumes(tmp_path_factory):
    rows = [("a", "Sky Herald", "2026-04-06", HERALD), ("b", "Star Post", "2026-04-06", POST)]
    return compare_texts(tmp_path_factory.mktemp("plumes"), rows)


def _single(c, text: str) -> list:
    return [it for it in c.single_source if any(text in ev.text for ev in it.evidence)]


def test_two_sources_masses_in_tons_and_pounds_are_not_single_source(plumes):
    """Without the check both read "only [1]" and "only [2]" of the vapour's mass (see the next test)."""
    assert not _single(plumes, "3,000 tons")
    assert not _single(plumes, "7,000 pounds")


def test_a_figure_of_a_dimension_no_other_source_measures_stays_single_source(plumes):
    """The ice shell's thickness (a length) is given by one outlet only; the other's mass is no length."""
    assert [it.kind for it in _single(plumes, "25 kilometres")] == ["figure"]


def test_without_the_check_the_two_masses_would_be_listed_single_source(plumes, monkeypatch, tmp_path):
    """The fixture exercises the check: with it turned off, both masses are listed (each as 'only')."""
    import crosswire.compare.singles as singles

    monkeypatch.setattr(singles, "same_dimension", lambda items: set())
    rows = [("a", "Sky Herald", "2026-04-06", HERALD), ("b", "Star Post", "2026-04-06", POST)]
    c = compare_texts(tmp_path, rows)
    assert _single(c, "3,000 tons") and _single(c, "7,000 pounds")


def _ev(art: str) -> Evidence:
    return Evidence(article=art, text="x", start=0, end=1)


def _figure(source: int, unit: str | None, currency: str | None = None) -> FigureItem:
    return FigureItem(
        summary=f"Amount: 10 {unit or currency} [{source}]",
        sources=[source],
        evidence=[_ev(f"art{source}")],
        slot=FigureSlot(counted="amount", unit=unit, currency=currency),
        values=[FigureValue(text=f"10 {unit}", value=10, sources=[source])],
    )


def test_dimensions_of_unit_words():
    assert dimension("ton") == dimension("pounds") == dimension("kg") == "mass"
    assert dimension("mile") == dimension("kilometre") == dimension("km") == "length"
    assert dimension("acre") == dimension("hectares") == "area"
    assert dimension("gallon") == dimension("litres") == "volume"
    assert dimension(None) is None and dimension("widget") is None


def test_same_dimension_across_sources_only():
    items = [_figure(1, "ton"), _figure(2, "pound"), _figure(1, "mile")]
    assert same_dimension(items) == {0, 1}
    # one source's two masses are two measures it gives; a length and a mass are two measures
    assert same_dimension([_figure(1, "ton"), _figure(1, "kilogram")]) == set()
    assert same_dimension([_figure(1, "mile"), _figure(2, "ton")]) == set()


def test_a_source_measuring_several_things_of_one_dimension_keeps_its_figures():
    """An auto show: one outlet gives a car's range in miles and another's length in feet, the other a third
    car's range in kilometres: three lengths of three things, each still 'only' its outlet's."""
    items = [_figure(1, "mile"), _figure(1, "feet"), _figure(2, "kilometre")]
    assert same_dimension(items) == set()


def test_the_same_unit_in_two_sources_is_left_to_the_figure_engine():
    """'230 miles' [1] and '39 miles' [2] are two cars' ranges, or a conflict the figure engine pairs."""
    assert same_dimension([_figure(1, "mile"), _figure(2, "mile")]) == set()


def test_money_and_items_without_a_unit_have_no_dimension():
    """'200 pounds' read as sterling is money, not a mass; counts and events are left to the other checks."""
    money = _figure(2, None, currency="GBP")
    count = _figure(2, None)
    event = EventItem(summary="e", sources=[2], evidence=[_ev("art2")])
    assert same_dimension([_figure(1, "ton"), money, count, event]) == set()
