"""Italian read end to end (the language-light tier): cleaning (language, byline, dateline, furniture), dates,
figures, names, quotes with speakers, and the comparison joining Italian sentences to Portuguese and English
ones. Every text is invented (the Castelvero footbridge collapse, ``tests/lang_itpt.py``)."""

from __future__ import annotations

import pytest

from lang_itpt import article_text, clean, compare_event, evidence, read

PAGE = """Crolla la passerella del festival di Castelvero: tre morti
di Mario Rossi e Giulia Conti
15 settembre 2026
CASTELVERO — Tre persone sono morte nel crollo della passerella sul fiume Alvena, martedì 15 settembre.
Leggi anche: Il festival delle lanterne compie cento anni
«Abbiamo sentito un rumore fortissimo, poi la passerella è caduta in acqua», ha detto il sindaco Lucia Ferrantelli.
"""


def test_an_italian_page_is_detected_and_cleaned() -> None:
    article, facts = clean(PAGE)
    assert article.language == "it"
    assert article.byline == "Mario Rossi, Giulia Conti"  # "di": a byline in lower case
    assert article.dateline == "CASTELVERO"
    assert not any("Leggi anche" in p for p in article.paragraphs)
    assert article.paragraphs[0].startswith("CASTELVERO — Tre persone")
    assert facts.skipped is None


def test_a_prose_line_opening_with_di_is_no_byline() -> None:
    from crosswire.clean.credits import parse_byline

    assert parse_byline("di Mario Rossi") == ["Mario Rossi"]
    assert parse_byline("di fronte alla Prefettura") is None
    assert parse_byline("by Tom Hale") is None  # only the leads listed as lower-case take a lower-case line


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Il crollo è avvenuto lunedì 14 settembre, di sera.", {"lunedì": "2026-09-14", "14 settembre": "2026-09-14"}),
        ("La passerella ha ceduto nella notte.", {"nella notte": "2026-09-15"}),
        ("Ieri il sindaco ha visitato il fiume.", {"Ieri": "2026-09-14"}),
        ("Il ponte riaprirà domani.", {"domani": "2026-09-16"}),
        ("La passerella era stata costruita nel 1998.", {"1998": "1998"}),
        # the weekdays after "nella notte tra" give the day, not the phrase
        ("È crollata nella notte tra domenica e lunedì.", {"domenica": "2026-09-13", "lunedì": "2026-09-14"}),
    ],
)
def test_italian_dates(sentence: str, expected: dict[str, str]) -> None:
    facts = read(sentence, "it")
    assert {d.text: d.value for d in facts.dates} == expected


@pytest.mark.parametrize(
    ("language", "sentence", "text", "value", "kind", "concept"),
    [
        ("it", "Sono arrivati 20 militari.", "20", 20.0, "count", "soldier"),  # "mil..." is no scale word
        ("it", "Sono arrivati 20 milanesi.", "20", 20.0, "count", None),
        ("it", "Sono state evacuate 3 mila persone.", "3 mila", 3000.0, "count", "person"),
        ("it", "Il danno supera i 2 milioni di euro.", "2 milioni di euro", 2e6, "money", None),
        ("it", "Le iscrizioni sono salite del 12 per cento.", "12 per cento", 12.0, "percent", None),
        ("it", "Lavorano 140 vigili del fuoco.", "140", 140.0, "count", "firefighter"),
        ("it", "Sei persone sono state salvate, ma tu sei stato fortunato.", "Sei", 6.0, "count", "person"),
        ("es", "Llegaron 20 militares.", "20", 20.0, "count", "soldier"),
        ("es", "El paro subió un 12 por ciento.", "12 por ciento", 12.0, "percent", None),
        ("es", "Costó 3 mil millones de euros.", "3 mil millones de euros", 3e9, "money", None),
    ],
)
def test_figures_scale_only_by_a_scale_word(
    language: str, sentence: str, text: str, value: float, kind: str, concept: str | None
) -> None:
    facts = read(sentence, language)
    (fig,) = [f for f in facts.figures if f.text.endswith(text)]
    assert (fig.value, fig.type, fig.concept) == (value, kind, concept)
    assert len(facts.figures) == 1  # "ciento", "cento" are no figure of their own


