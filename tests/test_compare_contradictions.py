"""Sentences that cannot both hold are never one agreed claim, in any pair of languages: a named person's two
fates ("starb" / "survived"), two days ("am Samstag" / "w niedzielę"), numbers each gives and the other lacks
("drei Menschen" / "четыре человека"). A new user's six-language balloon story showed each of these as one
agreed item citing both sides. Invented text."""

from __future__ import annotations

import re

from crosswire.compare.records import ClaimItem, FigureItem, FigureSlot, FigureValue
from crosswire.compare.stage import _shown_shared
from crosswire.model import Evidence
from test_compare_core import compare_texts

DAY = "2026-11-15"
STORY = {
    "en": (
        "Harbourline Post",
        "A hot-air balloon carrying 12 people crashed near the town of Vessel on Saturday, killing two passengers. "
        "The pilot, Aron Kessik, survived the crash and was taken to hospital in a serious condition. "
        "Festival flights were suspended for the rest of the day.",
    ),
    "de": (
        "Talbote",
        "Beim Absturz eines Heißluftballons nahe der Stadt Vessel sind am Samstag zwei Menschen ums Leben "
        "gekommen. Der Pilot Aron Kessik starb am Abend im Krankenhaus. Die Flüge des Festivals wurden für den "
        "Rest des Tages ausgesetzt.",
    ),
    "ru": (
        "Вечерний курьер",
        "Воздушный шар с 12 людьми на борту потерпел крушение в субботу возле города Вессел, погибли три "
        "человека. Пилот Арон Кессик выжил и доставлен в больницу. Полёты на фестивале приостановлены до конца дня.",
    ),
    "pl": (
        "Gazeta Brzegowa",
        "Balon na ogrzane powietrze z 12 osobami na pokładzie rozbił się w niedzielę w pobliżu miasta Vessel. "
        "Pilot Aron Kessik przeżył katastrofę. Loty festiwalowe zawieszono do końca dnia.",
    ),
}


def _compare(tmp_path):
    return compare_texts(tmp_path, [(k, o, DAY, t) for k, (o, t) in STORY.items()])


def test_a_person_reported_dead_and_alive_is_a_conflict_not_an_agreement(tmp_path):
    comparison = _compare(tmp_path)
    fate = [c for c in comparison.conflicts if c.measure.startswith("fate of")]
    assert len(fate) == 1 and fate[0].reason == "different outcome"
    sides = {side.label: {ev.article for ev in side.evidence} for side in fate[0].sides}
    assert sides == {"survived": {"en", "ru", "pl"}, "died": {"de"}}
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("starb" in texts and ("survived" in texts or "выжил" in texts or "przeżył" in texts)), item


def test_two_days_or_two_tolls_across_languages_are_not_one_claim(tmp_path):
    comparison = _compare(tmp_path)
    for item in comparison.agreed:
        cited = {ev.article: ev.text for ev in item.evidence}
        assert not (
            "niedzielę" in cited.get("pl", "")
            and ("Saturday" in cited.get("en", "") or "Samstag" in cited.get("de", ""))
        ), item
        assert not ("три" in cited.get("ru", "") and "zwei" in cited.get("de", "")), item


def test_the_same_facts_across_languages_still_agree(tmp_path):
    """The suspension of the festival's flights is stated alike in four languages: still agreed."""
    comparison = _compare(tmp_path)
    suspended = [
        it for it in comparison.agreed if any("suspended" in ev.text or "ausgesetzt" in ev.text for ev in it.evidence)
    ]
    assert suspended and max(len(it.sources) for it in suspended) >= 3, [it.summary for it in comparison.agreed]


