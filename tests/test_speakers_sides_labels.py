"""Speakers across articles, complete conflict sides, labels in one language, an agency's own page and a lead
that states disputed values, by class (a new user's chemical-spill story, five languages: a French "a-t-il
affirmé" given to "Firma Danochem", a name glued to its German case; the English wire left off the 420-tonne
side; "about 420 тонн" and "Reports of the tonnes differ"; "Управляющий" against "directeur général" with four
sources' "terminal manager" left out; the wire's page with no outlet; a lead stating three disputed values).
Invented events, people and outlets, several languages per class:

- a pronoun speaker ("a-t-il affirmé", "a-t-elle déclaré", "sagte er") or a dropped subject ("afirmó", "ha
  detto") stands for the person named before, not the company named after that person's "de" / "von" / "di",
  in the same paragraph or the one before (fr, de, es, it);
- a company noun read as a name's first word ("der Firma Brenntal", "Компания Брентал" opening its sentence) is
  no part of the name, and the name is a company's; a capitalised company word inside a French sentence is
  the name's own ("la Société Générale");
- a page whose menu line and copyright line name the same agency is the agency's own: its outlet is the agency;
- a quantity is compared by its unit in every language ("some 180 tonnes" / "около 180 тонн"); a non-English
  side is labelled in English ("about 310 tonnes", not "about 310 Tonnen"); the conflict names what is measured
  ("amount of diesel"), not its unit; a role side takes an English source's wording, lower-cased;
- a freely rendered quotation joins its statement when it and two other sources' wordings are each the other's
  most alike;
- the brief's lead names each other value of a dispute with its sources ("Seebote gives the amount of diesel as
  about 310 tonnes [3]").
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from crosswire.clean import clean_document
from crosswire.compare.brief import disputed_in
from crosswire.compare.claims.roles import _Held, role_label
from crosswire.compare.quotes import SourceQuote, _loosely_rendered
from crosswire.compare.records import Comparison
from crosswire.compare.source_names import readable_name
from crosswire.model import RawDocument
from invented import article_facts
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "spill_labels" / "story.jsonl"


@pytest.fixture(scope="module")
def spill(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("spill"), FIXTURE)


# -- speakers --------------------------------------------------------------------------------------------------

# (language, paragraphs, words of the quotation, its speaker)
PRONOUN_SPEAKERS = [
    (
        "fr",
        [
            "Marc Leblanc, directeur général de Voltara, a reconnu une erreur de maintenance. « Ce sont les pompes "
            "qui ont cédé, pas nos équipes », a-t-il affirmé."
        ],
        "Ce sont les pompes",
        "Marc Leblanc",
    ),
    (
        "fr",  # the pronoun in the next paragraph
        [
            "Julie Caron, porte-parole de Brisane, a confirmé la fermeture du site.",
            "« Nous rouvrirons dès lundi si les analyses le permettent », a-t-elle déclaré.",
        ],
        "Nous rouvrirons",
        "Julie Caron",
    ),
    (
        "de",
        [
            'Jonas Keller, Sprecher der Firma Brenntal, bestätigte den Unfall. "Wir zahlen die Reinigung '
            'vollständig", sagte er.'
        ],
        "Wir zahlen",
        "Jonas Keller",
    ),
    (
        "es",
        [
            'Ana Ruiz, directora general de Calvex, atribuyó el fallo a una bomba. "Falló la bomba, no nuestra '
            'gente", afirmó.'
        ],
        "Falló la bomba",
        "Ana Ruiz",
    ),
    (
        "it",
        [
            "Paolo Ferri, amministratore delegato di Trevana, ha ammesso un guasto. «Ha ceduto la pompa, non i "
            "nostri operai», ha detto."
        ],
        "Ha ceduto la pompa",
        "Paolo Ferri",
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "words", "speaker"), PRONOUN_SPEAKERS)
def test_a_pronoun_speaker_is_the_person_not_the_company_they_work_for(
    language: str, paragraphs: list[str], words: str, speaker: str
) -> None:
    facts = article_facts(language, *paragraphs, published="2026-03-14")
    quotes = [q for q in facts.quotes if words in q.text]
    assert len(quotes) == 1, [(q.text, q.speaker_name) for q in facts.quotes]
    assert quotes[0].speaker_name == speaker


@pytest.mark.parametrize(
    ("language", "paragraph", "company"),
    [
        ("de", "Ein Lagertank der Firma Brenntal ist am Montag in Kehlheim geborsten.", "Brenntal"),
        ("de", "Nach Angaben der Firma Lakora Logistik brannte es am Kai.", "Lakora Logistik"),
        ("ru", "Компания Брентал сообщила об аварии на складе в Кельхайме.", "Брентал"),
    ],
)
def test_a_company_noun_before_a_name_is_no_part_of_it(language: str, paragraph: str, company: str) -> None:
    facts = article_facts(language, paragraph, published="2026-03-14")
    names = {e.name: e.type for e in facts.entities}
    assert not any(n.split()[0].lower() in ("firma", "betreiber", "компания") for n in names), names
    if company in names:
        assert names[company] != "person", names


def test_a_capitalised_company_word_inside_a_romance_sentence_is_the_names_own() -> None:
    facts = article_facts(
        "fr", "Le groupe a vendu ses parts à la Société Générale la semaine dernière.", published="2026-03-14"
    )
    assert not any(e.name == "Générale" for e in facts.entities), [e.name for e in facts.entities]


def test_the_speaker_across_articles_is_the_person_and_every_wording_joins(spill: Comparison) -> None:
    speakers = {s.speaker for s in spill.who_said_what}
    assert not any("Firma" in s or "Lakora" in s for s in speakers), speakers
    brandt = next(v for v in spill.quote_variants if v.speaker == "Oskar Brandt")
    assert {n for q in brandt.quotes for n in q.sources} == {1, 2, 3, 4, 5}


def _quote(source: int, language: str) -> SourceQuote:
    return SourceQuote("person:X", "X", f"words {source}", "direct", source, [], language)


def test_a_freely_rendered_wording_needs_two_sources_that_take_it_as_their_closest() -> None:
    a, b, c, d = _quote(1, "en"), _quote(2, "fr"), _quote(3, "de"), _quote(4, "es")
    qs = [a, b, c, d]
    sims = {(1, 2): 0.45, (2, 3): 0.46, (2, 4): 0.43, (1, 3): 0.7, (1, 4): 0.8, (3, 4): 0.6}
    # vectors whose dot products are these similarities: the Gram matrix's square root
    gram = np.eye(4)
    for (i, j), s in sims.items():
        gram[i - 1, j - 1] = gram[j - 1, i - 1] = s
    w, v = np.linalg.eigh(gram)
    rows = v @ np.diag(np.sqrt(np.clip(w, 0, None)))
    vec = {id(q): rows[k] for k, q in enumerate(qs)}
    best = {
        (id(x), y.source): max(float(vec[id(x)] @ vec[id(z)]) for z in qs if z.source == y.source)
        for x in qs
        for y in qs
        if x.source != y.source
    }
    loose = _loosely_rendered(qs, vec, best)
    assert (id(b), id(a)) in loose and (id(b), id(c)) in loose and (id(b), id(d)) in loose
    # one source's chance likeness to one other statement is not enough
    lone = _loosely_rendered([a, b], {id(a): rows[0], id(b): rows[1]}, {(id(a), 2): 0.45, (id(b), 1): 0.45})
    assert not lone


# -- the agency's own page -------------------------------------------------------------------------------------

AGENCY_PAGE = """Nordic Wire Desk | World | Europe | Business | Markets
Sign in  Subscribe

