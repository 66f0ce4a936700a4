"""A statement one source prints as a sentence and another reports as a clause agree (notes10).

"The company will pay for the clean-up." (one source's whole sentence) against "..., and said the company would
pay for the clean-up, which could take weeks" was no agreement: the pair scorer weighs the long sentence's other
words against it. agreed7's clause lift (any clause alike by embedding) was withdrawn at 7 of 20 right on ECB+;
this rule is narrower: the statement's words in order are the clause a verb of saying opens, auxiliaries read in
their reported tense ("will" / "would", German "wird" / "werde"), the clause ending where the sentence's does.
Invented sentences (English, German) and an invented story of a paint-thinner spill run through the comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.reported import reports
from crosswire.compare.records import Comparison
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).parent / "fixtures" / "notes10" / "thinner.jsonl"
LONG = (
    "Milan Sorel, who heads the haulage firm Trasko, apologised to residents on Tuesday and said the company "
    "would pay for the clean-up, which could take weeks."
)

REPORTED = [
    ("The company will pay for the clean-up.", LONG, "en"),
    ("The company will pay for the clean-up, Sorel said.", LONG, "en"),  # its own attribution aside
    ("The company will pay for the clean-up.", "He told reporters that the company would pay for the clean-up.", "en"),
    (
        "The ferry service can resume on Friday.",
        "The harbour master said on Monday the ferry service could resume on Friday.",
        "en",
    ),
    ("The mayor has resigned.", "A council spokesman confirmed that the mayor had resigned, citing ill health.", "en"),
    ("The plant is safe.", "Officials insisted the plant was safe; residents were not convinced.", "en"),
    (
        "Die Firma wird die Reinigung bezahlen.",
        "Sorel entschuldigte sich und sagte, die Firma werde die Reinigung bezahlen.",
        "de",
    ),
    ("Die Brücke ist wieder sicher.", "Der Bürgermeister versicherte, die Brücke sei wieder sicher.", "de"),
]

NOT_REPORTED = [
    # another object, a negation, a clause that goes on, no verb of saying, too short
    ("The company will pay for the repairs.", LONG, "en"),
    ("The company will not pay for the clean-up.", LONG, "en"),
    (
        "The company will pay for the clean-up.",
        "Sorel said the company would pay for the clean-up costs of the town.",
        "en",
    ),
    (
        "The company will pay for the clean-up.",
        "The company would pay for the clean-up if a court ruled against it.",
        "en",
    ),
    ("He will pay.", "Sorel said he would pay.", "en"),
    ("Die Firma wird die Reinigung bezahlen.", "Die Firma werde die Reinigung nicht bezahlen, sagte Sorel.", "de"),
    # a language with no table: nothing read
    ("La empresa pagará la limpieza.", "Sorel dijo que la empresa pagaría la limpieza.", "es"),
]


@pytest.mark.parametrize(("statement", "sentence", "language"), REPORTED)
def test_a_statement_reported_as_a_clause_is_read(statement: str, sentence: str, language: str) -> None:
    assert reports(statement, sentence, language)


@pytest.mark.parametrize(("statement", "sentence", "language"), NOT_REPORTED)
def test_another_statement_is_not_read_as_reported(statement: str, sentence: str, language: str) -> None:
    assert not reports(statement, sentence, language)


@pytest.fixture(scope="module")
def thinner(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("thinner"), FIXTURE)


def test_the_clean_up_is_agreed_by_the_sentence_and_the_clause(thinner: Comparison) -> None:
    items = [i for i in thinner.agreed if any("clean-up" in e.text for e in i.evidence)]
    clean_up = [i for i in items if any(e.text == "The company will pay for the clean-up." for e in i.evidence)]
    assert len(clean_up) == 1, [i.summary for i in items]
    assert len(clean_up[0].sources) == 2 and any("would pay for the clean-up" in e.text for e in clean_up[0].evidence)
    assert clean_up[0].summary == "The company will pay for the clean-up."
    # the long sentence's other claim (the apology) is still its own item
    assert any("apologised" in i.summary and "clean-up" not in i.summary for i in thinner.agreed)
