"""Quotations and their speakers outside English, by class (a new user's coach-crash coverage lost its Polish,
French and Spanish quotes' speakers, gave a Russian quote to a wrongly inflected "Стефаны Димы" and a Spanish
statement to "Desarrollo Regional", a cut "Ministerio de Desarrollo Regional"). Invented outlets, people and
events; several languages per class:

- a quotation opened by „ and closed by the keyboard's straight quote ("„...".") is a quotation (pl, de, ru);
- a quotation introduced by a colon is given to the person named before the colon, with or without a listed
  speech verb (pl, es, it);
- where the language drops a known subject ("«...», declaró.", "— заявил журналистам"), the person named
  last before it in the paragraph speaks (es, it, pt, pl, ru); not when a word after or before the verb may
  be its subject, not from the paragraph before, and never in French or German, which do not drop it;
- a French inverted pronoun ("a-t-il déclaré", "dit-elle") is the person named before;
- a Russian name keeps its surname's form in the nominative ("Богдан Ковачев", not "Богданы Ковачи");
- an organisation's name runs across its lower-case joiners ("Ministerio de Obras Públicas") and is no person.
"""

from __future__ import annotations

import pytest

from crosswire.facts.languages.russian_names import normal_form
from crosswire.facts.records import ArticleFacts, Quote
from invented import article_facts


def _facts(language: str, *paragraphs: str) -> ArticleFacts:
    return article_facts(language, *paragraphs, published="2026-03-14")


def _quote(facts: ArticleFacts, words: str) -> Quote:
    found = [q for q in facts.quotes if words in q.text and q.kind != "reported"]
    assert len(found) == 1, [(q.kind, q.text, q.speaker_name) for q in facts.quotes]
    return found[0]


# (the class, the language, the paragraph, words of the quotation, its speaker)
SPOKEN = [
    # a quotation opened by a low mark and closed by the keyboard's straight quote is a quotation
    (
        "low mark",
        "pl",
        "Ratowniczka Anna Wolska powiedziała dziennikarzom: „Woda podniosła się w ciągu godziny i zalała "
        'piwnice". Akcja trwała do rana.',
        "Woda podniosła się",
        "Anna Wolska",
    ),
    (
        "low mark",
        "de",
        "Bürgermeisterin Petra Holm sagte am Abend: „Wir haben alle Familien rechtzeitig in Sicherheit "
        'gebracht". Die Straße bleibt gesperrt.',
        "Wir haben alle Familien",
        "Petra Holm",
    ),
    (
        "low mark",
        "ru",
        'Глава района Олег Белов сказал: „Мы эвакуировали все семьи из опасной зоны". Дорога закрыта.',
        "Мы эвакуировали все семьи",
        "Олег Белов",
    ),
    # a quotation after a colon is the person's named before it, with or without a speech verb
    (
        "colon",
        "pl",
        "Jedna z mieszkanek, Ewa Kruk, wspominała przez telefon: „Nigdy nie widziałam tak wysokiej wody w "
        "naszej wsi”. Jej dom stoi przy rzece.",
        "Nigdy nie widziałam",
        "Ewa Kruk",
    ),
    (
        "colon",
        "es",
        "Una vecina, Carmen Ruiz, desde su balcón: «Nunca habíamos visto el río tan alto en invierno». El agua "
        "bajó por la tarde.",
        "Nunca habíamos visto",
        "Carmen Ruiz",
    ),
    (
        "colon",
        "it",
        "Una residente, Giulia Conti, dal suo balcone: «Non avevamo mai visto il fiume così alto in "
        "inverno». L'acqua è scesa in serata.",
        "Non avevamo mai visto",
        "Giulia Conti",
    ),
    # a dropped subject is the person named before in the paragraph
    (
        "dropped subject",
        "es",
        "El alcalde, Tomás Vidal, visitó el barrio inundado. «Vamos a reconstruir cada casa que el agua ha "
        "destruido», declaró a la prensa.",
        "Vamos a reconstruir",
        "Tomás Vidal",
    ),
    (
        "dropped subject",
        "it",
        "Il sindaco Marco Ferri ha visitato il quartiere allagato. «Ricostruiremo ogni casa distrutta "
        "dall'acqua», ha dichiarato ai giornalisti.",
        "Ricostruiremo ogni casa",
        "Marco Ferri",
    ),
    (
        "dropped subject",
        "pt",
        "O presidente da câmara, Rui Barros, visitou o bairro inundado. «Vamos reconstruir cada casa que a "
        "água destruiu», afirmou aos jornalistas.",
        "Vamos reconstruir cada casa",
        "Rui Barros",
    ),
    (
        "dropped subject",
        "pl",
        "Burmistrz Jan Malec odwiedził zalane osiedle. „Odbudujemy każdy dom, który zniszczyła woda” – "
        "powiedział dziennikarzom.",
        "Odbudujemy każdy dom",
        "Jan Malec",
    ),
    (
        "dropped subject",
        "ru",
        "Глава района Олег Белов приехал в затопленный посёлок. «Мы восстановим каждый дом, который "
        "разрушила вода», — заявил журналистам.",
        "Мы восстановим каждый дом",
        "Олег Белов",
    ),
    # a French inverted pronoun is the person named before
    (
        "inverted pronoun",
        "fr",
        "Le maire Paul Girard a visité le quartier inondé. « Nous reconstruirons chaque maison détruite », "
        "a-t-il déclaré à la presse.",
        "Nous reconstruirons chaque maison",
        "Paul Girard",
    ),
    (
        "inverted pronoun",
        "fr",
        "La ministre Claire Vasseur s'est rendue sur place. « Les secours ont travaillé toute la nuit », dit-elle.",
        "Les secours ont travaillé",
        "Claire Vasseur",
    ),
]


