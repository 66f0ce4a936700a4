"""One event is one timeline line whatever the language its sources write in, and two events of one day stay two
lines. Invented four-outlet story (a fire at a chemical plant in the invented town of Veldra, Mosvel region),
written in English, Russian, French and Belarusian; published on Tuesday 14 April 2026:

* the fire on Monday is stated by all four: one line citing every source with its own sentence (the Belarusian
  one joins by the names it shares, the encoder reading Belarusian poorly);
* schools closed until Friday (English, Russian) is one scheduled line; the bridge closed until Friday (French
  only) is another line of that day, citing the French outlet alone;
* the governor's visit on Monday (Belarusian only) shares two names with the fire and is not cited for it.
"""

from __future__ import annotations

import pytest

from crosswire.compare.records import Comparison, TimelineLine
from test_compare_core import compare_texts

pytest.importorskip("natasha", reason="the Russian language front-end is not installed")

EN = (
    "A fire broke out at the Korvin chemical plant in Veldra in the Mosvel region on Monday, forcing 900 workers "
    "to leave the site, the regional fire service said.\n\nFirefighters had the blaze under control by late "
    "evening.\n\nSchools across the Mosvel region will stay closed until Friday.\n\nResidents were told to keep "
    "their windows shut."
)
RU = (
    "В понедельник на химическом заводе «Корвин» в Вельдре Мосвельской области произошёл пожар, сообщила "
    "региональная пожарная служба.\n\nС территории завода эвакуировали 900 рабочих.\n\nЗанятия в школах "
    "Мосвельской области отменены до пятницы.\n\nЖителям посоветовали не открывать окна."
)
FR = (
    "Un incendie s'est déclaré lundi dans l'usine chimique Korvin à Veldra, dans la région de Mosvel, selon les "
    "pompiers.\n\nQuelque 900 ouvriers ont été évacués.\n\nLe pont de la rocade de Veldra restera fermé jusqu'à "
    "vendredi.\n\nLes habitants ont été invités à garder leurs fenêtres fermées."
)
BE = (
    "У панядзелак на хімічным заводзе «Корвін» у Вельдры Мосвельскай вобласці ўспыхнуў пажар, паведамілі "
    "ратавальнікі.\n\nЗ тэрыторыі завода эвакуявалі 900 рабочых.\n\nУ панядзелак губернатар Мосвельскай вобласці "
    "наведаў Вельдру.\n\nЖыхарам параілі не адчыняць вокны."
)


@pytest.fixture(scope="module")
def fire(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en", "Veldra Post", "2026-04-14", EN),
        ("ru", "Мосвельские новости", "2026-04-14", RU),
        ("fr", "Le Courrier de Mosvel", "2026-04-14", FR),
        ("be", "Вельдрынскі веснік", "2026-04-14", BE),
    ]
    return compare_texts(tmp_path_factory.mktemp("fire"), rows)


def _source(c: Comparison, outlet: str) -> int:
    (n,) = [s.n for s in c.sources if outlet in s.outlets]
    return n


def _lines(c: Comparison, *words: str) -> list[TimelineLine]:
    return [t for t in c.timeline if any(w in ev.text for ev in t.evidence for w in words)]


def test_one_event_is_one_line_citing_every_language(fire: Comparison) -> None:
    lines = _lines(fire, "fire broke out", "пожар", "incendie")
    shown = [(t.date, t.sources, [e.text for e in t.evidence]) for t in fire.timeline]
    assert len(lines) == 1, shown
    (line,) = lines
    assert line.date == "2026-04-13" and not line.scheduled
    assert line.sources == [1, 2, 3, 4], shown
    # each source cited with its own sentence stating the fire, never the Belarusian governor's visit
    assert len({ev.article for ev in line.evidence}) == 4
    assert not any("губернатар" in ev.text for ev in line.evidence), shown


def test_two_events_of_one_day_stay_two_lines(fire: Comparison) -> None:
    shown = [(t.date, t.sources, t.text) for t in fire.timeline]
    schools = _lines(fire, "Schools", "школах")
    bridge = _lines(fire, "pont")
    assert len(schools) == 1 and len(bridge) == 1, shown
    assert schools[0] is not bridge[0], shown
    assert schools[0].date == bridge[0].date == "2026-04-17" and schools[0].scheduled, shown
    assert schools[0].sources == sorted([_source(fire, "Veldra Post"), _source(fire, "Мосвельские новости")])
    assert bridge[0].sources == [_source(fire, "Le Courrier de Mosvel")]
