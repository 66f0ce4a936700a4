"""A dissenting sentence in another language never vanishes from the comparison.

A new user's six-outlet strike story planted contradictions across languages; the dissenting sentences stood in
no section, and the others' agreement read as unanimous:

- a tally ("mit 1.712 zu 388 Stimmen" against "by 1,912 votes to 388"): each sentence gives two counts of one
  measure, so no single figure was set against the other's; the count both give is now set aside and the rest
  compared (:func:`crosswire.compare.claims.aligned._pair_readings`);
- an hour written with the word for hours and a part of the day ("в 8 часов утра"): read as a count of hours, now
  as a time of day (``clock_hours`` and ``day_parts`` of ``data/languages.toml``);
- a sentence whose nearest sentence in another language's source stands out from that source's others, but is
  no mutual best (the English sentence's own nearest is another one), or whose source holds a wire story and
  its re-run (two copies of the nearest sentence halve its margin): its time of day or figure is now compared
  with that nearest sentence's (:mod:`crosswire.compare.claims.dissent`).

All text is invented (another event: a ferry crews' strike at the invented port of Tallbrook), with near cases
that must stay quiet (the same figure, tally or time in the other language).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented import article_facts
from test_compare_core import compare_texts

PUBLISHED = "2026-04-08"


# -- the facts stage: an hour with the word for hours and a part of the day ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "minutes", "written"),
    [
        ("ru", "Паромы остановились в 7 часов утра, когда экипажи покинули суда.", 420.0, "7 часов утра"),
        ("ru", "Последний паром ушёл в 9 часов вечера, сообщил диспетчер.", 1260.0, "9 часов вечера"),
        ("ru", "Собрание началось в 2 часа дня в здании профсоюза.", 840.0, "2 часа дня"),
        ("ru", "Переговоры прервались около 12 часов ночи.", 0.0, "12 часов ночи"),
        ("uk", "Пороми зупинилися о 7 годині ранку, коли екіпажі залишили судна.", 420.0, "7 годині ранку"),
        ("uk", "Останній пором відійшов о 9 годині вечора, повідомив диспетчер.", 1260.0, "9 годині вечора"),
    ],
)
def test_an_hour_with_a_part_of_the_day_is_a_time(language: str, text: str, minutes: float, written: str) -> None:
    facts = article_facts(language, text, published=PUBLISHED)
    times = [(v.value, v.text) for c in facts.claims for v in c.values if v.kind == "time"]
    assert times == [(minutes, written)]
    assert not facts.figures  # no count of hours


@pytest.mark.parametrize(
    "text",
    [
        "Переговоры длились 8 часов, сообщил профсоюз.",  # a length of time: no part of the day
        "Экипажи ждали в течение 8 часов у причала.",
        "В 8 часов пути паром не прошёл и половины маршрута.",  # no part of the day after the hours
    ],
)
def test_hours_without_a_part_of_the_day_are_no_time(text: str) -> None:
    facts = article_facts("ru", text, published=PUBLISHED)
    assert not [v for c in facts.claims for v in c.values if v.kind == "time"]


# -- the comparison ------------------------------------------------------------------------------------------

OUTLETS = {
    "en": "Tallbrook Wire",
    "en2": "Harbour Evening Post",
    "de": "Küstenzeitung",
    "ru": "Портовый вестник",
    "es": "Diario de la Costa",
}

FERRY = {
    "en": [
        "Ferry crews walk out at Tallbrook over pay",
        "About {en_n} ferry crew members at the port of Tallbrook walked off the job on Tuesday in a dispute over "
        "pay and new rosters.",
        "The walkout began at {en_t}, when the first crossing of the day did not sail, the port office said.",
        "The offer had been turned down by {en_v} votes to 310 in a ballot of the Seafarers' Guild.",
        "The operator Brisa Lines said it would ask the courts to end the strike.",
    ],
    "de": [
        "Fährleute in Tallbrook im Streik",
        "Die Fährgesellschaft Brisa Lines kündigte an, gerichtlich gegen den Ausstand vorzugehen.",
        "Bei der Urabstimmung der Seeleutegilde stimmten die Mitglieder mit {de_v} zu 310 Stimmen gegen das Angebot.",
        "Der Streik betrifft alle Fährverbindungen zu den Inseln.",
    ],
    "ru": [
        "В порту Таллбрук бастуют экипажи паромов",
        "Забастовка началась в {ru_t}, когда первый паром дня не вышел в рейс.",
        "Оператор Brisa Lines заявил, что обратится в суд.",
        "Профсоюз требует повышения зарплаты.",
    ],
    "es": [
        "Huelga de las tripulaciones de los ferris en Tallbrook",
        "Unos {es_n} tripulantes de los ferris del puerto de Tallbrook dejaron el trabajo el martes en un "
        "conflicto por los salarios y los nuevos turnos.",
        "La naviera Brisa Lines anunció que pedirá a los tribunales que pongan fin a la huelga.",
        "Los pasajeros buscan alternativas para llegar a las islas.",
    ],
}

VALUES = {"en_n": "1,400", "en_t": "5 a.m.", "en_v": "1,204", "de_v": "1.204", "ru_t": "5 часов утра", "es_n": "1.400"}


def _rows(copy: bool = False, **changed: str) -> list[tuple[str, str, str, str]]:
    """(id, outlet, published, text) rows of the ferry story with ``changed`` values; ``copy`` adds the English
    wire story's re-run by another outlet (one source with it)."""
    values = {**VALUES, **changed}
    texts = {}
    for lang, lines in FERRY.items():
        text = "\n\n".join(lines)
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        texts[lang] = text
    rows = [(lang, OUTLETS[lang], PUBLISHED, text) for lang, text in texts.items()]
    if copy:
        rows.insert(1, ("en2", OUTLETS["en2"], PUBLISHED, texts["en"]))
    return rows