@pytest.mark.parametrize(
    ("case", "language", "paragraph", "words", "speaker"), SPOKEN, ids=[f"{c[0]}, {c[1]}" for c in SPOKEN]
)
def test_a_quotation_is_given_to_the_person_named_before_it(case, language, paragraph, words, speaker):
    q = _quote(_facts(language, paragraph), words)
    assert q.speaker_name == speaker, case
    assert '"' not in q.text and "„" not in q.text  # a mark, low or straight, is no part of the quotation


@pytest.mark.parametrize(
    ("language", "paragraphs", "words"),
    [
        (  # a word after the verb is its subject: the spokesman, not the mayor
            "es",
            (
                "El alcalde, Tomás Vidal, visitó el barrio inundado. «Vamos a reconstruir cada casa», declaró el "
                "portavoz municipal.",
            ),
            "Vamos a reconstruir",
        ),
        (  # the person was named in the paragraph before: too far for an unsaid subject
            "es",
            (
                "El alcalde, Tomás Vidal, visitó el barrio inundado.",
                "«Vamos a reconstruir cada casa que el agua ha destruido», declaró a la prensa.",
            ),
            "Vamos a reconstruir",
        ),
        (  # German never drops its subject: "sagte der Sprecher" names someone else
            "de",
            (
                'Bürgermeisterin Petra Holm besuchte das Viertel. „Wir bauen jedes Haus wieder auf", sagte der '
                "Sprecher der Stadt.",
            ),
            "Wir bauen jedes Haus",
        ),
        (  # a content word before the verb may be its subject
            "it",
            (
                "Il sindaco Marco Ferri ha visitato il quartiere. Il portavoce «ricostruiremo ogni casa distrutta "
                "dall'acqua» ha dichiarato.",
            ),
            "ricostruiremo ogni casa",
        ),
    ],
)
def test_a_speech_verb_with_a_possible_subject_or_no_near_person_keeps_the_speaker_open(language, paragraphs, words):
    q = _quote(_facts(language, *paragraphs), words)
    assert q.speaker_name is None, q.speaker_name


@pytest.mark.parametrize(
    ("words", "nominative"),
    [
        (["Богдан", "Ковачев"], "Богдан Ковачев"),  # a surname pymorphy2 reads only as a plural noun
        (["Георгия", "Ковачева"], "Георгий Ковачев"),  # genitive, not the rare feminine nominative
        (["Богданом", "Ковачевым"], "Богдан Ковачев"),  # not the adjective "ковачевый"
        (["Павел", "Зимин"], "Павел Зимин"),
        (["Павлу", "Зимину"], "Павел Зимин"),
        (["Ковачев"], "Ковачев"),
        (["Ирины", "Соколовой"], "Ирина Соколова"),  # a woman's name still in the feminine
        (["Анна", "Грибина"], "Анна Грибина"),
    ],
)
def test_a_russian_name_in_any_case_gives_its_nominative(words, nominative):
    assert normal_form(words) == nominative


