"""Who said it when the said-verb's subject is a body, a trade noun or a description (a new user's airline
grounding gave the engine maker's statement to the airline's chief executive and to the pilot, and "the airline
said" to the flight's destination town). Invented outlets, bodies, people and towns; classes:

- a subject with a named body in apposition ("The engine maker, Brightwell Motors, said") is that body's;
- a trade noun ("the airline", "the carrier") stands for a body described by that trade or by none, never for one
  the article described by another trade ("the engine maker Brightwell Motors"), nor for a town the model typed an
  organisation ("the flight from Lowmere");
- a person's name followed by ", said the airline ..." is no company ("Its chief executive, Ronan Feld, said the
  airline expected ...");
- outside English, a pronoun after "que" / "dass" / "che" is the reported clause's own subject, not the speaker,
  and a body named before the speech verb ("Le motoriste Brightwell Motors a indiqué que ...") is the speaker;
- kept: a person named as the subject, and a pronoun subject resolving to the person named before.
"""

from __future__ import annotations

import pytest

from crosswire.facts.records import ArticleFacts, Quote
from invented import article_facts

FLEET = "Halvard Airways grounded its fleet of 14 jets on Monday after an engine fault on Flight 22 from Lowmere."
CEO = "Its chief executive, Ronan Feld, said the airline expected to lose two million crowns a day."


def _facts(language: str, *paragraphs: str) -> ArticleFacts:
    return article_facts(language, *paragraphs, published="2026-03-14")


def _reported(facts: ArticleFacts, words: str) -> Quote:
    found = [q for q in facts.quotes if words in q.text]
    assert found, [(q.kind, q.text, q.speaker_name) for q in facts.quotes]
    return found[0]


# (language, paragraphs, words of the statement, its speaker's name or None)
CASES = [
    # an organisation in apposition to the subject
    (
        "en",
        (FLEET, CEO, "The engine maker, Brightwell Motors, said it was sending nine technicians to Dorrick."),
        "sending nine technicians",
        "Brightwell Motors",
    ),
    (
        "en",
        (FLEET, CEO, "The lessor, Corrant Leasing, said it would not reclaim any of the jets this winter."),
        "would not reclaim",
        "Corrant Leasing",
    ),
    # a trade noun never stands for a body of another trade, nor for a town
    (
        "en",
        (
            FLEET,
            "The engine maker Brightwell Motors sent technicians.",
            "Three passengers were treated for bruises, the airline said.",
        ),
        "treated for bruises",
        "Halvard Airways",
    ),
    (
        "en",
        (
            FLEET,
            CEO,
            "Brightwell Motors, the engine maker, sent nine technicians.",
            "All 140 flights of Tuesday were cancelled, the carrier said.",
        ),
        "flights of Tuesday were cancelled",
        "Halvard Airways",
    ),
    # nor for a public body named after the airline
    (
        "en",
        (
            "Dorrick's aviation regulator grounded all 14 jets operated by Halvard Airways on Monday.",
            "The Civil Aviation Office of Dorrick (CAOD) issued the order at noon, its director, Ada Holm, said.",
            "Flight 22, bound for Lowmere, lost an engine on Sunday.",
            "Three passengers were treated for bruises, the airline said.",
        ),
        "treated for bruises",
        "Halvard Airways",
    ),
    (
        "fr",
        (
            "L'autorité de l'aviation civile a interdit de vol lundi les 14 avions de Halvard Airways.",
            "L'Office fédéral de l'aviation civile a publié l'ordre à midi.",
            "Trois passagers ont été soignés, a précisé la compagnie.",
        ),
        "Trois passagers",
        "Halvard Airways",
    ),
    # a person named as the subject, and a pronoun, stay theirs
    ("en", (FLEET, CEO, "Feld said he was sorry for the delays."), "he was sorry", "Ronan Feld"),
    (
        "en",
        (FLEET, "The pilot, Ada Holm, landed safely.", "She said she had followed the checklist."),
        "followed the checklist",
        "Ada Holm",
    ),
    # outside English: a pronoun after "que" is no speaker; the body named before the verb is
    (
        "fr",
        (
            "La compagnie Halvard Airways a cloué au sol ses 14 avions lundi. La pilote, Ada Holm, a posé l'avion.",
            "Le motoriste Brightwell Motors a indiqué qu'il envoyait neuf techniciens à Dorrick.",
        ),
        "envoyait neuf techniciens",
        "Brightwell Motors",
    ),
    (
        "es",
        (
            "Halvard Airways dejó en tierra sus 14 aviones el lunes. La piloto, Ada Holm, aterrizó sin problemas.",
            "El fabricante de motores Brightwell Motors dijo que enviaba nueve técnicos a Dorrick.",
        ),
        "enviaba nueve técnicos",
        "Brightwell Motors",
    ),
    (
        "it",
        (
            "Halvard Airways ha lasciato a terra i suoi 14 aerei lunedì. La pilota, Ada Holm, è atterrata.",
            "Il produttore di motori Brightwell Motors ha detto che invierà nove tecnici a Dorrick.",
        ),
        "invierà nove tecnici",
        "Brightwell Motors",
    ),
    (
        "fr",
        (
            "La pilote, Ada Holm, a posé l'avion sans dommage lundi.",
            "Le directeur général Ronan Feld a déclaré qu'il regrettait la situation.",
        ),
        "regrettait la situation",
        "Ronan Feld",
    ),
    (
        "de",
        ("Die Pilotin Ada Holm landete am Montag sicher in Dorrick.", "Ronan Feld sagte, dass er die Lage bedauere."),
        "die Lage bedauere",
        "Ronan Feld",
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "words", "speaker"), CASES)
def test_speaker_of_a_body_subject(language: str, paragraphs: tuple[str, ...], words: str, speaker: str) -> None:
    q = _reported(_facts(language, *paragraphs), words)
    assert q.speaker_name == speaker


