"""clean36: no sentence cut inside a quotation, after a title written short, or where no sentence ends.

A new user's evidence read ``... told reporters outside the court: "We will appeal this verdict.`` (the cut
inside the quotation left an unbalanced mark); a Spanish sentence was cut at "hospital militar St. | Agnes de
Perinth"; a French one at "l'ONG Brightwater | Aid enlevés". Invented text per class, quote style and language;
hypothesis properties for :func:`crosswire.facts.sentence_joins.joined` (no character lost, offsets
round-trip, groups in order).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.sentence_joins import joined, quotations

# --- the English parse (spaCy) ------------------------------------------------------------------------------


def _english(text: str) -> list[str]:
    from crosswire.facts.nlp import Para, get_nlp

    return [s.text for s in Para(0, 0, "paragraph", get_nlp()(text)).sents]


@pytest.mark.parametrize(
    "text",
    [
        'The harbour master told reporters on the quay: "We will close the port tonight. Nobody sails until the '
        'storm passes."',
        '"We will rebuild the school. It will take two years," the mayor said.',
        "\u201cThe ferry is safe. The engine fault is fixed,\u201d the operator said on Monday.",
        "'We will rebuild. It will take time,' the head teacher told parents.",
    ],
)
def test_english_quotation_of_two_sentences_is_one_sentence_with_its_attribution(text: str) -> None:
    sents = _english(text)
    assert sents == [text], sents


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mons. Carlo Venn led the funeral service. Mourners filled the square.", 2),
        ("Gov. Lena Hart visited the flooded village. Lt. Ray Dunn briefed her on the rescue.", 2),
        ("The injured were taken to St. Agnes Hospital in Perinth. Two were in a serious condition.", 2),
        ("Sen. Mark Oyelaran and Dr. Ana Ruiz spoke at the hearing.", 1),
    ],
)
def test_english_title_abbreviations_end_no_sentence(text: str, count: int) -> None:
    sents = _english(text)
    assert len(sents) == count, sents
    assert all(not s.endswith(("Mons.", "Gov.", "Lt.", "St.", "Sen.", "Dr.")) for s in sents), sents


def test_english_long_quoted_passage_keeps_its_sentences() -> None:
    """A quotation longer than ``max_joined_chars`` is not joined: each of its sentences stays one."""
    long = " ".join(f"Sentence number {w} of the statement runs on for a while before it stops." for w in "abcdefgh")
    sents = _english(f'The statement read: "{long}"')
    assert len(sents) > 2


# --- the other front-ends -----------------------------------------------------------------------------------


def _sentences(lang: str, text: str) -> list[str]:
    from crosswire.facts.languages import front_end
    from crosswire.facts.sentence_joins import join_analysis

    fe = front_end(lang)
    assert fe is not None
    out = fe.analyse(text, lang)
    join_analysis(text, out)
    return [text[s.start : s.end] for s in out.sentences]


QUOTES = [
    ("de", "\u201eWir werden Berufung einlegen. Unser Mandant ist unschuldig\u201c, sagte der Anwalt."),
    ("de", "\u00bbWir kommen wieder. Ganz sicher\u00ab, sagte die Trainerin nach dem Spiel."),
    ("pl", "\u201eOdwołamy się. Nasz klient jest niewinny\u201d – powiedział adwokat."),
    ("es", "\u00abVamos a recurrir. Mi cliente es inocente\u00bb, declaró el abogado."),
    ("es", 'El abogado dijo: "Vamos a recurrir. Mi cliente es inocente", y salió del tribunal.'),
    ("it", "\u00abFaremo appello. Il mio cliente è innocente\u00bb, ha detto l'avvocato."),
    ("it", '"Faremo appello. Ne siamo certi", ha detto il difensore.'),
    ("fr", "\u00ab Nous ferons appel. Notre client est innocent \u00bb, a déclaré l'avocat."),
    ("ru", "\u00abМы подадим апелляцию. Наш клиент невиновен\u00bb, — сказал адвокат."),
    ("pt", "\u201cVamos recorrer. O nosso cliente está inocente\u201d, disse o advogado."),
]


@pytest.mark.parametrize(("lang", "text"), QUOTES)
def test_a_quotation_of_two_sentences_is_one_sentence_in_every_quote_style(lang: str, text: str) -> None:
    sents = _sentences(lang, text)
    assert sents == [text], sents


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("es", "Los heridos fueron trasladados al hospital St. Agnes de Perinth, donde los examinaron.", 1),
        ("es", "La Dra. Ruiz y la Sta. Teresa llegaron al pueblo. El Gov. Hart habló después.", 2),
        ("it", "Mons. Venn ha celebrato la messa. Il Sen. Hart era presente in chiesa.", 2),
        ("pl", "Lt. Dunn przyjechał do szpitala St. Agnes w Perinth. Lekarze go zbadali.", 2),
        ("pl", "Przy ul. Długiej mieszka ks. Jan. Modlił się do św. Anny.", 2),
        ("de", "Nach Abs. 3 gilt die Regel. Die Nr. 5 ist frei. Der hl. Georg steht am Tor.", 3),
        ("ru", "Его доставили в больницу св. Агнессы. Врачи осмотрели его.", 2),
    ],
)
def test_title_abbreviations_end_no_sentence_in_any_language(lang: str, text: str, count: int) -> None:
    sents = _sentences(lang, text)
    assert len(sents) == count, sents


def test_french_cut_with_no_end_mark_or_before_a_lower_case_word_is_joined() -> None:
    """The senter cut a company's name in two: no sentence ends there. A cut after a semicolon is kept (its
    clauses are read apart), and a cut before a lower-case attribution is joined."""
    first = (
        "Quatre des cinq salariés de l'ONG Clearwater Relief retenus dans la province de Dorvan ont été libérés jeudi ;"
    )
    second = "le cinquième reste détenu par le groupe."
    sents = _sentences("fr", f"{first} {second}")
    assert sents[0].startswith(first[:-2]) and "Clearwater Relief retenus" in sents[0], sents
    assert all(not s.startswith("Relief") for s in sents)
    assert joined("« Est-ce la fin ? » demanda-t-il.", [(0, 17), (18, 31)]) == [(0, 1)]


def test_sentences_that_end_stay_apart() -> None:
    """A sentence that ends in a quotation's closing mark ends there, in every quote style ("..." in German
    closes with “, which opens a quotation in English)."""
    for lang, text in [
        ("de", "Der Polizeichef sagte: „Sabotage ist ausgeschlossen.“ Die Ermittler prüfen die Schiene."),
        ("pl", "Burmistrz powiedział: „Most jest bezpieczny.” Ruch wznowiono w środę."),
        ("es", "El alcalde dijo: «El puente es seguro.» Las obras terminan el lunes."),
        ("fr", "Le maire a dit : « Le pont est sûr. » Les travaux finissent lundi."),
        ("es", "El puente se cerró el lunes. Los camiones usan la autovía."),
        ("it", "Il ponte è stato chiuso lunedì. I camion usano l'autostrada."),
        ("de", "Die Brücke wurde am Montag gesperrt. Lastwagen fahren über die Autobahn."),
    ]:
        assert len(_sentences(lang, text)) == 2


# --- joined(): the rule and its properties ------------------------------------------------------------------


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    bounds = sorted({c for c in cuts if 0 < c < len(text)})
    edges = [0, *bounds, len(text)]
    return [(a, b) for a, b in itertools.pairwise(edges) if a < b]


def test_quotations_ignore_apostrophes_and_unclosed_marks() -> None:
    assert quotations("Belarus' borders and the mayor's office don't move.") == []
    assert quotations('He said: "We will stay') == []
    text = "Sie sagte: \u201eWir bleiben\u201c."
    assert quotations(text) == [(11, 23)]


WORDS = st.sampled_from(
    [
        "We",
        "will",
        "appeal.",
        "St.",
        "Agnes",
        '"Yes.',
        'No."',
        "\u00abOui.",
        "Non\u00bb,",
        "le",
        "Gov.",
        "x;",
        "\u201eJa.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.lists(st.integers(min_value=0, max_value=400), max_size=12))
def test_joined_loses_no_character_and_keeps_offsets(words: list[str], cuts: list[int]) -> None:
    """Property: the groups cover every sentence once, in order; each joined sentence runs from its first
    sentence's start to its last one's end, so the joined sentences' offsets slice the same text back and no
    character is lost or moved."""
    text = " ".join(words)
    spans = _spans(text, cuts)
    groups = joined(text, spans)
    assert [i for a, b in groups for i in range(a, b + 1)] == list(range(len(spans)))
    merged = [(spans[a][0], spans[b][1]) for a, b in groups]
    assert "".join(text[s:e] for s, e in merged) == "".join(text[s:e] for s, e in spans) == text
    # idempotent: the joined sentences are joined no further
    assert joined(text, merged) == [(i, i) for i in range(len(merged))]