def test_a_russian_quote_speaker_keeps_the_surname():
    facts = _facts(
        "ru",
        "Губернатор области Богдан Ковачев прибыл на место аварии. «Мы делаем всё, чтобы помочь семьям "
        "пострадавших», — заявил Ковачев журналистам.",
    )
    q = _quote(facts, "Мы делаем всё")
    assert q.speaker_name == "Богдан Ковачев"
    assert q.speaker_key == "Bogdan Kovachev"


@pytest.mark.parametrize(
    ("language", "paragraph", "organisation", "not_person"),
    [
        (
            "es",
            "El Ministerio de Obras Públicas aseguró que el puente abrirá en mayo.",
            "Ministerio de Obras Públicas",
            "Obras Públicas",
        ),
        (
            "it",
            "Il Ministero delle Infrastrutture Stradali ha assicurato che il ponte riaprirà a maggio.",
            "Ministero delle Infrastrutture Stradali",
            "Infrastrutture Stradali",
        ),
        (
            "pt",
            "O Ministério da Administração Interna garantiu que a ponte reabrirá em maio.",
            "Ministério da Administração Interna",
            "Administração Interna",
        ),
    ],
)
def test_an_organisation_name_runs_across_its_joiners(language, paragraph, organisation, not_person):
    facts = _facts(language, paragraph)
    names = {e.name: e.type for e in facts.entities}
    assert organisation in names, names
    assert not_person not in names
    assert all(q.speaker_name != not_person for q in facts.quotes)


@pytest.mark.parametrize(
    ("language", "paragraph", "words", "speaker"),
    [
        ("es", "«Recortaremos 300 empleos», dijo la portavoz de Vela Norte, Ana Gil.", "Recortaremos", "Ana Gil"),
        ("es", "Recortarán 300 empleos, dijo la portavoz de Vela Norte, Ana Gil.", "Recortarán", "Ana Gil"),
        ("es", "Ana Gil, portavoz de Vela Norte, dijo que recortarán 300 empleos.", "recortarán", "Ana Gil"),
        (
            "es",
            "«Recortaremos 300 empleos», dijo el consejero delegado de Caspia Air, Martín Ruiz.",
            "Recortaremos",
            "Martín Ruiz",
        ),
        ("it", "«Taglieremo 300 posti», ha detto la portavoce di Vela Norte, Anna Gilli.", "Taglieremo", "Anna Gilli"),
        ("it", "Taglieranno 300 posti, ha detto la portavoce di Vela Norte, Anna Gilli.", "Taglieranno", "Anna Gilli"),
        ("pt", "«Vamos cortar 300 empregos», disse a porta-voz da Vela Norte, Ana Gil.", "Vamos cortar", "Ana Gil"),
        (
            "fr",
            "« Nous supprimerons 300 emplois », a déclaré la porte-parole de Vela Norte, Anne Gil.",
            "Nous supprimerons",
            "Anne Gil",
        ),
        ("de", "„Wir streichen 300 Stellen“, sagte Caspia-Air-Chef Jens Ruiz.", "Wir streichen", "Jens Ruiz"),
        (
            "fr",
            "La porte-parole de Vela Norte, Anne Gil, a déclaré : « Nous supprimerons 300 emplois. »",
            "Nous supprimerons",
            "Anne Gil",
        ),
        (
            "uk",
            "«Ми скоротимо 300 робочих місць», — заявила речниця «Вела Норте» Анна Гіль.",
            "Ми скоротимо",
            "Анна Гіль",
        ),
        (
            "pl",
            "Prezes Caspia Air Marcin Ruiz powiedział: „Zlikwidujemy 300 miejsc pracy”.",
            "Zlikwidujemy",
            "Marcin Ruiz",
        ),
    ],
)
def test_the_person_named_speaks_not_the_body_they_work_for(language, paragraph, words, speaker):
    """ "dijo el consejero delegado de Caspia Air, Martín Ruiz": the company after "de" (``owner_words``)
    only says whom the speaker works for, even where the light tier takes its two capitalised words for a
    person; a name in quotation marks ("речниця «Вела Норте» Анна Гіль") is the company's; "Prezes Caspia Air
    Marcin Ruiz": "Air" is a company word, so the run splits into the company and the person. Reported speech,
    inverted attributions and quotations alike, and a quotation the parser cut off from its "a déclaré :"."""
    facts = _facts(language, paragraph)
    found = [q for q in facts.quotes if words in q.text]
    assert found, [(q.kind, q.text, q.speaker_name) for q in facts.quotes]
    assert {q.speaker_name for q in found} == {speaker}
