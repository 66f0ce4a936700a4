"""A single-source figure carries what it counts and, when its sentence dates it to another time than its
article's, that time: shown alone, with no second source's figure beside it, it must say which event it is
of. Invented two-outlet story (an earthquake in the invented Tarn valley) where one outlet also recalls an
earlier tremor and an older quake; the agreed magnitude keeps its plain label.
"""

from __future__ import annotations

import pytest

from crosswire.compare.figures.items import readable_time
from crosswire.compare.records import Comparison, FigureItem
from test_compare_core import compare_texts

QUAKE_A = (
    "A magnitude 5.8 earthquake struck the Tarn valley before dawn on Monday, damaging about 300 homes in the "
    "town of Brisk, officials said.\n\nA magnitude 3.9 tremor hit the same valley in March but did no damage.\n\n"
    "In 2011 an earthquake in the valley destroyed 75 homes, the regional archive shows."
)
QUAKE_B = (
    "The magnitude 5.8 earthquake that struck the Tarn valley on Monday damaged about 300 homes in Brisk, "
    "officials said.\n\nVolunteers handed out 2,000 blankets in Brisk on Monday night, the Red Cross said."
)


@pytest.fixture(scope="module")
def quake(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Tarn Courier", "2025-09-09", QUAKE_A), ("b", "Valley Times", "2025-09-09", QUAKE_B)]
    return compare_texts(tmp_path_factory.mktemp("tarn"), rows)


def _singles(c: Comparison) -> list[FigureItem]:
    return [i for i in c.single_source if isinstance(i, FigureItem)]


def test_an_earlier_shock_is_labelled_as_that_event_and_its_time(quake: Comparison) -> None:
    shown = [i.summary for i in _singles(quake)]
    tremor = [i for i in _singles(quake) if any("3.9" in v.text for v in i.values)]
    assert len(tremor) == 1, shown
    assert tremor[0].summary == "Tremor magnitude (March 2025): 3.9 [1]", shown


def test_a_figure_of_another_year_names_the_year(quake: Comparison) -> None:
    shown = [i.summary for i in _singles(quake)]
    old = [i for i in _singles(quake) if any(v.value == 75 for v in i.values)]
    assert len(old) == 1, shown
    assert "(2011)" in old[0].summary, shown


def test_a_figure_of_the_reported_days_carries_no_time(quake: Comparison) -> None:
    blankets = [i for i in _singles(quake) if any(v.value == 2000 for v in i.values)]
    assert blankets and all("2025" not in i.summary for i in blankets), [i.summary for i in _singles(quake)]


def test_the_agreed_magnitude_keeps_its_label(quake: Comparison) -> None:
    agreed = [i for i in quake.agreed if isinstance(i, FigureItem) and i.slot.counted.endswith("magnitude")]
    assert [i.slot.counted for i in agreed] == ["earthquake magnitude"], [i.summary for i in quake.agreed]


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2025-05", "May 2025"), ("2025-06-03", "3 June 2025"), ("1978", "1978"), ("the 1970s", "the 1970s")],
)
def test_readable_time(iso: str, shown: str) -> None:
    assert readable_time(iso) == shown
