"""Outcomes and who did it, compared across languages.

Found by two new users' trials: a bus recall whose buses were "withdrawn from service immediately" (English,
Polish, Spanish, German) but "останутся на линиях до ремонта" in Russian, and whose recall was "ordered by the
National Transport Safety Authority" (English, Spanish, Polish, Russian) but "freiwillig beschlossen" by the maker
in German; a court ruling that annulled a law "in its entirety" (four languages) or only three articles, the rest
"pozostają w mocy" (Polish), in a case brought by the journalists' union or by "группа из 32 депутатов оппозиции".
The English event reader parses English only, so none of these were compared. Outcomes are read as a concept and a
pole from each language's words (``[polar.service]``, ``[polar.recall]``, ``[polar.annulment]`` of
data/facts_outcomes.toml), agents as a class of data/agents.toml and the named body the agent's words belong to.
Invented text throughout: a tram recall (en, es, uk, fr, pl), a fishing decree struck down (en, de, es, pl, ru) and
ferries withdrawn, told alike in four languages (en, de, ru, pl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.agents import readings
from crosswire.compare.claims.polar import poles_in
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "xevents"


def _found(comparison) -> dict[str, tuple[str, dict[str, set[str]]]]:
    """measure -> (reason, side label -> outlets)."""
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return {
        c.measure: (c.reason, {side.label: {outlet[n] for n in side.sources} for side in c.sides})
        for c in comparison.conflicts
    }


@pytest.fixture(scope="module")
def tram(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("tram"), FIXTURES / "tram-recall.jsonl")


@pytest.fixture(scope="module")
def decree(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("decree"), FIXTURES / "decree-court.jsonl")


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("ferry"), FIXTURES / "ferry-agree.jsonl")


# -- outcomes a sentence states, in every language read ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "act", "pole"),
    [
        ("en", "Every one of the 40 trains was pulled from service on Sunday night.", "service", "withdrawn"),
        ("en", "The aircraft were not withdrawn from service, the airline said.", "service", "kept in service"),
        ("en", "The planes will remain in service until the new parts arrive.", "service", "kept in service"),
        ("de", "Die Züge bleiben im Einsatz, fahren aber langsamer.", "service", "kept in service"),
        ("de", "Alle 40 Züge wurden aus dem Verkehr gezogen.", "service", "withdrawn"),
        ("fr", "Les trains ont été retirés de la circulation dimanche.", "service", "withdrawn"),
        ("es", "Los trenes seguirán circulando con limitación de velocidad.", "service", "kept in service"),
        ("ru", "Все поезда выведены из эксплуатации.", "service", "withdrawn"),
        ("uk", "Потяги продовжать курсувати зі зниженою швидкістю.", "service", "kept in service"),
        ("pl", "Pociągi pozostaną w ruchu do czasu naprawy.", "service", "kept in service"),
        ("en", "The carmaker launched the recall voluntarily, its chairman said.", "recall", "voluntary"),
        ("en", "The recall was ordered by the consumer protection office.", "recall", "ordered by the authorities"),
        ("de", "Der Rückruf erfolgte auf Anordnung des Kraftfahrt-Bundesamts.", "recall", "ordered by the authorities"),
        ("es", "La empresa decidió la retirada por iniciativa propia.", "recall", "voluntary"),
        ("ru", "Компания объявила отзыв добровольно.", "recall", "voluntary"),
        ("pl", "Wycofanie nakazał urząd ochrony konsumentów.", "recall", "ordered by the authorities"),
        ("en", "The court partially struck down the 2023 mining law.", "annulment", "in part"),
        ("en", "The rest of the law remains in force, the judges said.", "annulment", "in part"),
        ("fr", "Le Conseil a annulé la loi dans son intégralité.", "annulment", "whole"),
        ("es", "El tribunal anuló parcialmente la ley minera.", "annulment", "in part"),
        ("ru", "Суд частично отменил закон о недрах.", "annulment", "in part"),
        ("uk", "Суд повністю скасував закон про надра.", "annulment", "whole"),
        ("pl", "Trybunał uchylił ustawę górniczą w całości.", "annulment", "whole"),
    ],
)
def test_a_sentence_states_one_outcome(language, text, act, pole):
    assert poles_in(text, language).get(act) == pole


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Experts said the trains should be withdrawn from service."),  # a demand, no outcome
        ("en", "The law fully takes effect in January."),  # "fully" of something else than an annulment
        ("de", "Das Gesetz tritt vollständig in Kraft."),
        ("ru", "Закон полностью вступит в силу в январе."),
        ("en", "Drivers said the service was slow on Monday."),
    ],
)
def test_no_outcome_is_read_from_a_demand_or_other_words(language, text):
    assert not {"service", "recall", "annulment"} & set(poles_in(text, language))


# -- who brought a case, in every language read ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "agent"),
    [
        ("en", "The case was brought by the Coastal Workers' Union.", "union"),
        ("en", "The challenge was filed by a group of 12 opposition MPs.", "lawmakers"),
        ("es", "El recurso fue presentado por un grupo de diputados de la oposición.", "lawmakers"),
        ("ru", "Иск в Верховный суд подала группа из 12 депутатов.", "lawmakers"),
        ("pl", "Skargę do Trybunału złożył Związek Nauczycieli.", "union"),
        ("de", "Geklagt hatte die Gewerkschaft der Lehrer.", "union"),  # a fronted participle
    ],
)
def test_who_brought_the_case_is_read(language, text, agent):
    found = [r for r in readings(text, language) if r.act == "filed_lawsuit"]
    assert [r.agent for r in found] == [agent]
    assert text[found[0].start : found[0].end] == found[0].written  # where the agent's words stand


# -- conflicts over an outcome and over who did it ---------------------------------------------------------------


def test_a_vehicle_kept_in_service_against_withdrawn_across_languages(tram):
    reason, sides = _found(tram)["service status of the vehicles"]
    assert reason == "different outcome"
    assert sides == {
        "withdrawn": {"Lissova Courier", "Diario de Lissova", "Лісовський вісник", "Kurier Lissowski"},
        "kept in service": {"Le Journal de Lissova"},
    }


def test_an_ordered_recall_against_a_voluntary_one_is_a_different_agent(tram):
    reason, sides = _found(tram)["who decided the recall"]
    assert reason == "different agent"
    assert sides == {
        "ordered by the authorities": {"Lissova Courier", "Diario de Lissova", "Лісовський вісник"},
        "voluntary": {"Kurier Lissowski"},
    }
    conflict = next(c for c in tram.conflicts if c.measure == "who decided the recall")
    cited = {ev.text for side in conflict.sides for ev in side.evidence}
    assert any(t.startswith("The recall was ordered by the Railway Safety Board") for t in cited)
    assert any("dobrowolnie" in t for t in cited)
    assert any(line.startswith("Reports differ on who decided the recall") for line in (b.text for b in tram.brief))


def test_a_law_annulled_whole_against_in_part(decree):
    reason, sides = _found(decree)["scope of the annulment"]
    assert reason == "different outcome"
    assert sides == {
        "whole": {"Marvell Herald", "El Correo de Marvell", "Gazeta Marvellska", "Вести Марвелла"},
        "in part": {"Marveller Zeitung"},
    }


def test_who_brought_the_case_names_the_union_by_its_name(decree):
    reason, sides = _found(decree)["who brought the case"]
    assert reason == "different agent"
    union = next(label for label in sides if "Union" in label)
    assert "Northern Fishermen's Union" in union  # the named body, not the bare word "Union"
    assert sides[union] == {"Marvell Herald", "Gazeta Marvellska"}
    assert {"El Correo de Marvell", "Вести Марвелла"} in sides.values()


def test_one_outcome_told_in_four_languages_agrees(ferry):
    assert not ferry.conflicts  # withdrawn and ordered in all four: nothing opposed, and no doer set against a name
    withdrawn = [a for a in ferry.agreed if any("wycofane z ruchu" in ev.text for ev in a.evidence)]
    assert withdrawn and len(withdrawn[0].sources) == 4
