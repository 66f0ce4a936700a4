"""Before an item is shown as "only X reports", every sentence of every other source is read for its fact in
other words (crosswire.compare.restated): a figure under another noun or wording, in another language; a
quote told as reported speech or translated; a sentence whose main clause another sentence holds with more
around it. And what must stay single-source: the same number counting something else, another thing the same
speaker said, the same company and verb with another object, a figure no other source gives. The story of
``fixtures/restated/story.jsonl`` (five invented outlets in en, de, es, fr; invented company, town, people)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.compare import restated
from crosswire.compare.align import StoryData
from crosswire.compare.claims import align_claims
from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem, FigureItem, FigureSlot, FigureValue, Item, QuoteItem
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.model import Evidence
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from test_compare_core import compare_texts

FIXTURE = Path(__file__).parent / "fixtures" / "restated" / "story.jsonl"


def _rows() -> list[dict[str, str]]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return compare_texts(
        tmp_path_factory.mktemp("restated"), [(r["id"], r["outlet"], r["published"], r["text"]) for r in _rows()]
    )


@pytest.fixture(scope="module")
def aligned(tmp_path_factory) -> tuple[StoryData, ClaimAlignment]:
    tmp = tmp_path_factory.mktemp("restated-units")
    path = tmp / "articles.jsonl"
    keys = ("id", "outlet", "published", "text")
    path.write_text("".join(json.dumps({k: r[k] for k in keys}) + "\n" for r in _rows()), encoding="utf-8")
    with Store(tmp / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        data = load_story_data(store, _stored_rows(store, [r["id"] for r in _rows()]))
    return data, align_claims(data)


def _unit(claims: ClaimAlignment, words: str) -> Unit:
    found = [u for u in claims.units if words in u.text]
    assert len(found) == 1, (words, [u.text for u in found])
    return found[0]


def _evidence(u: Unit) -> list[Evidence]:
    return [Evidence(article=u.article, text=u.text, start=u.claim.start, end=u.claim.end)]


def _event(claims: ClaimAlignment, words: str) -> Item:
    u = _unit(claims, words)
    return EventItem(summary=u.text, sources=[u.source], evidence=_evidence(u))


def _quote(claims: ClaimAlignment, words: str, speaker: str) -> Item:
    u = _unit(claims, words)
    return QuoteItem(summary=words, sources=[u.source], evidence=_evidence(u), speaker=speaker)


def _figure(claims: ClaimAlignment, words: str, number: float) -> Item:
    u = _unit(claims, words)
    value = FigureValue(text=str(number), value=number, sources=[u.source], evidence=_evidence(u))
    return FigureItem(
        summary=words, sources=[u.source], evidence=_evidence(u), slot=FigureSlot(counted="x"), values=[value]
    )


def _dropped(claims: ClaimAlignment, item: Item) -> bool:
    return restated.restated([item], claims) == {0}


# -- stated by another outlet in other words: never "only X reports" ----------------------------------------
@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("1,200 jobs would go", 1200),  # "about 1,200 positions" (en), "1.200 Arbeitsplätzen", "1.200 puestos"
        ("desaparecerán 1.200 puestos", 1200),  # Spanish "puestos" = English "jobs" / German "Arbeitsplätze"
        ("about 650 members", 650),  # "650 followers" (en), "650 adhérents" (fr)
        ("650 adhérents", 650),
        ("burnt 12M acres", 12_000_000),  # "12 million acres": one value, one unit, two spellings
        ("set aside 5 million euros", 5_000_000),  # "fünf Millionen Euro": a number written out, in German
    ],
)
def test_a_figure_another_source_gives_in_other_words_is_not_single(aligned, words, number):
    _data, claims = aligned
    assert _dropped(claims, _figure(claims, words, number))


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("We will fight for every single one of these families", "Ilse Varga"),  # en reported, es translated
        ("prometió luchar por cada una de las familias", "Ilse Varga"),  # es reported speech of the en quote
        ("set aside 5 million euros for retraining", "Ilse Varga"),  # de: "kündigte an, ... bereit"
        ("stelle fünf Millionen Euro für Umschulungen bereit", "Ilse Varga"),
    ],
)
def test_a_quote_another_source_reports_or_translates_is_not_single(aligned, words, speaker):
    _data, claims = aligned
    assert _dropped(claims, _quote(claims, words, speaker))


def test_a_sentence_whose_main_clause_another_holds_with_more_detail_is_not_single(aligned):
    _data, claims = aligned
    assert _dropped(claims, _event(claims, "Textilunion called a strike for Friday."))
    short, longer = _unit(claims, "Textilunion called a strike for Friday."), _unit(claims, "four-hour meeting")
    assert restated.main_clause_in(short, longer)
    assert not restated.main_clause_in(longer, short)  # the shorter one lacks the meeting: not the reverse


# -- truly single-source: kept ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("1.200 familias de jubilados", 1200),  # the number of the job cuts, counting families
        ("40.000 toneladas de algodón", 40_000),  # no other source gives it
        ("salary of 3.4 million euros", 3_400_000),
        ("2,1 Millionen Euro Gewerbesteuer", 2_100_000),
    ],
)
def test_a_figure_no_other_source_gives_stays_single(aligned, words, number):
    _data, claims = aligned
    assert not _dropped(claims, _figure(claims, words, number))


@pytest.mark.parametrize(
    "words",
    [
        "keep its swimming pool open",  # the same mayor, another statement (en)
        "die Grundsteuer im kommenden Jahr nicht erhöhen",  # the same mayor, another statement (de)
        "sold its warehouse in Tarrow",  # same company and verb, another object ("its fleet of delivery trucks")
        "sold its fleet of delivery trucks",
    ],
)
def test_another_statement_of_the_same_party_stays_single(aligned, words):
    _data, claims = aligned
    assert not _dropped(claims, _event(claims, words))


def test_a_quote_is_not_restated_by_another_sentence_sharing_only_its_attribution(aligned):
    # "..., Varga said in an email." / "Varga said in an email that the town had no money left for the pool."
    _data, claims = aligned
    assert not _dropped(claims, _quote(claims, "Every family in this valley has someone", "Ilse Varga"))
    assert not _dropped(claims, _event(claims, "Every family in this valley has someone"))


def test_parties_are_matched_by_name_words_whatever_their_entity_type():
    assert restated.same_party("other:Mayor Ilse Varga", "organisation:Varga")
    assert restated.same_party("organisation:Kestrel Mills", "person:Textilhersteller Kestrel Mills")
    assert not restated.same_party("person:Ilse Varga", "person:Doran Pell")


def test_counted_nouns_of_one_group_match_across_languages():
    assert restated.synonym_groups("job cut", "en") & restated.synonym_groups("puestos", "es")
    assert restated.synonym_groups("member", "en") & restated.synonym_groups("adhérent", "fr")
    assert restated.synonym_groups("mitglieder", "de") & restated.synonym_groups("member", "en")
    assert not restated.synonym_groups("familias", "es") & restated.synonym_groups("job", "en")


# -- the whole comparison ----------------------------------------------------------------------------------
def test_no_item_of_the_story_says_only_one_source_reports_a_restated_fact(story):
    texts = " ".join(ev.text for it in story.single_source for ev in it.evidence)
    for words in ("1,200 jobs", "1.200 puestos", "650 members", "650 adhérents", "12M acres", "12 million acres"):
        assert words not in texts, [it.summary for it in story.single_source]
    for words in ("fight for every single one", "prometió luchar", "set aside 5 million", "fünf Millionen Euro"):
        assert words not in texts, [it.summary for it in story.single_source]


def test_the_story_still_lists_its_single_source_figures(story):
    texts = " ".join(ev.text for it in story.single_source for ev in it.evidence)
    for words in ("40.000 toneladas de algodón", "salary of 3.4 million euros", "2,1 Millionen Euro Gewerbesteuer"):
        assert words in texts, [it.summary for it in story.single_source]
