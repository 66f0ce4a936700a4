"""Sentence ends after abbreviations and quotations a dash opens, outside English, by class (a new user's
Polish factory story had "od 1987 r. Zakład ma dwie linie montażowe." read as one sentence, and two dash-opened
quotations glued to the sentence before and never read as quotations). Invented text, several languages:

- a point after a year mark right after a year ends a sentence before a sentence's first word (pl "r.", ru
  "г.", uk "р."), not after a sentence start that is only a date ("W 2020 r. Sejm przyjął ustawę");
- a point after an end abbreviation ("itd.", "usw.", "av. J.-C.") ends one before a capitalised function word;
- a point after an inner abbreviation ("ul.", "np.", "m.in.", "Nr.", "bzw.", "Sr.", "núm.", "вул.", "г.")
  ends none, nor one after a scale word before a noun ("94 tys. samochodów", "4,5 Mio. Euro");
- a sentence ends before a quotation a dash opens, and that quotation is read with its speaker (pl, uk, ru).
"""

from __future__ import annotations

import pytest

from crosswire.facts.languages import front_end
from crosswire.facts.records import ArticleFacts
from invented import article_facts


def _sentences(language: str, text: str) -> list[str]:
    analysis = front_end(language).analyse(text, language)
    return [text[s.start : s.end] for s in analysis.sentences]


SPLIT = [
    ("pl", "Huta działa od 1962 r. Zakład zatrudnia dziś 800 osób.", 2),
    ("pl", "Kopalnię zamknięto w 2019 r. Teraz teren czeka na inwestora.", 2),
    ("pl", "Most otwarto 3 maja 1999 r. Jego budowa trwała pięć lat.", 2),
    ("pl", "Sprzedano meble, lampy itd. Potem sklep zamknięto.", 2),
    ("uk", "Фабрика працює з 1974 р. Тепер там три цехи.", 2),
    ("ru", "Комбинат работает с 1962 г. Сейчас там два цеха.", 2),
    ("de", "Verkauft wurden Tische, Stühle usw. Danach schloss der Laden.", 2),
    ("fr", "La cité fut fondée vers 40 av. J.-C. Les légions y campèrent longtemps.", 2),
    ("pl", "W 2020 r. Sejm przyjął nową ustawę o lasach.", 1),
    ("pl", "Od 1 stycznia 2024 r. Urząd wydaje nowe karty.", 1),
    ("pl", "Biuro mieści się przy ul. Lipowej 5 w centrum.", 1),
    ("pl", "Do miast, np. Gdańska, dotarła burza.", 1),
    ("pl", "Na wiecu byli m.in. Nowak i Kowal.", 1),
    ("pl", "W hali stoi 94 tys. samochodów czekających na klientów.", 1),
    ("de", "Das Haus Nr. 12 brannte in der Nacht ab.", 1),
    ("de", "Sie zog nach Kassel bzw. Göttingen um.", 1),
    ("de", "Gesammelt wurden 4,5 Mio. Euro für die Schule.", 1),
    ("es", "El Sr. Robles habló ayer con la prensa.", 1),
    ("es", "La tienda está en la calle núm. 5 de Teruel.", 1),
    ("uk", "Офіс стоїть на вул. Садовій у центрі.", 1),
    ("ru", "Он живёт в г. Тверь уже десять лет.", 1),
]


@pytest.mark.parametrize(("language", "text", "count"), SPLIT)
def test_points_after_abbreviations(language: str, text: str, count: int) -> None:
    assert len(_sentences(language, text)) == count, _sentences(language, text)


DASHED = [
    (
        "pl",
        "Związek zapowiedział pikietę na piątek. – To jest dla nas koniec – powiedział szef związku Jan Borek.",
        "To jest dla nas koniec",
        "Jan Borek",
    ),
    (
        "pl",
        "Rada obradowała do nocy. – Nie oddamy szpitala – oświadczyła radna Ewa Lis.",
        "Nie oddamy szpitala",
        "Ewa Lis",
    ),
    (
        "uk",
        "Страйк почнеться в понеділок. – Ми не маємо вибору – сказав голова профспілки Іван Бойко.",
        "Ми не маємо вибору",
        "Іван Бойко",
    ),
    (
        "ru",
        "Митинг назначен на субботу. – Это тяжёлый удар, – сказал председатель профсоюза Пётр Громов.",
        "Это тяжёлый удар",
        "Пётр Громов",
    ),
]


