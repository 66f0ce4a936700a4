"""A wire agency's name after a dash that closes a paragraph signs the story as a bracketed tag does (class 5 of
the eleventh pass, crosswire.clean.credits.trailing_agency): "... bis Mittwoch. — AFP", "... – EFE", "... —
ТАСС" left the paragraph without a sentence's end, so the text cleaner dropped the whole paragraph as a short
non-sentence line and the article credited no agency (its sentences lost, its copy not tied to the agency's other
copies). The tag is now a credit, the agency the article's, the paragraph kept. Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.credits import trailing_agency
from crosswire.model import RawDocument

LEAD = {
    "de": "Die Fähre nach Lindavik fährt seit Montag wieder nach Fahrplan, teilte der Hafen mit.",
    "en": "The ferry to Lindavik has run to its timetable again since Monday, the port said on Tuesday.",
    "es": "El transbordador a Lindavik vuelve a circular según el horario desde el lunes, informó el puerto.",
    "pl": "Prom do Lindavik od poniedziałku znów kursuje zgodnie z rozkładem, poinformował port.",
    "ru": "Паром до Линдавика с понедельника снова ходит по расписанию, сообщили в порту.",
}
LAST = {
    "de": "Die Reederei rechnet mit weiteren Verspätungen bis Mittwoch.",
    "en": "The operator expects further delays until Wednesday.",
    "es": "La naviera prevé más retrasos hasta el miércoles.",
    "pl": "Armator spodziewa się dalszych opóźnień do środy.",
    "ru": "Перевозчик ожидает задержек до среды.",
}


def _clean(text: str):
    return clean_document(RawDocument(source="story.txt", kind="text", content=text, content_type="text"))


@pytest.mark.parametrize(
    ("lang", "tag", "agency"),
    [
        ("de", " — AFP", "AFP"),
        ("en", " - Reuters", "Reuters"),
        ("es", " – EFE", "EFE"),
        ("pl", " —PAP", "PAP"),
        ("ru", " — ТАСС", "TASS"),
        ("en", " — Agence France-Presse", "AFP"),
        ("de", " — AFP, Reuters", "AFP"),
    ],
)
def test_a_dashed_agency_closing_the_story_is_its_credit_and_the_paragraph_stays(lang, tag, agency):
    article = _clean(f"Lindavik\n\n{LEAD[lang]}\n\n{LAST[lang]}{tag}")
    assert article.agency == agency
    assert article.body.rstrip().endswith(LAST[lang]), article.body
    assert tag.strip(" ") not in article.body


@pytest.mark.parametrize(("tag", "agency"), [(" — AFP", "AFP"), (" – EFE", "EFE")])
def test_a_dashed_agency_closing_an_inner_paragraph_is_the_articles_credit(tag, agency):
    article = _clean(f"Lindavik\n\n{LEAD['en']}{tag}\n\n{LAST['en']}")
    assert article.agency == agency
    assert LEAD["en"] in article.body and tag.strip() not in article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        "Talks with the buyer are still going on – Reuters",  # no sentence's end before the dash
        "The minister said so in an interview. — afp",  # not as the agency writes its name
        "The port told Reuters the channel would reopen.",  # the agency named in the sentence
        "The ferry runs again. — Meridale",  # no listed agency
    ],
)
def test_no_dashed_signature_is_read_in_a_near_miss(paragraph):
    assert trailing_agency(paragraph) is None
    assert trailing_agency(paragraph, after_sentence=False) is None