def _cited(comparison, needle: str) -> bool:
    """Whether a conflict side quotes a sentence containing ``needle``."""
    return any(needle in e.text for c in comparison.conflicts for side in c.sides for e in side.evidence)


@pytest.mark.parametrize("copy", [False, True])
def test_a_tally_with_a_different_count_is_a_conflict(tmp_path: Path, copy: bool) -> None:
    """ "mit 1.004 zu 310 Stimmen" against "by 1,204 votes to 310": both give the losing count, so the winning
    counts are set against each other; with the wire's re-run as the same source, too."""
    comparison = compare_texts(tmp_path, _rows(copy, de_v="1.004"))
    assert _cited(comparison, "1.004 zu 310"), [c.summary for c in comparison.conflicts]
    assert _cited(comparison, "1,204 votes to 310"), [c.summary for c in comparison.conflicts]


def test_the_same_tally_in_another_language_agrees(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows())
    assert not _cited(comparison, "zu 310"), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("copy", [False, True])
def test_a_different_hour_in_another_language_is_a_conflict(tmp_path: Path, copy: bool) -> None:
    """ "в 7 часов утра" against "at 5 a.m.": the Russian sentence's nearest English sentence stands out, though
    the English sentence's own nearest may be another; with the wire's re-run in the same source, too."""
    comparison = compare_texts(tmp_path, _rows(copy, ru_t="7 часов утра"))
    assert _cited(comparison, "7 часов утра"), [c.summary for c in comparison.conflicts]
    assert _cited(comparison, "began at 5 a.m."), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("copy", [False, True])
def test_the_same_hour_in_another_language_agrees(tmp_path: Path, copy: bool) -> None:
    comparison = compare_texts(tmp_path, _rows(copy))
    assert not _cited(comparison, "5 часов утра"), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("copy", [False, True])
