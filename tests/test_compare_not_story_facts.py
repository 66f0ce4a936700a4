"""Lines that are no fact of the story are never "only X reports" (issue 12): the reporting's own step ("did not
immediately respond to a request for comment", "has been contacted for comment"), a site's call to follow it on
social networks, and an outlet's disclaimer that an article's views are not its own. The first is read in the
comparison (``data/not_facts.toml``'s ``[no_answer]``: the sentence is the article's, not the site's); the other
two are page furniture, a class of lines the cleaner's table (``data/furniture.toml``) knows, so the cleaner drops
them from pages and the comparison's furniture check from bodies that reach it with them. Every text here is
invented, in the languages crosswire reads."""

from __future__ import annotations

import pytest

from crosswire.clean.furniture import furniture_reason
from crosswire.compare.records import EventItem, FigureItem, FigureSlot, FigureValue, QuoteItem
from crosswire.compare.singles import no_answer, no_answers, writers_voice
from crosswire.model import Evidence
from test_compare_core import compare_texts


def _ev(text: str, article: str = "a") -> Evidence:
    return Evidence(article=article, text=text, start=0, end=len(text))


# -- the reporting's own step --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A spokeswoman for Delmar Foods didn't immediately return the Courier's request for comment.", "en"),
        ("The harbour office did not immediately respond to a request for comment on Friday.", "en"),
        ("Lawyers for the contractor did not respond to requests for comment.", "en"),
        ("The ministry has been contacted for comment.", "en"),
        ("Representatives of the club could not be reached for comment.", "en"),
        ("The Valley Post has reached out to the mayor's office for comment.", "en"),
        ("Die Reederei reagierte zunächst nicht auf eine Anfrage dieser Zeitung.", "de"),
        ("La préfecture n'a pas répondu aux sollicitations de notre rédaction.", "fr"),
        ("El ayuntamiento no respondió a las solicitudes de comentarios de este periódico.", "es"),
        ("La società non ha risposto alle richieste di commento.", "it"),
        ("A construtora não respondeu aos pedidos de comentário.", "pt"),
        ("Przewoźnik nie odpowiedział na prośbę o komentarz.", "pl"),
        ("В пресс-службе порта не ответили на запрос редакции.", "ru"),
        ("Міністерство не відповіло на запит редакції.", "uk"),
    ],
)
def test_a_non_answer_is_no_fact(sentence: str, lang: str) -> None:
    assert no_answer(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a refusal is a party's act
        ("The club's owner declined to comment on the charges.", "en"),
        # the same verbs about the story's events
        ("The fire brigade did not respond to the first call until Tuesday.", "en"),
        ("The mayor did not answer questions about the 40 missing workers.", "en"),
        # a long sentence carrying a fact besides the non-answer
        (
            "The utility, which cut 300 jobs in March, closed two pumping stations in the valley and now faces a "
            "regulator's fine, did not respond to a request for comment.",
            "en",
        ),
        ("Die Reederei reagierte mit einer Preissenkung auf die Anfrage der Kunden nach günstigeren Fahrten.", "de"),
        ("Компания ответила на запрос регулятора новым планом.", "ru"),
    ],
)
def test_facts_and_refusals_stay(sentence: str, lang: str) -> None:
    assert not no_answer(sentence, lang)


def test_non_answers_are_dropped_from_events_only() -> None:
    text = "The harbour office did not immediately respond to a request for comment."
    figure = FigureItem(
        summary="Jobs cut: 300",
        sources=[1],
        evidence=[_ev("The company, which did not respond to a request for comment, cut 300 jobs.")],
        slot=FigureSlot(counted="jobs cut"),
        values=[FigureValue(text="300", value=300.0)],
    )
    items = [
        EventItem(summary=text, sources=[1], evidence=[_ev(text)]),
        QuoteItem(
            summary=f'Ana Ruiz: "{text}"', sources=[1], evidence=[_ev(f'"{text}" said Ana Ruiz.')], speaker="Ana Ruiz"
        ),
        figure,
        EventItem(summary="The ferry added crossings.", sources=[1], evidence=[_ev("The ferry added crossings.")]),
    ]
    assert no_answers(items, {"a": "en"}) == {0}


def test_a_non_answer_is_never_only_one_outlets_fact(tmp_path) -> None:
    wire = (
        "A storm closed the Harlow river bridge on Monday after damaging two of its supports, the county said. "
        "Engineers will inspect the bridge on Wednesday. "
        "The ferry operator Tomas Reyes said his company had added four evening crossings while the bridge is shut. "
        "The county's transport office did not immediately respond to a request for comment."
    )
    daily = (
        "The county closed the Harlow river bridge on Monday after a storm damaged two supports. "
        "Engineers are to inspect it on Wednesday."
    )
    c = compare_texts(
        tmp_path,
        [("h-wire", "Valley Wire", "2026-12-08", wire), ("h-daily", "County Daily", "2026-12-08", daily)],
    )
    singles = [it.summary for it in c.single_source]
    assert not any("request for comment" in s for s in singles), singles
    # the outlet's own fact stays
    assert any("evening crossings" in s for s in singles), singles