def test_one_source_telling_of_a_change_is_no_conflict(tmp_path):
    """A source that gives both fates tells of a change ("survived the crash but died in hospital")."""
    rows = [
        (
            "a",
            "Harbourline Post",
            DAY,
            "The pilot, Aron Kessik, survived the crash. Aron Kessik died in hospital on Sunday evening.",
        ),
        ("b", "Talbote", DAY, "Der Pilot Aron Kessik starb am Sonntagabend im Krankenhaus, teilte die Klinik mit."),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert not [c for c in comparison.conflicts if c.measure.startswith("fate of")]


def test_pilot_and_owner_are_two_roles_and_a_title_is_no_part_of_a_name(tmp_path):
    """ "Pilot Aron Kessik przeżył" opens with the title, capitalised: the light tier read "Pilot Aron Kessik" as
    the name, so the Polish source was on no side of the role conflict."""
    rows = [
        *[(k, o, DAY, t) for k, (o, t) in STORY.items() if k in ("en", "pl")],
        (
            "es",
            "Diario del Valle",
            DAY,
            "Aron Kessik, dueño de la empresa Nubes Tours, que organizó el vuelo, sobrevivió al accidente.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    role = [c for c in comparison.conflicts if c.reason == "different role"]
    assert len(role) == 1
    sides = sorted(sorted(ev.article for ev in side.evidence) for side in role[0].sides)
    assert sides == [["en", "pl"], ["es"]]
    names = {s.text for v in comparison.name_variants for s in v.spellings}
    assert not any(n.lower().startswith("pilot ") for n in names), names


def test_a_figure_of_a_wire_copy_in_an_agreed_item_is_not_single_source():
    """The re-run's "hit a power line before falling about 30 metres" is the original's "struck a power line
    ...", which an agreed item cites with a Spanish outlet's "unos 30 metros": not "only X reports" (a new
    user's balloon story). Another source's similar sentence is no copy, and stays apart."""
    rerun = "Witnesses said the basket hit a power line before falling about 30 metres."
    original = "Witnesses said the basket struck a power line before falling about 30 metres."
    spanish = "Según testigos, la cesta chocó contra un tendido eléctrico y cayó desde unos 30 metros."
    figure = FigureItem(
        summary="Amount: about 30 metres [1]",
        sources=[1],
        evidence=[Evidence(article="rerun", text=rerun, start=0, end=len(rerun))],
        slot=FigureSlot(counted="amount", unit="metre"),
        values=[FigureValue(text="about 30 metres", value=30, sources=[1])],
    )
    agreed = ClaimItem(
        summary=original,
        sources=[1, 2],
        evidence=[
            Evidence(article="wire", text=original, start=0, end=len(original)),
            Evidence(article="es", text=spanish, start=0, end=len(spanish)),
        ],
    )
    assert _shown_shared(figure, [agreed], {"rerun": 1, "wire": 1, "es": 2})
    assert not _shown_shared(figure, [agreed])  # without knowing the copies' source, two articles
    assert not _shown_shared(figure, [agreed], {"rerun": 1, "wire": 3, "es": 2})  # another source's sentence


def test_a_toll_beside_the_people_on_board_conflicts_across_languages(tmp_path):
    """ "Воздушный шар с 12 людьми на борту ..., погибли три человека": the 12 on board were read as dead too (the
    sentence's "погибли" was taken for every count in it), so the source gave two tolls and was left out of the
    conflict with the two dead of the English and German sources."""
    killed = [c for c in _compare(tmp_path).conflicts if c.measure == "people killed"]
    assert len(killed) == 1
    assert killed[0].reason == "different value"  # "Вессел" and "Vessel" are one town, not another scope
    sides = sorted(sorted(ev.article for ev in side.evidence) for side in killed[0].sides)
    assert sides == [["de", "en"], ["ru"]]


def test_times_of_one_event_across_languages_conflict_below_the_conflict_bar(tmp_path):
    """A pair of two languages, each other's nearest sentence, each giving one time: one event's two times,
    though a second sentence on the balloon keeps the pair under the translation margin."""
    rows = [
        (
            "en",
            "Harbourline Post",
            DAY,
            "A hot-air balloon carrying 12 people crashed into a field outside Vessel on Saturday, killing two "
            "passengers. The balloon came down at 7:40 a.m. shortly after take-off from the grounds of the Vessel "
            "Balloon Festival, which draws thousands of visitors every autumn. Witnesses said the basket struck a "
            "power line before falling to the ground. Flights at the festival were suspended for the rest of the day.",
        ),
        (
            "de",
            "Talbote",
            DAY,
            "Beim Absturz eines Heißluftballons nahe der Stadt Vessel sind am Samstag zwei Menschen ums Leben "
            "gekommen. Der Ballon stürzte nach Angaben der Rettungskräfte gegen 8:40 Uhr kurz nach dem Start vom "
            "Festivalgelände ab. Der Korb soll eine Stromleitung gestreift haben. Die Veranstalter sagten die übrigen "
            "Tage des Ballonfestivals ab. Der Ballon war vom Festivalgelände am Stadtrand gestartet.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    time = [c for c in comparison.conflicts if c.measure == "time of day"]
    assert len(time) == 1 and time[0].reason == "different time"
    assert sorted(sorted(ev.article for ev in side.evidence) for side in time[0].sides) == [["de"], ["en"]]


def test_miners_taken_to_hospital_conflict_across_languages(tmp_path):
    """Miners are counted by what befell them, like passengers: a source counting eleven miners trapped, nine
    rescued and five taken to hospital gives one count of each act, not three rival counts of miners."""
    rows = [
        (
            "en",
            "Harbourline Post",
            "2026-11-19",
            "Water flooded the Dolna mine on Wednesday, trapping eleven miners. "
            "Rescuers brought nine miners to the surface by noon. "
            "Three miners were taken to hospital with hypothermia.",
        ),
        (
            "es",
            "Diario del Valle",
            "2026-11-19",
            "El agua inundó la mina Dolna el miércoles y atrapó a once mineros. "
            "Los rescatistas sacaron a nueve mineros antes del mediodía. "
            "Tres mineros fueron hospitalizados con hipotermia.",
        ),
        (
            "pl",
            "Gazeta Dolna",
            "2026-11-19",
            "Woda zalała w środę kopalnię Dolna, więżąc jedenastu górników. "
            "Do południa ratownicy wyprowadzili dziewięciu górników. Pięciu górników trafiło do szpitala z hipotermią.",
        ),
        (
            "ru",
            "Горный вестник",
            "2026-11-19",
            "Вода затопила в среду шахту Дольна, под землёй оказались одиннадцать "
            "горняков. К полудню спасатели вывели девять горняков. "
            "Пятеро горняков госпитализированы с переохлаждением.",
        ),
    ]
    hospital = [c for c in compare_texts(tmp_path, rows).conflicts if c.measure == "people taken to hospital"]
    assert len(hospital) == 1
    assert sorted(sorted(ev.article for ev in side.evidence) for side in hospital[0].sides) == [
        ["en", "es"],
        ["pl", "ru"],
    ]


def test_what_befell_a_named_person_is_no_claim_of_a_sentence_naming_no_one(tmp_path):
    """ "The pilot ... survived the crash and was taken to the regional hospital" and "Una decena de personas ...
    fueron trasladadas al hospital regional" read alike across languages and were agreed."""
    rows = [
        (
            "en",
            "Harbourline Post",
            DAY,
            "A hot-air balloon carrying 12 people crashed into a field outside the town of Vessel on Saturday, "
            "killing two passengers and injuring nine others, emergency services said. Witnesses said the basket "
            "struck a power line before falling about 30 metres. The envelope caught fire as it hit the ground. "
            "The pilot, Aron Kessik, survived the crash and was taken to the regional hospital in critical "
            "condition, a hospital spokeswoman said. Flights at the festival were suspended for the rest of the day.",
        ),
        (
            "es",
            "Diario del Valle",
            DAY,
            "Un globo aerostático con 12 personas a bordo se estrelló el sábado en un campo cerca de la localidad de "
            "Vessel y causó la muerte de dos pasajeros, informaron los servicios de emergencia. Una decena de "
            "personas resultaron heridas y fueron trasladadas al hospital regional. Según testigos, la cesta chocó "
            "contra un tendido eléctrico y cayó desde unos 30 metros. La lona del globo se incendió al tocar el "
            "suelo. Los vuelos fueron suspendidos durante el resto del día.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    for item in comparison.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("survived" in texts and "decena" in texts), item
    assert any("suspendidos" in ev.text for it in comparison.agreed for ev in it.evidence)


def _unit(i: int, language: str, text: str, *, subject=None, speaker=None, entities=(), values=()):
    from crosswire.compare.claims.units import Unit
    from crosswire.facts.records import Claim

    claim = Claim(id=f"c{i}", start=0, end=len(text), language=language, values=list(values))
    return Unit(
        index=i,
        source=i,
        article=f"a{i}",
        claim=claim,
        text=text,
        position=0.5,
        entities=frozenset(entities),
        subject=subject,
        speaker=speaker,
    )


def test_contradict_tells_what_cannot_be_one_claim():
    """The rule itself, sentence pair by sentence pair (the story tests above show it in context)."""
    from crosswire.compare.align import StoryData
    from crosswire.compare.claims.align import contradict
    from crosswire.facts.records import Value

    data = StoryData(articles=[], bodies={}, facts={}, sources=[])
    pilot = "person:Aron Kessik"
    survived = _unit(1, "en", "The pilot, Aron Kessik, survived the crash.", subject=pilot, entities=[pilot])
    crowd = _unit(2, "es", "Una decena de personas fueron trasladadas al hospital regional.")
    said = _unit(
        3, "en", "Aron Kessik said ten people were taken to hospital.", subject=pilot, speaker=pilot, entities=[pilot]
    )
    assert contradict(survived, crowd, data)  # a named person's act; a sentence naming no one
    assert not contradict(said, crowd, data)  # the person is only the speaker
    two = Value(kind="count", text="two", start=0, end=3, value=2.0)
    three = Value(kind="count", text="tres", start=0, end=4, value=3.0)
    nine = Value(kind="count", text="nine", start=0, end=4, value=9.0)
    assert contradict(_unit(4, "en", "Two dead.", values=[two]), _unit(5, "es", "Tres muertos.", values=[three]), data)
    both = _unit(6, "en", "Two dead, nine hurt.", values=[two, nine])
    assert not contradict(both, _unit(7, "es", "Dos muertos.", values=[two]), data)  # one adds to the other


def test_a_crash_on_two_days_across_languages_is_a_conflict(tmp_path):
    """A crash is one act whose day is news ("crashed ... on Saturday" / "rozbił się w niedzielę"): the Polish
    sentence, read without a verb parse, names it by its word stems (``day_act_words.pl``)."""
    day = [c for c in _compare(tmp_path).conflicts if c.reason == "different day"]
    assert len(day) == 1
    sides = {side.label: sorted(ev.article for ev in side.evidence) for side in day[0].sides}
    assert ["pl"] in sides.values() and any("en" in arts for arts in sides.values()), sides


TRAM = [
    (
        "en",
        "Harbourline Post",
        "2026-11-28",
        "Two trams collided at a busy junction in central Vessel on Saturday morning, injuring 23 people, the city's "
        'emergency services said. "We are treating this as the most serious incident on our network in twenty '
        'years," said Oskar Lindqvist, spokesman for the municipal transport company.',
    ),
    (
        "pl",
        "Gazeta Brzegowa",
        "2026-11-28",
        "W sobotę rano w centrum Vessel zderzyły się dwa tramwaje, rannych zostały 23 osoby. „Traktujemy to jako "
        "najpoważniejszy incydent w naszej sieci od dwudziestu lat” – powiedział rzecznik MVK Oskar Lindqvist.",
    ),
    (
        "de",
        "Talbote",
        "2026-11-29",
        "Bei einem Zusammenstoß zweier Straßenbahnen in Vessel sind am Freitagmorgen, dem 27. November, 23 Menschen "
        "verletzt worden. „Wir betrachten dies als den schwersten Vorfall in unserem Netz seit zwanzig Jahren“, "
        "sagte Vizebürgermeister Oskar Lindqvist.",
    ),
]


def test_a_collision_on_two_days_and_a_deputy_mayor_across_languages(tmp_path):
    """A collision is an act whose day is compared, its German day named twice ("am Freitagmorgen, dem 27.
    November"); "Vizebürgermeister" is a deputy mayor, another role than a spokesman, and neither the title nor
    the acronym of "rzecznik MVK Oskar Lindqvist" is part of the name (a new user's tram story)."""
    comparison = compare_texts(tmp_path, TRAM)
    day = [c for c in comparison.conflicts if c.reason == "different day"]
    assert len(day) == 1
    assert sorted(sorted(ev.article for ev in side.evidence) for side in day[0].sides) == [["de"], ["en", "pl"]]
    role = [c for c in comparison.conflicts if c.reason == "different role"]
    assert len(role) == 1 and "Vizebürgermeister" in {side.label for side in role[0].sides}
    names = {s.text for v in comparison.name_variants for s in v.spellings}
    assert not any(n.split()[0] in ("MVK", "Vizebürgermeister") for n in names), names


def test_who_freed_a_trapped_driver_is_an_agent_conflict(tmp_path):
    """Firefighters and police officers freeing one trapped driver were one agreed claim (a new user's tram
    story); the fire service in other words and languages is one agent."""
    en = (
        "Two trams collided in central Vessel on Saturday morning, injuring 23 people. Firefighters freed the "
        "driver of the line 4 tram, who had been trapped in his cab for almost an hour."
    )
    police = (
        "Bei einem Zusammenstoß zweier Straßenbahnen in Vessel sind am Samstagmorgen 23 Menschen verletzt worden. "
        "Polizisten befreiten den eingeklemmten Fahrer der Linie 4 nach fast einer Stunde aus seiner Kabine."
    )
    rows = [("en", "Harbourline Post", "2026-11-28", en), ("de", "Talbote", "2026-11-28", police)]
    found = [c for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different agent"]
    assert len(found) == 1 and found[0].measure == "who freed those trapped"
    same = [
        ("en", "Harbourline Post", "2026-11-28", en),
        ("de", "Talbote", "2026-11-28", police.replace("Polizisten", "Feuerwehrleute")),
    ]
    (tmp_path / "same").mkdir()
    assert not [c for c in compare_texts(tmp_path / "same", same).conflicts if c.reason == "different agent"]


def test_which_pairs_may_join_a_time_side():
    """A sentence of another language giving a side's precise time joins the side when the pair scores at
    ``TIME_JOIN_BAR`` or the two are each other's nearest at a translation's cosine ("The collision happened at
    7:40 a.m. at the Rondo Mogilskie roundabout ..." / "W sobotę o godzinie 7:40 na Rondzie Mogilskim ...",
    0.53: a new user's tram story cited one of its two 7:40 sources); within one language the agreement bar
    decides."""
    from crosswire.compare.claims.pairs import FEATURES, Pair
    from crosswire.compare.claims.sides import TIME_JOIN_BAR, _time_pair

    en = _unit(1, "en", "The collision happened at 7:40 a.m. at the roundabout.")
    pl = _unit(2, "pl", "W sobotę o godzinie 7:40 na rondzie zderzyły się dwa tramwaje.")
    en2 = _unit(3, "en", "The trams collided at 7:40 a.m.")

    def pair(a, b, score, mutual=0.0, cosine=0.3):
        f = dict.fromkeys(FEATURES, 0.0) | {"mutual_best": mutual, "embedding": cosine}
        return Pair(a, b, [f[k] for k in FEATURES], score)

    assert _time_pair(pair(en, pl, TIME_JOIN_BAR + 0.1))
    assert not _time_pair(pair(en, pl, TIME_JOIN_BAR - 0.1))
    assert _time_pair(pair(en, pl, 0.2, mutual=1.0, cosine=0.6))
    assert not _time_pair(pair(en, en2, 0.55, mutual=1.0, cosine=0.9))


def test_a_fate_told_by_pronoun_is_the_person_named_before(tmp_path):
    """ "Водитель ..., 59-летний Марек Залевский, ... По данным местных СМИ, он скончался в больнице." against "...
    59-year-old Marek Zalewski ... He was ... in a stable condition": the driver's death was nowhere in a new
    user's tram story (the Russian sentence names no one, and the English name was tagged an organisation)."""
    rows = [
        (
            "en",
            "Harbourline Post",
            "2026-11-28",
            "Two trams collided in central Vessel on Saturday morning, injuring 23 people. Firefighters freed the "
            "driver of the line 4 tram, 59-year-old Marek Zalewski, who had been trapped in his cab for almost an "
            "hour. He was taken to University Hospital and was in a stable condition on Saturday afternoon.",
        ),
        (
            "ru",
            "Вечерний курьер",
            "2026-11-28",
            "В субботу утром в центре Весселя столкнулись два трамвая, пострадали 23 человека. Водитель трамвая "
            "четвёртого маршрута, 59-летний Марек Залевский, почти час был заблокирован в кабине. По данным "
            "местных СМИ, он скончался в больнице.",
        ),
    ]
    fate = [c for c in compare_texts(tmp_path, rows).conflicts if c.measure.startswith("fate of")]
    assert len(fate) == 1
    assert {side.label: [ev.article for ev in side.evidence] for side in fate[0].sides} == {
        "survived": ["en"],
        "died": ["ru"],
    }


def test_an_obituary_and_a_pronoun_after_the_fate_tell_no_fate():
    """ "He is survived by his wife" is no survival, and in "a mother was killed ... as she picked her daughter
    up" the pronoun is the one the fate befell, not the person named before (two false conflicts on ECB+); a
    pronoun before the fate word is that person ("По данным СМИ, он скончался в больнице")."""
    from crosswire.compare.align import StoryData
    from crosswire.compare.claims.fates import _fated, fates
    from crosswire.compare.claims.units import Unit
    from crosswire.facts.records import ArticleFacts, Claim, Entity, Mention

    assert fates(_unit(1, "en", "He is survived by his wife, two sons and his mother.")) == frozenset()
    named = "Police named the driver as Andrew Lopez."
    body = f"{named} Later he died in hospital. A mother of 12 was killed in the crash as she picked her daughter up."
    at = body.index("Andrew")
    lopez = Entity(
        id="e1", name="Andrew Lopez", type="person", mentions=[Mention("Andrew Lopez", at, at + 12, 0, len(named))]
    )
    facts = ArticleFacts(article="a", language="en", entities=[lopez])
    data = StoryData(articles=[], bodies={"a": body}, facts={"a": facts}, sources=[])
    data.canonical[("a", "e1")] = "person:Andrew Lopez"
    units = []
    for i, sentence in enumerate(re.split(r"(?<=\.) ", body)):
        start = body.index(sentence)
        claim = Claim(id=f"c{i}", start=start, end=start + len(sentence), language="en")
        units.append(Unit(index=i, source=1, article="a", claim=claim, text=sentence, position=0.5))
    assert _fated(units[1], units, data) == "person:Andrew Lopez"  # "he" before "died": the man named before
    mother = [units[0], units[2]]
    assert _fated(units[2], mother, data) is None  # "she" comes after "killed": the mother's own fate