def test_about_a_different_count_in_another_language_is_a_conflict(tmp_path: Path, copy: bool) -> None:
    """ "Unos 1.100 tripulantes" against "About 1,400 ferry crew members" (a wire story and its re-run: one
    source, whose two copies of the sentence no longer hide that it is the Spanish sentence's nearest)."""
    comparison = compare_texts(tmp_path, _rows(copy, es_n="1.100"))
    assert _cited(comparison, "Unos 1.100"), [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize("copy", [False, True])
def test_about_the_same_count_in_another_language_agrees(tmp_path: Path, copy: bool) -> None:
    comparison = compare_texts(tmp_path, _rows(copy))
    assert not _cited(comparison, "Unos 1.400"), [c.summary for c in comparison.conflicts]


# -- near cases: the stand-out nearest sentence of another event, another sum, another moment ------------------

LATER = "2026-06-20"  # ten weeks after the ferry strike: another event's article


@pytest.mark.parametrize(
    ("language", "outlet", "text"),
    [
        # another strike, weeks later, worded like the ferry story's lead and time
        (
            "ru",
            "Городские новости",
            "Забастовка в депо\n\nЗабастовка началась в 9 часов утра, когда первый поезд дня не вышел на линию.\n\n"
            "Около 2 000 работников депо потребовали повышения зарплаты.",
        ),
        (
            "es",
            "Crónica del Sur",
            "Huelga en el metro\n\nUnos 900 trabajadores del metro dejaron el trabajo el martes en un conflicto por "
            "los salarios.\n\nLa huelga comenzó a las 7 de la mañana.",
        ),
    ],
)
def test_another_events_sentence_mixed_in_never_pairs(tmp_path: Path, language: str, outlet: str, text: str) -> None:
    """An article of another strike published weeks later, mixed into the story: its time and count are its
    own event's, whatever sentence of the ferry story is its nearest."""
    rows = [*_rows(), (f"{language}-later", outlet, LATER, text)]
    comparison = compare_texts(tmp_path, rows)
    cited = {e.article for c in comparison.conflicts for side in c.sides for e in side.evidence}
    assert f"{language}-later" not in cited, [c.summary for c in comparison.conflicts]


@pytest.mark.parametrize(
    "other",
    [
        "La naviera Brisa Lines fue multada con 3 millones de euros por el regulador portuario.",  # a fine
        "La huelga le cuesta a Brisa Lines 3 millones de dólares al día, según la empresa.",  # another currency
        "Unos 1.100 pasajeros se quedaron en tierra el martes.",  # another thing counted
    ],
)
def test_a_nearest_sentence_of_another_sum_or_count_is_no_conflict(tmp_path: Path, other: str) -> None:
    """The English wire gives the strike's daily cost; the Spanish sentence nearest to it gives a fine, a sum in
    another currency or passengers, not crew members: no figure of one kind to set against the other."""
    rows = _rows()
    en = rows[0]
    rows[0] = (
        en[0],
        en[1],
        en[2],
        en[3] + "\n\nThe strike costs Brisa Lines 2 million euros a day, the company said.",
    )
    es = next(i for i, r in enumerate(rows) if r[0] == "es")
    rows[es] = (rows[es][0], rows[es][1], rows[es][2], rows[es][3] + "\n\n" + other)
    comparison = compare_texts(tmp_path, rows)
    assert not _cited(comparison, other[:20]), [c.summary for c in comparison.conflicts]


def test_times_of_events_weeks_apart_are_no_story_time(tmp_path: Path) -> None:
    """A museum theft and an earthquake (two outlets) in English and a flood in English and Russian, months apart,
    compared as one story: the flood's two languages do not make the theft's and the quake's times one event's
    (the story-wide time rule is for sources of two languages; the flood's articles are set aside first)."""
    rows = [
        (
            "theft",
            "Greyhaven Gazette",
            "2026-02-02",
            "Museum theft\n\nThe thieves climbed onto the roof and cut through a skylight at around 2.40am, "
            "police said.",
        ),
        (
            "quake",
            "Daily Lantern",
            "2026-02-05",
            "Quake hits Zarovsk\n\nThe quake struck at 3:12 a.m., when most people were asleep, officials said.",
        ),
        (
            "quake2",
            "Pacific Courier",
            "2026-02-05",
            "Zarovsk quake\n\nThe quake hit at 3:12 a.m. local time, with its epicentre south of Zarovsk.",
        ),
        (
            "flood-en",
            "Harbour Standard",
            "2026-09-10",
            "Dam bursts\n\nThe dam on the Nerusa river burst at 4:10 a.m. on Tuesday after days of rain.",
        ),
        (
            "flood-ru",
            "Карельские вести",
            "2026-09-10",
            "Прорыв дамбы\n\nДамбу на реке Неруса прорвало во вторник в 4:10 утра после нескольких дней дождей.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    times = [c.summary for c in comparison.conflicts if "2.40" in c.summary or "3:12" in c.summary]
    assert not times, times


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "About 1,300 dockworkers at the port of Tallbrook stopped work on Tuesday."),
        ("en", "Some 1,300 longshoremen stayed away from the quays."),
        ("es", "Unos 1.300 estibadores del puerto de Tallbrook dejaron el trabajo el martes."),
        ("de", "Rund 1300 Hafenarbeiter legten am Dienstag die Arbeit nieder."),
        ("ru", "Около 1300 докеров порта Таллбрук прекратили работу во вторник."),
        ("pl", "Około 1300 dokerów w porcie Tallbrook przerwało we wtorek pracę."),
        ("fr", "Quelque 1 300 dockers du port de Tallbrook ont cessé le travail mardi."),
    ],
)
def test_port_workers_are_workers_in_every_language(language: str, text: str) -> None:
    """A strike's count of port workers is one concept in every language (``data/concepts.toml``), so a stand-out
    nearest pair may set one language's count against another's ("About 4,200" / "Unos 3.800")."""
    facts = article_facts(language, text, published=PUBLISHED)
    counts = [v.concept for c in facts.claims for v in c.values if v.kind == "count"]
    assert counts == ["worker"], counts