# (language, paragraphs, words of the statement, names it must never be given to)
NEVER = [
    (
        "fr",
        (
            "La pilote, Ada Holm, a posé l'avion sans dommage lundi.",
            "Le ministère a déclaré qu'il ouvrirait une enquête dès mardi.",
        ),
        "ouvrirait une enquête",
        "Ada Holm",
    ),
    (
        "es",
        (
            "La piloto, Ada Holm, aterrizó sin problemas el lunes.",
            "El ministerio dijo que él abriría una investigación el martes.",
        ),
        "abriría una investigación",
        "Ada Holm",
    ),
    (
        "en",
        ("Flight 22 from Lowmere landed safely on Monday.", "Two passengers were hurt, the airline said."),
        "passengers were hurt",
        "Lowmere",
    ),
    (
        "de",
        (
            "Der Flug 22 nach Lowmere landete am Montag sicher.",
            "Die Fluggesellschaft sagte, dass zwei Fluggäste verletzt worden seien.",
        ),
        "verletzt worden",
        "Lowmere",
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "words", "wrong"), NEVER)
def test_never_a_person_carried_over_nor_a_town(
    language: str, paragraphs: tuple[str, ...], words: str, wrong: str
) -> None:
    q = _reported(_facts(language, *paragraphs), words)
    assert q.speaker_name != wrong


def test_a_name_before_said_is_no_company() -> None:
    from crosswire.facts.company_speakers import kinds

    text = "Its chief executive, Ronan Feld, said the airline expected to lose money."
    at = text.index("Ronan Feld")
    assert kinds([(0, text)], [(at, at + len("Ronan Feld"), "e1")], "en") == {}
    text2 = "Brightwell Motors, the engine maker, sent technicians."
    assert kinds([(0, text2)], [(0, len("Brightwell Motors"), "e2")], "en") == {"e2": "company"}


def test_a_town_after_a_preposition_and_article_is_no_company_speaker() -> None:
    from crosswire.facts.company_speakers import place_like

    text = (
        "Crews worked in the Harrow Hills overnight, then in the northern Harrow Hills. Flights to Lowmere resumed, "
        "according to Halvard Airways. Flights to the carrier Halvard Airways were full."
    )
    spans = [
        (text.index("Harrow Hills"), text.index("Harrow Hills") + 12, "e1"),
        (text.index("Lowmere"), text.index("Lowmere") + 7, "e2"),
        (text.index("Halvard"), text.index("Halvard") + 15, "e3"),
        (text.rindex("Harrow Hills"), text.rindex("Harrow Hills") + 12, "e1"),
        (text.rindex("Halvard"), text.rindex("Halvard") + 15, "e3"),
    ]
    assert place_like([(0, text)], spans, "en") == {"e1", "e2"}
