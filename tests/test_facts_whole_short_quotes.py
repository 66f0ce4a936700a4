"""Quotes and their speakers where a new user's wildfire trial went wrong: a short quotation that is a whole
statement («...», — заявил; „...” – powiedział) is direct, not partial; a group's statement ("Полиция
сообщила, что ...") names the group; a sentence opening with the speech verb in a language that drops a known
subject ("Dodał jednak, że ...") is the person named just before; an English quote keeps no trailing comma.
Invented text about a flood in Brakvell."""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-03-06"


def _quotes(language: str, text: str) -> list[tuple[str, str | None, str]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(q.kind, q.speaker_name, q.text) for q in facts.quotes]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "words"),
    [
        ("ru", "«Вода уже уходит», — заявил журналистам мэр Браквелла Олег Фелин.", "Олег Фелин", "Вода уже уходит"),
        ("pl", "„Woda już opada” – powiedział dziennikarzom burmistrz Jan Fel.", "Jan Fel", "Woda już opada"),
        ("uk", "«Вода вже спадає», — заявив журналістам мер Олег Фелін.", "Олег Фелін", "Вода вже спадає"),
    ],
)
def test_a_short_whole_statement_is_a_direct_quote(language: str, text: str, speaker: str, words: str) -> None:
    assert ("direct", speaker, words) in _quotes(language, text)


def test_a_quoted_word_inside_a_sentence_stays_partial() -> None:
    text = "Мэр Браквелла Олег Фелин назвал эвакуацию «вынужденной мерой» и пообещал помощь."
    assert [k for k, _s, _t in _quotes("ru", text)] in ([], ["partial"])


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Полиция сообщила, что дамбу прорвало ночью у деревни Олтен.", "Полиция"),
        ("pl", "Policja poinformowała, że wał przerwał się w nocy pod wsią Olten.", "Policja"),
        (
            "pl",
            "Komendant główny Państwowej Straży Pożarnej podkreślił, że zespół może działać przez tydzień.",
            "Komendant główny Państwowej Straży Pożarnej",
        ),
    ],
)
def test_a_groups_statement_names_the_group(language: str, text: str, speaker: str) -> None:
    assert [(k, s) for k, s, _t in _quotes(language, text)] == [("reported", speaker)]


def test_a_time_before_the_group_is_no_part_of_its_name() -> None:
    text = "W niedzielę policja poinformowała, że zatrzymano mężczyznę."
    assert all(s is None or not s.startswith("W ") for _k, s, _t in _quotes("pl", text))


def test_a_sentence_opening_with_the_verb_goes_on_with_the_last_speaker() -> None:
    text = "„Woda już opada” – powiedział dziennikarzom burmistrz Jan Fel. Dodał jednak, że szkoły pozostaną zamknięte."
    found = _quotes("pl", text)
    assert ("reported", "Jan Fel", "szkoły pozostaną zamknięte") in found


def test_an_english_quote_keeps_no_trailing_comma() -> None:
    text = '"The flood is behind us," Ona Fell, the mayor, told reporters on Sunday. "But nobody should go home yet."'
    texts = [t for _k, _s, t in _quotes("en", text)]
    assert "The flood is behind us" in texts
    assert not any(t.endswith(",") for t in texts)


def test_a_reported_lead_holds_no_dateline() -> None:
    from crosswire.clean import clean_document
    from crosswire.facts import extract_facts
    from crosswire.model import RawDocument

    text = (
        "BRAKVELL, Valdoria (Valley Wire) - Water flooded the Brakvell tin mine on Thursday, trapping eleven "
        "miners, officials in the province said."
    )
    article = clean_document(RawDocument(source="x.txt", kind="article", content=text, content_type="text"))
    quotes = extract_facts([article])[0].quotes
    assert [q.text for q in quotes] == ["Water flooded the Brakvell tin mine on Thursday, trapping eleven miners"]
    assert article.body[quotes[0].start : quotes[0].end] == quotes[0].text
