"""Times of day and counts of people taken to hospital, compared across sources and languages: "a las 10:40" /
"o 11.15" / "в 11:15" disagree on when a lift stopped; "Three passengers were taken to hospital" / "5 человек
госпитализированы" disagree on how many. Found by a new user's five-language story, whose contradictions were
shown as agreements. The story below is invented; each class has a near case that must stay quiet."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.clock import clock_values
from crosswire.facts.languages.lexicon import words_for
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "la instalación se detuvo a las 10:40 del sábado", [("10:40", 640)]),
        ("fr", "la télécabine s'est arrêtée samedi à 10 h 40, puis à 20h12", [("10 h 40", 640), ("20h12", 1212)]),
        ("pl", "W sobotę o 11.15 zatrzymała się kolejka", [("11.15", 675)]),
        ("ru", "В субботу в 11:15 остановилась канатная дорога", [("11:15", 675)]),
        ("de", "gegen 22.50 Uhr und erneut um 7 Uhr", [("22.50", 1370), ("7", 420)]),
        # not times of day: a length of time, an amount, a grouped number, a decimal
        ("fr", "après 7 h de recherche, 3,5 millions d'euros", []),
        ("de", "Die 1.250 Beschäftigten zahlten um 2.50 Euro mehr", []),
        ("pl", "Kolejka ma 11.15 metra", []),
    ],
)
def test_clock_times_beside_english(language, text, expected):
    found = [(v.text, v.value) for v in clock_values(text, 0, words_for(language))]
    assert found == expected


LIFT = {
    "en-a": (
        "Harbourline Post",
        "Sixty skiers were stranded above the Orvel valley on Saturday after the Tessin chairlift stopped at "
        "10:40 a.m., the resort of Brannock said. Three passengers were taken to hospital with hypothermia. "
        "Rescue teams from Brannock lowered the skiers on ropes, the resort's director Ilse Marrow said. The "
        "chairlift was built in 2011.",
    ),
    "en-b": (
        "Northgate Courier",
        "Rescue teams from Brannock lowered sixty skiers on ropes after the Tessin chairlift stopped on "
        "Saturday, the resort's director Ilse Marrow said. Five people were taken to hospital, most of them "
        "suffering from the cold. The chairlift was built in 2011.",
    ),
    "es": (
        "Diario de la Sierra",
        "Sesenta esquiadores quedaron atrapados en el telesilla Tessin de Brannock el sábado después de que se "
        "detuviera a las 10:40. Tres personas fueron trasladadas al hospital con hipotermia. Los equipos de "
        "rescate de Brannock bajaron a los esquiadores con cuerdas, dijo la directora Ilse Marrow.",
    ),
    "ru": (
        "Горные новости",
        "В субботу в 11:15 остановилась канатная дорога Tessin на курорте Brannock, шестьдесят лыжников "
        "оказались заблокированы. 5 человек госпитализированы с переохлаждением. Спасатели Brannock спустили "
        "лыжников на верёвках, сообщила директор Ильза Марроу.",
    ),
    "pl": (
        "Gazeta Górska",
        "W sobotę o 11.15 zatrzymał się wyciąg Tessin w ośrodku Brannock, a sześćdziesięciu narciarzy utknęło "
        "nad doliną. 5 osób trafiło do szpitala z wychłodzeniem. Ratownicy z Brannock opuścili narciarzy na "
        "linach, powiedziała dyrektor Ilse Marrow.",
    ),
}


def _compare(tmp_path, stories: dict[str, tuple[str, str]]):
    return compare_texts(tmp_path, [(k, outlet, "2026-03-14", text) for k, (outlet, text) in stories.items()])


def _conflict(comparison, measure: str):
    return next((c for c in comparison.conflicts if getattr(c, "measure", "") == measure), None)


def _sides(conflict) -> list[set[str]]:
    return [{ev.article for ev in side.evidence} for side in conflict.sides]


def test_times_of_day_and_hospital_counts_conflict_across_languages(tmp_path):
    comparison = _compare(tmp_path, LIFT)
    time = _conflict(comparison, "time of day")
    assert time is not None and time.reason == "different time"
    assert sorted(map(sorted, _sides(time))) == [["en-a", "es"], ["pl", "ru"]]
    for side in time.sides:  # each side cites the sentence that gives its time
        assert all(side.label.split(" / ")[0] in ev.text or "11" in ev.text for ev in side.evidence)
    hospital = _conflict(comparison, "people taken to hospital")
    assert hospital is not None and hospital.reason == "different value"
    assert sorted(map(sorted, _sides(hospital))) == [["en-a", "es"], ["en-b", "pl", "ru"]]
    # no agreed item cites both sides of either conflict
    for item in comparison.agreed:
        cited = {ev.article: ev.text for ev in item.evidence}
        assert not ("10:40" in " ".join(cited.values()) and "11" in cited.get("ru", "") + cited.get("pl", "")), item


def test_the_same_time_and_count_in_other_words_is_no_conflict(tmp_path):
    same = {
        "en-a": LIFT["en-a"],
        "en-b": (LIFT["en-b"][0], LIFT["en-b"][1].replace("Five people", "Three people")),
        "es": LIFT["es"],
        "ru": (LIFT["ru"][0], LIFT["ru"][1].replace("в 11:15", "в 10:40").replace("5 человек", "3 человека")),
        "pl": (LIFT["pl"][0], LIFT["pl"][1].replace("o 11.15", "o 10.40").replace("5 osób", "3 osoby")),
    }
    comparison = _compare(tmp_path, same)
    assert _conflict(comparison, "time of day") is None
    assert _conflict(comparison, "people taken to hospital") is None


def test_a_part_of_the_people_taken_to_hospital_is_no_rival_count(tmp_path):
    """Two firefighters among the people taken to hospital are not another count of them."""
    part = {
        "en-a": (LIFT["en-a"][0], LIFT["en-a"][1].replace("Three passengers", "Two firefighters")),
        "en-b": LIFT["en-b"],
    }
    assert _conflict(_compare(tmp_path, part), "people taken to hospital") is None


def test_a_dateline_cut_off_as_a_sentence_is_no_claim(tmp_path):
    text = (
        "BRANNOCK, March 14 (Harbourline Post) - Rescue teams worked until dusk to free sixty skiers from the "
        "Tessin chairlift. The chairlift was built in 2011."
    )
    other = "Rescue teams worked until dusk to free sixty skiers from the Tessin chairlift in Brannock."
    comparison = compare_texts(
        tmp_path, [("a", "Harbourline Post", "2026-03-14", text), ("b", "Norland", "2026-03-14", other)]
    )
    for item in comparison.agreed:
        assert not any(ev.text.rstrip().endswith("-") for ev in item.evidence), item


# -- single-source facts beyond English -------------------------------------------------------------------------
FUND = (
    "Le Courrier des Cimes",
    "Soixante skieurs sont restés bloqués samedi sur le télésiège Tessin de Brannock. Les équipes de secours de "
    "Brannock ont descendu les skieurs avec des cordes, a déclaré la directrice Ilse Marrow. La commune de Brannock "
    "a annoncé samedi soir la création d'un fonds d'indemnisation de 250 000 euros pour les commerçants du village. "
    "Le télésiège avait été construit en 2011 pour un coût de 3,2 millions d'euros.",
)


def test_a_value_only_one_source_gives_is_single_source_in_any_language(tmp_path):
    """The French fund of 250,000 euros, in no other source, is "only" that source's; the chairlift's cost, which
    an English source also gives ("3.2 million euros"), is not."""
    stories = {
        **LIFT,
        "fr": FUND,
        "en-b": (LIFT["en-b"][0], LIFT["en-b"][1] + " It cost 3.2 million euros to build."),
    }
    comparison = _compare(tmp_path, stories)
    singles = [(it.sources, it.evidence[0].text) for it in comparison.single_source]
    fund = [s for s in singles if "250 000 euros" in s[1]]
    assert len(fund) == 1 and len(fund[0][0]) == 1
    assert not [s for s in singles if "3,2 millions" in s[1]]


STRIKE_EN = " Unions called a regional strike for March 18."


@pytest.mark.parametrize(
    ("extra", "needle", "en_extra", "expected"),
    [
        # a day set ahead by its date, in no other source: "only X reports"
        (
            "Los sindicatos convocaron una huelga regional para el 1 de abril en protesta por el accidente.",
            "1 de abril",
            "",
            "single",
        ),
        (
            "Die Gewerkschaft rief für den 2. April zu einem regionalen Streik wegen des Unfalls auf.",
            "2. April",
            "",
            "single",
        ),
        # the same day in another source's words is no single-source fact
        (
            "Los sindicatos convocaron una huelga regional para el 18 de marzo en protesta por el accidente.",
            "18 de marzo",
            STRIKE_EN,
            "shared",
        ),
        # another source's other day for the same strike: a conflict, not "only X reports" (not found yet: the
        # English and the Spanish sentence do not align as one claim; the strike stays "only X reports")
        pytest.param(
            "Los sindicatos convocaron una huelga regional para el 1 de abril en protesta por el accidente.",
            "1 de abril",
            STRIKE_EN,
            "conflict",
            marks=pytest.mark.xfail(strict=True, reason="a scheduled day across languages is not aligned yet"),
        ),
    ],
)
def test_a_day_ahead_only_one_source_names_is_single_source(tmp_path, extra, needle, en_extra, expected):
    """A strike called for a date no other outlet gives was never listed: a day gave no value to the
    single-source rule (a new user's mine story: "una huelga ... para el 1 de diciembre"). Another outlet's
    other day for the strike makes it a day conflict instead."""
    language = "es" if "de" in needle.split() else "de"
    outlet, text = LIFT["es"] if language == "es" else ("Bergbote", LIFT_DE)
    stories = {
        **LIFT,
        language: (outlet, f"{text} {extra}"),
        "en-b": (LIFT["en-b"][0], LIFT["en-b"][1] + en_extra),
    }
    comparison = _compare(tmp_path, stories)
    found = [it for it in comparison.single_source if needle in it.evidence[0].text]
    assert bool(found) is (expected == "single"), [it.summary for it in comparison.single_source]
    if expected == "single":
        assert len(found) == 1 and len(found[0].sources) == 1
    days = [c for c in comparison.conflicts if c.reason == "different day" and needle in c.summary]
    assert bool(days) is (expected == "conflict"), [c.summary for c in comparison.conflicts]


LIFT_DE = (
    "Sechzig Skifahrer saßen am Samstag im Sessellift Tessin in Brannock fest, nachdem er um 10.40 Uhr stehen "
    "geblieben war. Drei Menschen kamen mit Unterkühlung ins Krankenhaus. Bergretter aus Brannock seilten die "
    "Skifahrer ab, sagte die Direktorin Ilse Marrow."
)


def test_times_of_one_event_conflict_though_no_name_is_linked_across_scripts(tmp_path):
    """ "derailed ... at 4:40 a.m." / "в 5:15 утра ... сошли с рельсов": the place is written in two scripts and
    not linked, but the pair would agree but for its times (a new user's derailment story)."""
    stories = {
        "en": (
            "Harbourline Post",
            "Fourteen wagons of a freight train left the rails at 4:40 a.m. on a bridge near Dornava on Tuesday, "
            "the rail operator Nordline said.",
        ),
        "ru": (
            "Вестник",
            "Во вторник в 5:15 утра на мосту возле Дорнавы сошли с рельсов 14 вагонов грузового поезда компании "
            "Nordline.",
        ),
    }
    time = _conflict(_compare(tmp_path, stories), "time of day")
    assert time is not None and sorted(map(sorted, _sides(time))) == [["en"], ["ru"]]
