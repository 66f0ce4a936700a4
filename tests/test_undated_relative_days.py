"""An article that states no publication date resolves no relative day ("yesterday", "gestern", "hier", "ayer",
"вчера") to a calendar day.

Why it happened: a page without a date line was given the latest full date printed in its body as its
publication date (:func:`crosswire.clean.published.infer_published`), and a date inside a sentence of the story
is an event's: "Page was born on April 22, 1923, in Nashville" dated six undated ECB+ obituaries 1923-04-22, so
their "died late yesterday" became 21 April 1923 and their "Thursday" a Thursday of April 1923; a short first
paragraph with a written date ("Marta Nowak, geboren am 22. April 1923, ist gestorben.") did the same in other
languages. Now only date lines count (:func:`crosswire.clean.published.event_sentence`). The texts are invented
(a retired actress, Marta Nowak, who died in the invented town of Lindavik)."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.published import event_sentence, infer_published
from crosswire.facts.stage import extract_facts
from crosswire.model import RawDocument

UNDATED = {  # language: (page text, the relative day word in it)
    "en": (
        "Marta Nowak, the actress who starred in the Lindavik harbour films, has died. She was 88.\n\n"
        "Nowak died late yesterday at a hospital in Lindavik after a short illness, her agent said.\n\n"
        "She was born Marta Anna Nowak in Kestra on April 22, 1937, the youngest of five children.\n\n"
        "Her last film, The Pier at Dusk, was shown at the town's festival in the spring.",
        "yesterday",
    ),
    "de": (
        "Marta Nowak, geboren am 22. April 1937, ist gestorben.\n\n"
        "Die Schauspielerin starb gestern nach kurzer Krankheit in einem Krankenhaus in Lindavik, wie ihr "
        "Agent mitteilte.\n\n"
        "Bekannt wurde sie mit den Hafenfilmen von Lindavik. Ihr letzter Film lief im Frühjahr beim Festival "
        "der Stadt.",
        "gestern",
    ),
    "fr": (
        "Marta Nowak, née le 22 avril 1937, est morte.\n\n"
        "L'actrice est morte hier dans un hôpital de Lindavik après une courte maladie, a annoncé son agent.\n\n"
        "Elle était connue pour les films du port de Lindavik. Son dernier film a été présenté au festival de "
        "la ville au printemps.",
        "hier",
    ),
    "es": (
        "Marta Nowak, nacida el 22 de abril de 1937, ha muerto.\n\n"
        "La actriz murió ayer en un hospital de Lindavik tras una breve enfermedad, informó su agente.\n\n"
        "Era conocida por las películas del puerto de Lindavik. Su última película se proyectó en primavera en "
        "el festival de la ciudad.",
        "ayer",
    ),
    "ru": (
        "Марта Новак, родившаяся 22 апреля 1937 года, скончалась.\n\n"
        "Актриса умерла вчера в больнице Линдавика после непродолжительной болезни, сообщил её агент.\n\n"
        "Она была известна по фильмам о порте Линдавика. Её последний фильм показали весной на фестивале в "
        "городе.",
        "вчера",
    ),
}


def _clean(text: str, language: str):
    return clean_document(
        RawDocument(source="nowak.txt", kind="article", content=text, content_type="text", language=language)
    )


@pytest.mark.parametrize("language", sorted(UNDATED))
def test_an_undated_article_keeps_no_date_from_an_event_in_its_text(language: str) -> None:
    text, _ = UNDATED[language]
    assert _clean(text, language).published is None  # 1937-04-22 before: the day of her birth


@pytest.mark.parametrize("language", sorted(UNDATED))
def test_an_undated_articles_relative_day_has_no_calendar_day(language: str) -> None:
    text, word = UNDATED[language]
    article = _clean(text, language)
    facts = extract_facts([article])[0]
    assert word in article.body.lower()
    # the word has no day (1937-04-21 before: the day before her birth); the birth date is the only day read
    assert all(d.value is None for d in facts.dates if d.text.lower() == word)
    assert [d.value for d in facts.dates if d.value] == ["1937-04-22"]


@pytest.mark.parametrize(
    "line",
    [
        "Page was born on April 22, 1923, in Nashville, Tenn.",
        "Reid checked herself in on Tuesday, December 9, 2008.",
        "On February 29, 2012, AMD announced a definitive agreement to buy the maker.",
        "The report, published on March 3, 2019, found flaws in the dam.",
        "Marta Nowak, geboren am 22. April 1937, ist gestorben.",
        "Марта Новак, родившаяся 22 апреля 1937 года, скончалась.",
    ],
)
def test_a_sentence_with_a_date_is_an_events(line: str) -> None:
    assert event_sentence(line)
    assert infer_published([line, "The town mourned."], [], language="en") is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET", "2005-11-27"),
        ("May 2, 2013 1:35 pm.", "2013-05-02"),
        ("October 12, 2018 / 0 Comments / in Harbour News / by admin", "2018-10-12"),
        ("on Tuesday, 16 December 2008 13:45.", "2008-12-16"),
        ("A video of the rescue was released on Monday. (Published Monday, Nov. 18, 2019)", "2019-11-18"),
        ("By Harbour Staff | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM", "2019-11-18"),
        ("June 06, 2013", "2013-06-06"),
    ],
)
def test_a_date_line_in_the_body_still_dates_the_page(line: str, day: str) -> None:
    assert not event_sentence(line)
    assert infer_published(["A storm closed the harbour.", line], []) == day


def test_a_caption_still_dates_the_page() -> None:
    # a photo caption's day is the page's more often than not (AP captions); only body sentences changed
    assert infer_published(["Page was born on April 22, 1923."], ["Mourners in Lindavik, Friday, Dec. 12, 2008."]) == (
        "2008-12-12"
    )
