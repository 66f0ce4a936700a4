"""Portuguese read end to end (the language-light tier): cleaning (language, byline, dateline, furniture),
dates, figures, names, quotes with speakers, and the comparison joining Portuguese sentences to Italian and
English ones. Every text is invented (the Castelvero footbridge collapse, ``tests/lang_itpt.py``)."""

from __future__ import annotations

import pytest

from lang_itpt import clean, compare_event, evidence, read

PAGE = """Desaba passarela em festival de Castelvero; três mortos
Por Ana Souza e João Lima
15 de setembro de 2026
CASTELVERO — Três pessoas morreram no desabamento de uma passarela sobre o rio Alvena, na segunda-feira.
Leia também: Festival das lanternas de Castelvero completa cem anos
«Ouvimos um barulho enorme, depois a passarela caiu na água», disse a prefeita Lucia Ferrantelli.
"""


def test_a_portuguese_page_is_detected_and_cleaned() -> None:
    article, facts = clean(PAGE)
    assert article.language == "pt"
    assert article.byline == "Ana Souza, João Lima"  # "e" joins two names
    assert article.dateline == "CASTELVERO"
    assert str(article.published).startswith("2026-09-15")
    assert not any("Leia também" in p for p in article.paragraphs)
    assert facts.skipped is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A passarela caiu na segunda-feira, 14 de setembro de 2026, à noite.",
         {"segunda-feira": "2026-09-14", "14 de setembro de 2026": "2026-09-14"}),
        ("Ontem a prefeita visitou o rio.", {"Ontem": "2026-09-14"}),
        ("A ponte reabre amanhã.", {"amanhã": "2026-09-16"}),
        ("Os bombeiros chegaram pela manhã.", {}),  # "pela manhã" is the morning, not tomorrow
        ("Pela segunda vez a ponte fechou.", {}),  # "segunda" alone is "second", no Monday
        ("A passarela foi construída em 1998.", {"1998": "1998"}),
    ],
)  # fmt: skip
def test_portuguese_dates(sentence: str, expected: dict[str, str]) -> None:
    facts = read(sentence, "pt")
    assert {d.text: d.value for d in facts.dates} == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value", "kind", "concept"),
    [
        ("Chegaram 20 militares.", "20", 20.0, "count", "soldier"),  # "mil..." is no scale word
        ("Foram retiradas 3 mil pessoas.", "3 mil", 3000.0, "count", "person"),
        ("O prejuízo ultrapassa 2 milhões de euros.", "2 milhões de euros", 2e6, "money", None),
        ("O custo chegou a 2 mil milhões de reais.", "2 mil milhões de reais", 2e9, "money", None),
        ("As inscrições subiram 12 por cento.", "12 por cento", 12.0, "percent", None),
        ("Três pessoas morreram.", "Três", 3.0, "count", "person"),
    ],
)
def test_portuguese_figures(sentence: str, text: str, value: float, kind: str, concept: str | None) -> None:
    facts = read(sentence, "pt")
    (fig,) = [f for f in facts.figures if f.text.endswith(text)]
    assert (fig.value, fig.type, fig.concept) == (value, kind, concept)
    assert len(facts.figures) == 1


def test_sentence_openers_are_no_names() -> None:
    text = (
        "CASTELVERO — Três pessoas morreram. «Ouvimos um barulho», disse Lucia Ferrantelli. Ontem Carlo "
        "Benedetti visitou o rio. Segundo Paulo Maresca, a ponte era antiga."
    )
    names = {e.name for e in read(text, "pt").entities}
    assert {"Lucia Ferrantelli", "Carlo Benedetti", "Paulo Maresca"} <= names
    assert not names & {"Três", "Ouvimos", "Ontem", "Segundo", "Ontem Carlo Benedetti"}


def test_portuguese_quotes_have_their_speakers() -> None:
    text = (
        "«Ouvimos um barulho enorme», disse a prefeita Lucia Ferrantelli. "
        "“A passarela tinha sido inspecionada em maio”, afirmou Carlo Benedetti. "
        "Ferrantelli declarou que o festival reabre no sábado. "
        "A passarela não estava sobrecarregada, segundo o engenheiro Paulo Maresca."
    )
    facts = read(text, "pt")
    speakers = {q.speaker_name for q in facts.quotes if q.kind in ("direct", "partial")}
    assert speakers == {"Lucia Ferrantelli", "Carlo Benedetti"}
    reported = [q for q in facts.quotes if q.kind == "reported"]
    assert [q.speaker_name for q in reported] == ["Lucia Ferrantelli", "Paulo Maresca"]
    assert reported[0].text.startswith("o festival reabre")


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compare_event(tmp_path_factory.mktemp("pt"))


def test_the_portuguese_article_joins_the_story_and_is_read(compared) -> None:  # type: ignore[no-untyped-def]
    comparison, groups = compared
    assert len(groups) == 1 and "jornal-ribeira-castelvero" in groups[0] and len(groups[0]) == 3
    assert comparison.unread == []


def test_portuguese_sentences_agree_and_conflict_across_languages(compared) -> None:  # type: ignore[no-untyped-def]
    comparison, _ = compared
    evacuated = [
        it for it in comparison.agreed if any(t.startswith("Segundo as autoridades, 200") for t in evidence(it))
    ]
    assert len(evacuated) == 1
    texts = evidence(evacuated[0])
    assert any(t.startswith("Secondo la prefettura, 200") for t in texts)
    assert any(t.startswith("About 200 people") for t in texts)
    toll = [c for c in comparison.conflicts if any(t.startswith("Três pessoas") for t in evidence(c))]
    assert len(toll) == 1
    assert any(t.startswith("Five people") for t in evidence(toll[0]))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("LISBOA, 14 de setembro (Lusa) - O governo decidiu fechar a ponte.", ("LISBOA", "Lusa")),
        ("Lisboa, 14 set (Lusa) - O governo decidiu fechar a ponte.", ("Lisboa", "Lusa")),
        ("ROMA, 14 settembre — Il governo ha deciso di chiudere il ponte.", ("ROMA", None)),
        ("Roma, 14 set (ANSA) - Il governo ha deciso di chiudere il ponte.", ("Roma", "ANSA")),
        ("Em Lisboa, 14 de eles chegaram cedo ao local.", (None, None)),  # "de" then no month: no dateline
    ],
)
def test_italian_and_portuguese_datelines(paragraph: str, expected: tuple[str | None, str | None]) -> None:
    from crosswire.clean.metadata import parse_dateline

    assert parse_dateline(paragraph) == expected