def test_sentence_openers_are_no_names() -> None:
    text = (
        "CASTELVERO — Tre persone sono morte nel crollo. «Abbiamo sentito un rumore», ha detto Lucia "
        "Ferrantelli. Oltre venti soccorritori sono arrivati. Secondo Carlo Benedetti la passerella era vecchia."
    )
    facts = read(text, "it")
    names = {e.name for e in facts.entities}
    assert {"Lucia Ferrantelli", "Carlo Benedetti"} <= names
    assert not names & {"Tre", "Abbiamo", "Oltre", "Secondo"}


def test_italian_quotes_have_their_speakers() -> None:
    text = (
        "«Abbiamo sentito un rumore fortissimo», ha detto il sindaco Lucia Ferrantelli. "
        '"La passerella era stata controllata a maggio", ha dichiarato Carlo Benedetti. '
        "Ferrantelli ha dichiarato che il festival riaprirà sabato. "
        "La passerella non era sovraccarica, secondo l'ingegnere Paolo Maresca."
    )
    facts = read(text, "it")
    got = {(q.kind, q.speaker_name) for q in facts.quotes}
    assert ("direct", "Lucia Ferrantelli") in got or ("partial", "Lucia Ferrantelli") in got
    assert ("direct", "Carlo Benedetti") in got
    reported = [q for q in facts.quotes if q.kind == "reported"]
    assert [q.speaker_name for q in reported] == ["Lucia Ferrantelli", "Paolo Maresca"]
    assert reported[0].text.startswith("il festival riaprirà")


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compare_event(tmp_path_factory.mktemp("it"))


def test_the_italian_article_joins_the_story_and_is_read(compared) -> None:  # type: ignore[no-untyped-def]
    comparison, groups = compared
    assert groups == [
        sorted(["gazzetta-valmora-castelvero", "jornal-ribeira-castelvero", "harbourside-courier-castelvero"])
    ]
    assert comparison.unread == []


def test_italian_sentences_agree_and_conflict_across_languages(compared) -> None:  # type: ignore[no-untyped-def]
    comparison, _ = compared
    injured = [
        it for it in comparison.agreed if any("Altre 12 persone sono rimaste ferite." in t for t in evidence(it))
    ]
    assert len(injured) == 1
    assert any("Another 12 people were injured." in t for t in evidence(injured[0]))
    toll = [c for c in comparison.conflicts if any(t.startswith("Tre persone") for t in evidence(c))]
    assert len(toll) == 1
    assert any(t.startswith("Five people") for t in evidence(toll[0]))
    assert "Tre persone sono morte" in article_text("gazzetta-valmora-castelvero")


def test_no_italian_sentence_conflicts_with_its_own_translation(compared) -> None:  # type: ignore[no-untyped-def]
    comparison, _ = compared
    for c in comparison.conflicts:
        texts = evidence(c)
        assert not (any("20 militari" in t for t in texts) and any("20 soldiers" in t for t in texts))


@pytest.mark.parametrize(
    ("language", "text", "name", "label"),
    [
        ("it", "Il portavoce della Protezione Civile ha parlato con Marta Neri.", "Protezione Civile", "ORG"),
        ("it", "Il portavoce della Protezione Civile ha parlato con Marta Neri.", "Marta Neri", "PER"),
        ("pt", "Segundo a Defesa Civil, o prefeito João Lima visitou o local.", "Defesa Civil", "ORG"),
        ("pt", "Segundo a Defesa Civil, o prefeito João Lima visitou o local.", "João Lima", "PER"),
    ],
)
def test_organisations_and_people_in_italian_and_portuguese(language: str, text: str, name: str, label: str) -> None:
    from crosswire.facts.languages.light import LightFrontEnd

    names = {(n.normal, n.label) for n in LightFrontEnd().analyse(text, language).names}
    assert (name, label) in names