Diesel spill closes Lake Velmora harbour

By Lena Hovde
May 12, 2026 2:00 PM UTC

VELMORA, May 12 (NWD) - A fuel barge ran aground in the harbour of Velmora on Tuesday, spilling some 180 tonnes of
diesel into the lake, officials said.

Divers laid floating booms around the barge by the evening, the harbour master said.

(Reporting by Lena Hovde; Editing by Tom Berg)

© 2026 Nordic Wire Desk. All rights reserved.
"""


def _clean(content: str) -> tuple[str | None, str | None]:
    article = clean_document(RawDocument(source="page.txt", kind="article", content=content, content_type="text"))
    return article.outlet, article.agency


def test_a_page_whose_menu_and_copyright_name_one_agency_is_the_agencys_own() -> None:
    outlet, _agency = _clean(AGENCY_PAGE)
    assert outlet == "Nordic Wire Desk"


def test_a_reprint_with_its_own_menu_keeps_its_own_outlet() -> None:
    page = AGENCY_PAGE.replace("Nordic Wire Desk | World", "The Lakeside Courier | World").replace(
        "© 2026 Nordic Wire Desk.", "© 2026 The Lakeside Courier."
    )
    outlet, _agency = _clean(page)
    assert outlet == "The Lakeside Courier"


def test_an_agency_named_only_in_the_copyright_is_not_the_pages_outlet() -> None:
    page = AGENCY_PAGE.replace("Nordic Wire Desk | World | Europe | Business | Markets\n", "")
    outlet, _agency = _clean(page)
    assert outlet != "Nordic Wire Desk"


# -- sides and labels ------------------------------------------------------------------------------------------


def _conflict(c: Comparison, measure: str):
    found = [x for x in c.conflicts if getattr(x, "measure", "") == measure]
    assert len(found) == 1, [getattr(x, "measure", x.summary) for x in c.conflicts]
    return found[0]


def test_a_quantity_side_holds_every_source_that_states_it_labelled_in_english(spill: Comparison) -> None:
    conflict = _conflict(spill, "amount of diesel")
    labels = {s.label: s.sources for s in conflict.sides}
    assert labels == {"some 180 tonnes": [1, 2, 4, 5], "about 310 tonnes": [3]}


def test_a_role_side_holds_every_source_that_states_it_in_an_english_wording(spill: Comparison) -> None:
    conflict = _conflict(spill, "role of Oskar Brandt")
    labels = {s.label: s.sources for s in conflict.sides}
    assert labels == {"plant manager": [1, 3, 4, 5], "directeur général": [2]}


@pytest.mark.parametrize(
    ("written", "languages", "label"),
    [
        (["Директор завода"], ["ru"], "директор завода"),  # capitalised by its sentence's start
        (["Werksleiter"], ["de"], "Werksleiter"),  # German capitalises every noun
        (["CEO", "Consejero delegado"], ["en", "es"], "CEO"),  # an English wording leads; capitals kept
        (["directeur du site", "Dyrektor kopalni"], ["fr", "pl"], "directeur du site / dyrektor kopalni"),
    ],
)
def test_a_role_label_is_lower_case_and_english_first(written: list[str], languages: list[str], label: str) -> None:
    assert role_label(_Held("site_director", written, [], list(languages))) == label  # type: ignore[arg-type]


# -- the lead --------------------------------------------------------------------------------------------------


def test_the_lead_says_which_of_its_values_the_sources_dispute(spill: Comparison) -> None:
    lead = spill.brief[0]
    assert "180 tonnes" in lead.text
    assert "Seebote gives the amount of diesel as about 310 tonnes [3]" in lead.text  # the other side, once
    assert disputed_in(spill.conflicts, lead.text, lead.evidence) == ["amount of diesel"]


def test_a_sentence_that_states_no_side_names_no_dispute(spill: Comparison) -> None:
    conflict = _conflict(spill, "amount of diesel")
    evidence = conflict.sides[0].evidence
    assert disputed_in(spill.conflicts, "Divers laid floating booms.", evidence) == []


@pytest.mark.parametrize(
    ("outlet", "url", "source", "agency", "expected"),
    [
        (None, None, "in/wire_nwd.txt", "NWD", "NWD"),  # a wire text from a file: its agency, not the file name
        ("Seebote", None, "in/seebote.txt", "NWD", "Seebote"),  # the outlet wins
        (None, "https://www.lakeside.example/a", "in/a.html", "NWD", "lakeside.example"),  # the site that ran it
        (None, None, "in/lakeside-velmora.txt", None, "lakeside-velmora.txt"),  # nothing else names it
    ],
)
def test_evidence_is_labelled_by_the_agency_before_a_file_name(
    outlet: str | None, url: str | None, source: str, agency: str | None, expected: str
) -> None:
    assert readable_name(outlet, url, source, "a1", agency) == expected
