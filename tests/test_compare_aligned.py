"""Conflicts read off sentences aligned across languages, whatever act they state, and kept out of agreements:
a day (one outlet's "el viernes 5 de junio" against four outlets' Saturday), a time of day ("samedi vers 23 h 15"
against 21:15), the doer of an act no act list holds (a sound engineer named in three languages against
"отключили полицейские"), a role before one person's name that no role list pairs with the other ("Festival
director" / "Dyrektor festiwalu" against "La alcaldesa"), and two days for what the organisers did with the
festival's last concerts. True agreements stay agreed (the injured in hospital, the crowd, the police inquiry).
Invented text: a stage collapse at an invented festival, five invented outlets in en, ru, es, fr, pl."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.aligned import clause_agent, different_clocks
from crosswire.compare.claims.roles import _generic_fits, _generic_in
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "aligned" / "stage-collapse.jsonl"


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("aligned"), FIXTURE)


def _outlets(comparison, sources):
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return frozenset(outlet[n] for n in sources)


def _by_reason(comparison, reason):
    return [c for c in comparison.conflicts if c.reason == reason]


def _sides(comparison, conflict):
    return {_outlets(comparison, side.sources) for side in conflict.sides}


def test_each_class_is_one_conflict_with_the_right_sides(comparison):
    (role,) = _by_reason(comparison, "different role")
    assert role.measure == "role of Lena Horvat"
    assert _sides(comparison, role) == {
        frozenset({"Vardel Courier", "Вардельские ведомости", "Kurier Nadrzeczny"}),
        frozenset({"Diario del Valle"}),
    }
    (agent,) = _by_reason(comparison, "different agent")
    assert _sides(comparison, agent) == {
        frozenset({"Vardel Courier", "Diario del Valle", "Kurier Nadrzeczny"}),
        frozenset({"Вардельские ведомости"}),
    }
    assert agent.measure == "who cut"
    (clock,) = _by_reason(comparison, "different time")
    assert frozenset({"Le Matin du Fleuve"}) in _sides(comparison, clock)
    days = _by_reason(comparison, "different day")
    assert len(days) == 2
    lead = next(c for c in days if frozenset({"Diario del Valle"}) in _sides(comparison, c))
    assert frozenset({"Vardel Courier", "Вардельские ведомости", "Le Matin du Fleuve", "Kurier Nadrzeczny"}) in _sides(
        comparison, lead
    )
    concerts = next(c for c in days if c is not lead)
    assert _sides(comparison, concerts) == {
        frozenset({"Vardel Courier", "Le Matin du Fleuve"}),
        frozenset({"Kurier Nadrzeczny"}),
    }


def test_no_other_conflicts(comparison):
    reasons = sorted(c.reason for c in comparison.conflicts)
    assert reasons == ["different agent", "different day", "different day", "different role", "different time"]


def test_no_agreed_item_joins_two_sides_of_a_conflict(comparison):
    for conflict in comparison.conflicts:
        sides = [{(ev.article, ev.start) for ev in side.evidence} for side in conflict.sides]
        for item in comparison.agreed:
            cited = {(ev.article, ev.start) for ev in item.evidence}
            assert sum(1 for side in sides if side & cited) < 2, (conflict.summary, item.summary)


def test_losing_sides_are_in_no_agreed_item(comparison):
    texts = {ev.text for item in comparison.agreed for ev in item.evidence}
    for lone in ("el viernes 5 de junio", "отключили полицейские", "vers 23 h 15", "odbędą się w niedzielę"):
        assert not any(lone in t for t in texts), lone


def test_true_agreements_stay_agreed(comparison):
    def sources_of(fragment):
        return max(
            (
                _outlets(comparison, item.sources)
                for item in comparison.agreed
                if any(fragment in ev.text for ev in item.evidence)
            ),
            key=len,
            default=frozenset(),
        )

    assert len(sources_of("Three of the injured remain in hospital")) == 5
    assert len(sources_of("About 8,000 people")) >= 4
    assert len(sources_of("Police have opened an inquiry")) >= 3


def _unit(text: str, language: str, times: list[float] = ()) -> Unit:
    values = [Value(kind="time", text=f"{t}", start=0, end=1, value=t) for t in times]
    claim = Claim(id="c1", start=0, end=len(text), language=language, values=values)
    return Unit(index=0, source=1, article="a", claim=claim, text=text, position=0.0)


@pytest.mark.parametrize(
    ("text", "language", "agent"),
    [
        ("Вентиль перекрыли пожарные, прибывшие через несколько минут.", "ru", "fire_service"),
        ("Los vecinos cortaron la calle antes de que llegara nadie.", "es", "neighbour"),
        ("La police a bouclé le quartier dans la nuit.", "fr", "police"),
        ("Bramę otworzyli strażacy, kilka minut po alarmie.", "pl", "fire_service"),
        ("Firefighters shut the gas main within minutes.", "en", "fire_service"),
        # who said it, not who did it
        ("Según los bomberos, el gas escapó de la sala de máquinas.", "es", None),
        ("По данным полиции, дверь была открыта.", "ru", None),
        ("The leak began at noon, according to the fire brigade.", "en", None),
        # two agents together: no sole doer
        ("Police and firefighters sealed off the street.", "en", None),
    ],
)
def test_clause_agent(text, language, agent):
    found = clause_agent(_unit(text, language))
    assert (found[0] if found else None) == agent


def test_different_clocks_needs_one_time_each_and_a_real_gap():
    assert different_clocks(_unit("a b c d", "fr", [1395.0]), _unit("a b c d", "en", [1275.0]))
    assert not different_clocks(_unit("a b c d", "fr", [760.0]), _unit("a b c d", "en", [765.0]))
    assert not different_clocks(_unit("a b c d", "fr", [760.0, 800.0]), _unit("a b c d", "en", [640.0]))
    assert not different_clocks(_unit("a b c d", "fr", [760.0]), _unit("a b c d", "en"))


def test_generic_titles_fit_the_roles_whose_phrases_hold_them():
    assert _generic_fits("director", "chief_executive")  # "managing director"
    assert _generic_fits("dyrektor", "site_director")  # "dyrektor kopalni"
    assert not _generic_fits("director", "mayor")
    assert not _generic_fits("директор", "deputy mayor")
    assert _generic_in("Arena director ", "en") == ("generic:director", "director")
    assert _generic_in("Dyrektor festiwalu ", "pl") == ("generic:dyrektor", "Dyrektor")
    assert _generic_in("the deputy director ", "en") is None  # a deputy's post is not the post
    assert _generic_in("director of the theatre ", "en") is None  # the name after it is the organisation's
    assert _generic_in("celebrity chef ", "en") is None  # French and German "chef" is no title in English
    assert _generic_in("le chef ", "fr") == ("generic:chef", "chef")


def test_a_generic_title_beside_a_listed_role_in_one_language_is_no_conflict(tmp_path):
    """In one language a generic title and a listed role for one person are two posts held at two times, or one
    post worded two ways ("interim agency director Tom Vale" / "Deputy Mayor Tom Vale had been named acting
    director"): no role conflict. Across languages the generic title still stands against the listed role."""
    from test_compare_core import compare_texts

    texts = [
        ("hp", "Harbour Post", "2025-03-04", "Interim agency director Tom Vale ordered the audit on Monday."),
        ("qd", "Quay Daily", "2025-03-04", "Deputy Mayor Tom Vale, who had been named acting director, ordered it."),
    ]
    comparison = compare_texts(tmp_path, texts)
    assert not [c for c in comparison.conflicts if c.reason == "different role"], comparison.conflicts


def test_a_day_is_labelled_as_its_sentences_write_it(comparison):
    """The day's words keep their capitals ("Saturday", not "saturday"), in every language, each once."""
    days = _by_reason(comparison, "different day")
    written = [
        w.strip() for c in days for side in c.sides for w in side.label.rsplit("(", 1)[0].split(" / ") if w.strip()
    ]
    assert written
    for c in days:
        for side in c.sides:
            words = [w.strip() for w in side.label.rsplit("(", 1)[0].split(" / ") if w.strip()]
            texts = " ".join(e.text for e in side.evidence)
            assert all(w in texts for w in words), (side.label, texts)  # as written, capitals and all
            assert len({w.lower() for w in words}) == len(words), side.label
    assert any(w[:1].isupper() for w in written), written  # the English weekday, capitalised as printed