# -- page furniture: following a site, an outlet's disclaimer -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Follow Valley Radio on Instagram, Facebook and YouTube.",
        "Follow Newsdesk Nine on TikTok and Snapchat",
        "Folgen Sie der Hafenredaktion auf Instagram und Facebook.",
        "Suivez la rédaction de Rive Info sur Facebook.",
        "Síguenos en Instagram y Telegram.",
        "Obserwuj nasz portal na Facebooku i na Instagram.",
        "Подписывайтесь на наш канал в Telegram.",
    ],
)
def test_a_call_to_follow_a_site_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "promo"


@pytest.mark.parametrize(
    "line",
    [
        "The views and opinions expressed in the article do not necessarily reflect those of Harbour Radio.",
        "Views expressed by contributors don't necessarily reflect the position of the Valley Post.",
        "Мнение автора может не совпадать с позицией редакции.",
        "Думка автора може не збігатися з позицією редакції.",
        "Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.",
        "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
        "Las opiniones expresadas en este artículo no reflejan necesariamente la línea editorial del diario.",
        "Le opinioni espresse in questo articolo non riflettono necessariamente quelle della redazione.",
        "As opiniões expressas neste texto não refletem necessariamente as do jornal.",
        "Opinie wyrażone w artykule nie muszą odzwierciedlać stanowiska redakcji.",
    ],
)
def test_an_outlets_disclaimer_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "disclaimer"


@pytest.mark.parametrize(
    "line",
    [
        "Police followed the suspect on foot to the harbour station.",
        "Fans follow the band on Instagram, where it posted the video on Monday.",
        "The minister said the views expressed by the union reflect a misunderstanding of the plan.",
        "Follow the money, the auditor told the committee.",
        "Мнение экспертов разделилось после аварии на мосту.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


# -- the writer's own voice ------------------------------------------------------------------------------------


class _Claims:
    """A stand-in for the story's claim alignment: each item's units, with the speaker the parse gave them."""

    def __init__(self, speakers: dict[str, str | None]) -> None:
        self.speakers = speakers

    def units_of(self, item):
        from types import SimpleNamespace

        return [SimpleNamespace(speaker=self.speakers.get(ev.text)) for ev in item.evidence]


@pytest.mark.parametrize(
    ("sentence", "lang", "speaker", "dropped"),
    [
        ("It was the only time that I have ever seen a keeper save three penalties in one final.", "en", None, True),
        ("and I'm sure that the old champion needs the money.", "en", None, True),
        ("Ich halte die Entscheidung des Schiedsrichters für einen Fehler.", "de", None, True),
        ("J'ai rarement vu une finale aussi déséquilibrée.", "fr", None, True),
        ("Я давно не видел такого спокойного вратаря.", "ru", None, True),
        ("Nunca he visto a un portero tan tranquilo, y mi impresión es que el club lo sabe.", "es", None, True),
        # the outlet reporting, a named speaker's words, no first person
        ("Police told us the man was armed.", "en", None, False),
        ("The coach told me the team would appeal the fine.", "en", "person:Ana Ruiz", False),
        ("The US and France sent observers to the final.", "en", None, False),
        ("Die Polizei nahm nach dem Spiel zwei Männer fest.", "de", None, False),
    ],
)
def test_the_writers_voice_is_no_fact(sentence: str, lang: str, speaker: str | None, dropped: bool) -> None:
    items = [EventItem(summary=sentence, sources=[1], evidence=[_ev(sentence)])]
    assert writers_voice(items, _Claims({sentence: speaker}), {"a": lang}) == ({0} if dropped else set())


def test_a_quote_in_the_first_person_is_the_speakers_words() -> None:
    text = '"I have never seen a keeper so calm," said coach Ana Ruiz.'
    items = [
        QuoteItem(summary="Ana Ruiz: ...", sources=[1], evidence=[_ev(text)], speaker="Ana Ruiz"),
        EventItem(summary=text, sources=[1], evidence=[_ev(text)]),
    ]
    assert writers_voice(items, _Claims({}), {"a": "en"}) == set()


def test_a_commentators_opinion_is_never_only_one_outlets_fact(tmp_path) -> None:
    wire = (
        "Harbour City beat Northvale 3-1 in the regional cup final in Selmar on Saturday. "
        "Northvale's goalkeeper Piet Dorn was sent off in the second half. "
        "The club's owner Milan Broek has promised to renovate the Selmar stadium before the next season."
    )
    column = (
        "Harbour City won the regional cup final against Northvale 3-1 on Saturday in Selmar. "
        "Northvale's keeper Piet Dorn was shown a red card after the break. "
        "Honestly, I have rarely watched a final in which one side looked so tired after an hour."
    )
    c = compare_texts(
        tmp_path,
        [("cup-wire", "Valley Wire", "2026-12-08", wire), ("cup-column", "Selmar Sport", "2026-12-08", column)],
    )
    singles = [it.summary for it in c.single_source]
    assert not any("I have rarely watched" in s for s in singles), singles
    assert any("I have rarely watched" in it.summary for it in c.unmatched), [it.summary for it in c.unmatched]
