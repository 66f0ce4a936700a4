"""Figure and time conflicts that were found but never shown, and items citing a source for a value its sentence
does not give (a new user's airline-grounding story, trial 37), on invented stories of other events:

1. a count of aircraft is no count of flights (``data/concepts.toml``: ``aircraft`` apart from ``flight``): "grounded
   all 31 aircraft" [en][es][fr] against "sämtliche 34 Flugzeuge" [de] is one conflict, never merged with "90
   flights cancelled" (which a source then stood on both sides of, and the conflict vanished);
2. an hour after "alle" / "a las" / "às" followed by an article is a time of day ("ha ordinato venerdì alle 9 il
   fermo"), set against another source's "7 a.m." (it was read as a count of 9 and set against a dateline's day);
3. a precise count and a bound or vague count of one thing in one state ("143 passengers on board" / "con oltre
   180 passeggeri a bordo") are a "vague vs precise" conflict when the number falls outside the bound, whatever
   other counts of passengers each source gives; no conflict when it falls inside;
4. a timeline line or an agreed item cites no source for a time of day its sentence does not give.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from test_compare_core import compare_texts, source_of

DAY = "2027-02-12"
OUTLETS = ["Harbour Wire", "Nordkurier Tal", "Gazzetta del Lago", "Diario Levante", "Le Phare"]


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Velmar grounds Norvik Air fleet\n\n{t}") for i, t in enumerate(texts)]


# -- class 1: aircraft are no flights ----------------------------------------------------------------------------

AIRCRAFT = [
    ("aircraft", "en"),
    ("planes", "en"),
    ("Flugzeuge", "de"),
    ("Maschinen", "de"),
    ("avions", "fr"),
    ("appareils", "fr"),
    ("aviones", "es"),
    ("aeronaves", "es"),
    ("aerei", "it"),
    ("velivoli", "it"),
    ("aviões", "pt"),
    ("samolotów", "pl"),
    ("самолетов", "ru"),
]
FLIGHTS = [
    ("flights", "en"),
    ("Flüge", "de"),
    ("Flug", "de"),
    ("Verbindungen", "de"),
    ("vols", "fr"),
    ("vuelos", "es"),
    ("voli", "it"),
    ("voos", "pt"),
    ("lotów", "pl"),
    ("рейсов", "ru"),
]


@pytest.mark.parametrize(("word", "language"), AIRCRAFT, ids=[f"{w}-{lang}" for w, lang in AIRCRAFT])
def test_aircraft_words_count_aircraft(word: str, language: str) -> None:
    from crosswire.vocab.concepts import concept_of

    lemma = {"aircraft": "aircraft", "planes": "plane", "avions": "avion", "appareils": "appareil"}.get(word, word)
    assert concept_of(lemma if language in ("en", "fr") else word, language) == "aircraft"


@pytest.mark.parametrize(("word", "language"), FLIGHTS, ids=[f"{w}-{lang}" for w, lang in FLIGHTS])
def test_flight_words_are_no_aircraft(word: str, language: str) -> None:
    from crosswire.vocab.concepts import concept_of

    lemma = {"flights": "flight", "vols": "vol"}.get(word, word)
    assert concept_of(lemma if language in ("en", "fr") else word, language) != "aircraft"


def test_aircraft_plural_label() -> None:
    from crosswire.vocab.concepts import plural_noun

    assert plural_noun("aircraft grounded") == "aircraft grounded"
    assert plural_noun("boat") == "boats"


# -- class 2: an hour after "alle" and before an article is a time of day ---------------------------------------

HOURS = [
    ("it", "L'ente ha ordinato venerdì alle 9 il fermo di tutti gli aerei.", 540.0),
    ("it", "Il ministero ha disposto alle 7 l'evacuazione del terminal.", 420.0),
    ("it", "Il governo ha annunciato alle 18 la chiusura dello scalo.", 1080.0),
    ("es", "La autoridad ordenó el viernes a las 9 la suspensión de los vuelos.", 540.0),
    ("es", "El ministerio decretó a las 7 el cierre del aeropuerto.", 420.0),
    ("pt", "O regulador ordenou às 9 a suspensão de todos os voos.", 540.0),
]


@pytest.mark.parametrize(("language", "text", "minutes"), HOURS, ids=[f"{h[0]}-{i}" for i, h in enumerate(HOURS)])
def test_hour_before_an_article_is_a_time(language: str, text: str, minutes: float) -> None:
    from crosswire.facts.languages.clock import clock_values
    from crosswire.facts.languages.lexicon import words_for

    assert [v.value for v in clock_values(text, 0, words_for(language))] == [minutes]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Il premio è andato alle 3 vittime dell'incidente."),
        ("es", "El fondo dará ayudas a las 12 familias afectadas."),
        ("pt", "A empresa pagou às 40 famílias uma indemnização."),
    ],
)
def test_hour_before_a_noun_is_no_time(language: str, text: str) -> None:
    from crosswire.facts.languages.clock import clock_values
    from crosswire.facts.languages.lexicon import words_for

    assert clock_values(text, 0, words_for(language)) == []


# -- the story: classes 1-4 in one comparison -------------------------------------------------------------------

EN = (
    "Velmar's aviation authority on Friday grounded all 31 aircraft of Norvik Air's Kestrel fleet, a day after one "
    "of the jets blew a tyre on landing with 143 passengers on board. "
    "The Velmar Aviation Authority issued the grounding order at 7 a.m. on Friday, its chairman, Oskar Hallin, told "
    "reporters in Dunmere. "
    "Norvik Air cancelled 90 flights on Friday, affecting about 9,000 passengers."
)
DE = (
    "Die Luftfahrtbehörde von Velmar hat am Freitag sämtliche 34 Flugzeuge des Typs Kestrel-200 der Norvik Air "
    "stillgelegt. "
    "Norvik Air strich am Freitag 90 Verbindungen."
)
IT = (
    "L'autorità dell'aviazione civile di Velmar ha ordinato venerdì alle 9 il fermo di tutti i 31 aerei Kestrel-200 "
    "della Norvik Air. "
    "Il provvedimento arriva dopo l'incidente di giovedì sera, quando un aereo della compagnia, con oltre 180 "
    "passeggeri a bordo, ha perso uno pneumatico in atterraggio a Dunmere."
)
ES = (
    "La autoridad de aviación de Velmar inmovilizó el viernes los 31 aviones Kestrel-200 de Norvik Air, un día "
    "después de que uno de ellos perdiera un neumático al aterrizar."
)
FR = (
    "L'autorité de l'aviation de Velmar a interdit de vol vendredi les 31 avions Kestrel-200 de la compagnie Norvik "
    "Air, au lendemain d'un incident à l'atterrissage."
)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    return compare_texts(tmp_path_factory.mktemp("values15"), _rows(EN, DE, IT, ES, FR))


def _conflict(story: SimpleNamespace, words: str) -> SimpleNamespace:
    found = [c for c in story.conflicts if any(words in ev.text for ev in c.evidence)]
    assert found, [c.summary for c in story.conflicts]
    return found[0]


def test_aircraft_count_conflict_shown(story: SimpleNamespace) -> None:
    c = _conflict(story, "sämtliche 34 Flugzeuge")
    assert "31" in c.summary and "34" in c.summary, c.summary
    en, de, es, fr = (source_of(story, f"a{i}") for i in (0, 1, 3, 4))
    sides = {tuple(s.sources): s.label for s in c.sides}
    assert any(de in srcs and "34" in label for srcs, label in sides.items()), sides
    assert any({en, es, fr} <= set(srcs) and "31" in label for srcs, label in sides.items()), sides


def test_flights_cancelled_are_no_side_of_aircraft(story: SimpleNamespace) -> None:
    c = _conflict(story, "sämtliche 34 Flugzeuge")
    assert not any("90" in s.label for s in c.sides), c.summary
    assert not any("90 Verbindungen" in ev.text for ev in c.evidence)


def test_time_conflict_shown(story: SimpleNamespace) -> None:
    c = _conflict(story, "at 7 a.m.")
    assert c.reason == "different time", c.summary
    assert any("alle 9" in ev.text for ev in c.evidence), c.summary
    assert "09:00" in c.summary or "9" in c.summary


def test_no_conflict_of_a_bare_hour_against_a_day(story: SimpleNamespace) -> None:
    assert not any(c.summary.startswith("Figures") for c in story.conflicts), [c.summary for c in story.conflicts]


def test_bound_against_precise_on_board(story: SimpleNamespace) -> None:
    c = _conflict(story, "oltre 180")
    assert c.reason == "vague vs precise", c.summary
    assert "143" in c.summary
    assert not any("9,000" in s.label for s in c.sides)


def test_timeline_cites_no_source_for_a_time_it_does_not_give(story: SimpleNamespace) -> None:
    for line in story.timeline:
        if "7 a.m." in line.text:
            assert line.sources == [source_of(story, "a0")], (line.text, line.sources)


def test_agreed_item_heads_no_time_a_cited_sentence_lacks(story: SimpleNamespace) -> None:
    for item in story.agreed:
        if "7 a.m." in item.summary:
            assert item.sources == [source_of(story, "a0")], (item.summary, item.sources)


# -- a bound inside the precise count's range is no conflict ----------------------------------------------------


def test_bound_that_holds_is_no_conflict(tmp_path) -> None:  # type: ignore[no-untyped-def]
    en = (
        "One of the company's jets blew a tyre on landing in Dunmere on Thursday evening with 143 passengers on "
        "board. The company cancelled 90 flights on Friday, affecting about 9,000 passengers."
    )
    de = (
        "Am Donnerstagabend platzte bei der Landung in Dunmere ein Reifen einer Maschine der Gesellschaft, mit mehr "
        "als 140 Passagieren an Bord."
    )
    story = compare_texts(tmp_path, _rows(en, de))
    assert not [c for c in story.conflicts if any("140" in ev.text for ev in c.evidence)], [
        c.summary for c in story.conflicts
    ]


def test_bound_outside_in_german(tmp_path) -> None:  # type: ignore[no-untyped-def]
    en = (
        "One of the company's jets blew a tyre on landing in Dunmere on Thursday evening with 143 passengers on "
        "board. The company cancelled 90 flights on Friday, affecting about 9,000 passengers."
    )
    de = (
        "Am Donnerstagabend platzte bei der Landung in Dunmere ein Reifen einer Maschine der Gesellschaft, mit mehr "
        "als 180 Passagieren an Bord."
    )
    story = compare_texts(tmp_path, _rows(en, de))
    c = [c for c in story.conflicts if any("180" in ev.text for ev in c.evidence)]
    assert c and c[0].reason == "vague vs precise", [x.summary for x in story.conflicts]


def test_timeline_line_of_a_time_only_one_source_gives(tmp_path) -> None:  # type: ignore[no-untyped-def]
    texts = [
        (
            "Harbour Wire",
            "The Port Ellery council ordered the closure of the harbour at 7 a.m. on Friday, its mayor, Lena Marsh, "
            "told reporters. Fishing boats stayed at their moorings all day.",
        ),
        (
            "Le Phare",
            "Le conseil de Port Ellery a ordonné vendredi la fermeture des 14 quais du port, a indiqué la maire Lena "
            "Marsh.",
        ),
        (
            "Nordkurier Tal",
            "Der Rat von Port Ellery hat am Freitag die Schließung der 14 Kais des Hafens angeordnet, sagte "
            "Bürgermeisterin Lena Marsh.",
        ),
    ]
    rows = [(f"a{i}", o, DAY, f"Port Ellery closes its harbour\n\n{t}") for i, (o, t) in enumerate(texts)]
    story = compare_texts(tmp_path, rows)
    wire = source_of(story, "a0")
    assert story.timeline
    for line in story.timeline:
        if "7 a.m." in line.text:
            assert line.sources == [wire], (line.text, line.sources)
        if "14" in line.text:
            assert wire not in line.sources, (line.text, line.sources)
