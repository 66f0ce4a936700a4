"""Publication dates written with the year's word or abbreviation after them: Polish "19 listopada 2025 r."
(roku), "roku", Russian "г." (года), "года", Ukrainian "р." (року), "року", Belarusian "г.", read from a stamp
line above the text, from a dateline opening the body, and from an HTML page's header.

A new user's mine story gave no date for these: the stop of the abbreviation made the stamp line look like a
sentence, and a written-out date in an opening dateline was not read.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.model import RawDocument

BODY = {
    "pl": "Woda zalała kopalnię węgla Brenna w Varnii w środę wieczorem. Pięciu górników trafiło do szpitala, "
    "podała spółka. Akcja ratunkowa trwała całą noc i zakończyła się rano.",
    "ru": "Вода затопила угольную шахту Бренна в Варнии в среду вечером. Пятеро шахтёров госпитализированы, "
    "сообщила компания. Спасательная операция шла всю ночь и завершилась утром.",
    "uk": "Вода затопила вугільну шахту Бренна у Варнії в середу ввечері. П'ятеро шахтарів госпіталізовано, "
    "повідомила компанія. Рятувальна операція тривала всю ніч і завершилася вранці.",
    "be": "Вада затапіла вугальную шахту Брэна ў Варніі ў сераду ўвечары. Пяцёра шахцёраў шпіталізаваныя, "
    "паведаміла кампанія. Выратавальная аперацыя ішла ўсю ноч і скончылася раніцай.",
}
STAMPS = [
    ("pl", "19 listopada 2025 r."),
    ("pl", "19 listopada 2025 roku"),
    ("pl", "Kraków, 19 listopada 2025 r."),
    ("ru", "19 ноября 2025 г."),
    ("ru", "Москва, 19 ноября 2025 года"),
    ("uk", "19 листопада 2025 р."),
    ("uk", "Київ, 19 листопада 2025 року"),
    ("be", "19 лістапада 2025 г."),
]


def _clean(language: str, text: str, html: bool = False):
    return clean_document(
        RawDocument(
            source=f"{language}.{'html' if html else 'txt'}",
            kind="html" if html else "text",
            content=text,
            content_type="html" if html else "text",
        )
    )


@pytest.mark.parametrize(("language", "stamp"), STAMPS)
def test_a_stamp_line_with_the_years_word_dates_the_article(language: str, stamp: str) -> None:
    article = _clean(language, f"Powódź w kopalni Brenna\n\n{stamp}\n\n{BODY[language]}\n")
    assert article.published == "2025-11-19"


@pytest.mark.parametrize(("language", "stamp"), STAMPS)
def test_an_opening_dateline_with_the_years_word_dates_the_article(language: str, stamp: str) -> None:
    article = _clean(language, f"Powódź w kopalni Brenna\n\n{stamp} — {BODY[language]}\n")
    assert article.published == "2025-11-19"


@pytest.mark.parametrize(("language", "stamp"), STAMPS)
def test_an_html_header_with_the_years_word_dates_the_page(language: str, stamp: str) -> None:
    page = (
        "<html><head><title>Brenna</title></head><body><article><h1>Powódź w kopalni Brenna</h1>"
        f'<p class="date">{stamp}</p>'
        + "".join(f"<p>{s}.</p>" for s in BODY[language].split(". "))
        + "</article></body></html>"
    )
    assert _clean(language, page, html=True).published == "2025-11-19"


def test_a_date_later_in_the_body_is_an_events_not_the_pages() -> None:
    body = (
        "Kopalnia Brenna została zalana w środę. Poprzednia powódź zdarzyła się 12 marca 1998 r. w tym samym chodniku."
    )
    assert _clean("pl", f"Powódź w kopalni Brenna\n\n{body} — {BODY['pl']}\n").published is None
