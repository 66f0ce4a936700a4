"""A sentence that lost words at scraping is no "only X reports" item (crosswire.compare.claims.single_damaged).

Invented sentences in several languages for the class (glued fragments at a comma or a full stop, a run of words
written twice across a sentence's end) and its near-misses (web addresses, abbreviations, decimals, a speaker's
repeated words, a list); and the 181 hand-checked clean article bodies of ``../shared`` as the check that clean
text is not read as damaged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crosswire.compare.claims.single_damaged import damaged, damaged_sentences, doubled, glued
from crosswire.compare.records import EventItem, QuoteItem
from crosswire.model import Evidence

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # as tests/eval_measures.py finds it

GLUED = [
    # (language, a sentence whose link text was removed and the rest joined with no space)
    ("en", "Officials confirmed at leastin the province.The rains did not stop until Thursday morning."),
    ("es", "Las autoridades reportan al menosen la ciudad.Las lluvias no cesaron hasta el jueves."),
    ("pl", "Na początku koncertu wystąpiły kłopoty z dźwiękiem,órka festiwalu nie dała się wyprowadzić z równowagi."),
    ("de", "Die Feuerwehr war mit zwölf Fahrzeugen angerückt,ährend die Polizei die Straße sperrte."),
    ("fr", "Les secours ont évacué le quartier dans la nuit.Les habitants pourront rentrer lundi."),
    ("ru", "Спасатели эвакуировали жителей двух домов,оторые пострадали от наводнения."),
]
DOUBLED = [
    ("de", "Am Dienstag flog die Sonde ein letztes Mal an der Erde vorbei. ein letztes Mal an der Erde vorbei."),
    ("en", "The ferry resumed service on Monday after the storm. resumed service on Monday after the storm."),
    ("es", "El tren volvió a circular el lunes por la tarde. volvió a circular el lunes por la tarde."),
    ("pl", "Pociąg wrócił na trasę w poniedziałek wieczorem. wrócił na trasę w poniedziałek wieczorem."),
]
CLEAN = [
    # near-misses: a web address, abbreviations, decimals, a list written without spaces, repeated speech, a list
    ("pl", "Jak informuje portal money.pl, przewoźnik odwołał 300 lotów."),
    ("de", "Von Anna Berger *fr.de ist Teil des Netzwerks, z.B. in Hessen."),
    ("en", "The U.S. Coast Guard said 3,5 or 3.5 tons of fuel leaked, per the Node.js service log."),
    ("en", '"We got her, we got her!" officers announced on their radios.'),
    ("en", "He was charged with dealing in methamphetamine, possession of methamphetamine, possession of heroin."),
    ("en", '"We got her. We got her." an officer said.'),
    ("pl", "FR6728 Bruksela Kraków (loty z 25 i 26 lipca) FR6729 Kraków Bruksela (loty z 25 i 26 lipca)."),
    ("fr", "Le maire a dit: « très, très inquiet », puis il est reparti."),
    ("es", "La cifra subió al 4,5% según los datos del instituto,A,B y C."),
    ("ru", "То,что вы увидите, зависит от скорости."),  # a capitalised word before the comma: a typo, left alone
]


@pytest.mark.parametrize(("lang", "text"), GLUED)
def test_fragments_glued_at_a_comma_or_stop_are_damaged(lang: str, text: str) -> None:
    assert glued(text), lang
    assert damaged(text)


@pytest.mark.parametrize(("lang", "text"), DOUBLED)
def test_a_run_written_twice_across_a_sentence_end_is_damaged(lang: str, text: str) -> None:
    assert doubled(text), lang
    assert damaged(text)
    # the same sentence once, whole, is clean
    assert not damaged(text[: text.index(".") + 1])


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_addresses_abbreviations_and_repeated_speech_are_not_damaged(lang: str, text: str) -> None:
    assert not damaged(text), lang


def test_two_word_runs_are_not_enough() -> None:
    # a share button's label twice is furniture, not a doubled run of the sentence
    assert not doubled("Jetzt teilen. jetzt teilen und mehr lesen.")
    assert doubled("Jetzt teilen und lesen. jetzt teilen und lesen.")


def _evidence(text: str) -> list[Evidence]:
    return [Evidence(article="a1", outlet="Outlet", text=text, start=0, end=len(text))]


def test_only_the_damaged_items_are_left_out() -> None:
    items: list[EventItem | QuoteItem] = [
        EventItem(summary="s", sources=[1], evidence=_evidence(GLUED[1][1])),
        EventItem(summary="s", sources=[1], evidence=_evidence(CLEAN[0][1])),
        EventItem(summary="s", sources=[2], evidence=_evidence(DOUBLED[0][1])),
        QuoteItem(summary="s", sources=[2], evidence=_evidence(CLEAN[3][1]), speaker="officers"),
    ]
    assert damaged_sentences(items) == {0, 2}
    assert damaged_sentences([]) == set()


ARTICLES = SHARED / "bench" / "article-extraction" / "ground-truth.json"


@pytest.mark.skipif(not ARTICLES.is_file(), reason="../shared article-extraction bench missing")
def test_clean_article_bodies_are_almost_never_damaged() -> None:
    # Real text: the 181 hand-checked article bodies. One paragraph of 4,363 reads as glued (two sentences joined
    # with no space after the full stop: "as a chief physician.Police arrested", no words lost but two sentences
    # read as one); none as doubled. Fails if the comma rule takes a capitalised word before the comma (a Russian
    # page's typo "То,что" is then a second).
    truth = json.loads(ARTICLES.read_text(encoding="utf-8"))
    paragraphs = [p for v in truth.values() for p in (v.get("articleBody") or "").split("\n") if p.strip()]
    assert len(paragraphs) > 4000
    assert sum(doubled(p) for p in paragraphs) == 0
    assert sum(glued(p) for p in paragraphs) <= 1
    sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p) if s]
    assert sum(damaged(s) for s in sentences) <= 1