def _facts(language: str, *paragraphs: str) -> ArticleFacts:
    return article_facts(language, *paragraphs, published="2026-03-14")


@pytest.mark.parametrize(("language", "paragraph", "words", "speaker"), DASHED)
def test_dash_opened_quotations(language: str, paragraph: str, words: str, speaker: str) -> None:
    sents = _sentences(language, paragraph)
    assert len(sents) == 2 and sents[1].lstrip("–— ").startswith(words.split()[0]), sents
    facts = _facts(language, paragraph)
    found = [q for q in facts.quotes if q.kind == "direct" and q.text.startswith(words)]
    assert len(found) == 1, [(q.kind, q.text, q.speaker_name) for q in facts.quotes]
    assert found[0].text.rstrip(",") == words
    assert found[0].speaker_name is not None and speaker.split()[-1][:4] in found[0].speaker_name


def test_a_dash_aside_is_no_quotation() -> None:
    facts = _facts("pl", "Fabryka – jedyna w regionie – zatrudnia 800 osób.")
    assert not [q for q in facts.quotes if q.kind == "direct"]


def test_calling_verb_gives_a_low_mark_quotation_its_speaker() -> None:
    facts = _facts("pl", "Minister zdrowia Anna Borek nazwała decyzję „bolesnym ciosem dla szpitali”.")
    found = [q for q in facts.quotes if "bolesnym" in q.text]
    assert found and found[0].speaker_name is not None and "Borek" in found[0].speaker_name


GENITIVE_OWNERS = [
    ("pl", "Minister gospodarki Valdenii Lena Hallberg nazwała decyzję „ciężkim ciosem dla regionu”.", "Lena Hallberg"),
    ("pl", "Premier Estwarii Marta Nowicka powiedziała, że rząd pomoże zwolnionym.", "Marta Nowicka"),
    ("uk", "Міністр економіки Естварії Марина Коваль сказала, що уряд допоможе.", "Марина Коваль"),
    ("de", "Die Wirtschaftsministerin Valdeniens Lena Hallberg sagte, die Regierung werde helfen.", "Lena Hallberg"),
]


@pytest.mark.parametrize(("language", "paragraph", "person"), GENITIVE_OWNERS)
def test_a_genitive_owner_is_no_part_of_a_persons_name(language: str, paragraph: str, person: str) -> None:
    facts = _facts(language, paragraph)
    people = [e.name for e in facts.entities if e.type == "person"]
    assert person in people, people
    assert not any(p.endswith(person) and p != person for p in people), people


def test_a_double_first_name_stays_whole() -> None:
    facts = _facts("pl", "Anna Maria Wesołowska powiedziała, że sąd zbada sprawę.")
    assert "Anna Maria Wesołowska" in [e.name for e in facts.entities if e.type == "person"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "KORVA (Estaria), 13 de octubre. – La cervecera Orvel cerrará su planta de Korva."),
        ("pl", "KORVA, 13 października. – Browar Orvel zamknie zakład w Korvie."),
    ],
)
def test_a_dash_closing_a_dateline_opens_no_sentence(language: str, text: str) -> None:
    assert len(_sentences(language, text)) == 1, _sentences(language, text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "«Они правда нас отпустят?» — спросила жительница Дорвана."),
        ("ru", "«Мы не отступим!» — заявил мэр Карска Олег Линде."),
        ("uk", "«Це справді кінець?» — запитала мешканка Дорвана."),
        ("pl", "„Czy to już koniec?” – zapytała mieszkanka Dorvanu."),
    ],
)
def test_a_dash_before_a_lower_case_attribution_after_a_quote_opens_no_sentence(language: str, text: str) -> None:
    # the attribution after a quote's "?" or "!" belongs to its sentence; only a capitalised word opens a quotation
    assert len(_sentences(language, text)) == 1, _sentences(language, text)
