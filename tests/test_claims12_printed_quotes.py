"""A quote two outlets print is credited to both: in who said what (one row citing each outlet) and in the agreed
quote item, also when one outlet prints it as a partial quote ('called the decision "the most important ..."')
beside another's whole quotation (invented text; crosswire.compare.quotes). A new user's tram story credited the
council leader's quote to one outlet only."""

from __future__ import annotations

from pathlib import Path

from crosswire.compare.quotes import SourceQuote, who_said_what
from test_compare_core import compare_texts

QUOTE = "This is the most important transport decision the city has made in a generation"
PART = "the most important transport decision the city has made in a generation"


def _quote(text: str, kind: str, source: int, speaker: str = "Petra Vollan", language: str = "en") -> SourceQuote:
    return SourceQuote(f"person:{speaker}", speaker, text, kind, source, language=language)  # type: ignore[arg-type]


def test_one_quote_two_outlets_print_is_one_row_citing_both() -> None:
    rows = who_said_what([_quote(QUOTE, "direct", 1), _quote(QUOTE + ".", "direct", 2)])
    assert [(q.text, q.sources) for q in rows[0].quotes] == [(QUOTE, [1, 2])]


def test_a_printed_run_of_the_quote_joins_its_row_in_its_longest_wording() -> None:
    rows = who_said_what([_quote(PART, "direct", 2), _quote(QUOTE, "direct", 1)])
    assert [(q.text, q.sources) for q in rows[0].quotes] == [(QUOTE, [1, 2])]


def test_other_words_other_speakers_and_reported_clauses_stay_apart() -> None:
    quotes = [
        _quote(QUOTE, "direct", 1),
        _quote("the scheme would cost far more than the city can borrow", "direct", 2),  # other words
        _quote(QUOTE, "direct", 3, speaker="Tom Brewer"),  # another speaker
        _quote("this was the most important transport decision in a generation", "reported", 4),
        _quote("Dies ist die wichtigste Verkehrsentscheidung seit einer Generation", "direct", 5, language="de"),
    ]
    rows = {r.speaker: [(q.text, q.sources) for q in r.quotes] for r in who_said_what(quotes)}
    assert rows["Petra Vollan"] == [
        (QUOTE, [1]),
        ("the scheme would cost far more than the city can borrow", [2]),
        ("this was the most important transport decision in a generation", [4]),
        ("Dies ist die wichtigste Verkehrsentscheidung seit einer Generation", [5]),
    ]
    assert rows["Tom Brewer"] == [(QUOTE, [3])]


WIRE = (
    "Harwick approves tram line\n\nHarwick city council on Tuesday approved a new tram line to the Eastfield "
    'district. "{quote}," said council leader Petra Vollan after the vote. The line will have nine stops.'
)
POST = (
    "Green light for Harwick tram\n\nThe tram line to Eastfield will go ahead after councillors backed it on "
    'Tuesday. Council leader Petra Vollan called the decision "{part}". About 200 protesters gathered outside.'
)


def test_a_partial_print_of_anothers_quote_is_credited_to_both(tmp_path: Path) -> None:
    rows = [
        ("a", "Northwire", "2026-12-02", WIRE.format(quote=QUOTE)),
        ("b", "Northern Post", "2026-12-02", POST.format(part=PART)),
    ]
    c = compare_texts(tmp_path, rows)
    said = [(q.text, q.sources) for r in c.who_said_what if r.speaker == "Petra Vollan" for q in r.quotes]
    assert (QUOTE, [1, 2]) in said, said
    cited = [it.sources for it in c.agreed if any(PART in ev.text for ev in it.evidence)]
    assert cited and all(s == [1, 2] for s in cited), cited


def test_a_partial_quote_no_other_outlet_prints_stays_out(tmp_path: Path) -> None:
    rows = [
        ("a", "Northwire", "2026-12-02", WIRE.format(quote="We have waited long enough for this line")),
        ("b", "Northern Post", "2026-12-02", POST.format(part=PART)),
    ]
    c = compare_texts(tmp_path, rows)
    said = [q.text for r in c.who_said_what for q in r.quotes]
    assert PART not in said, said


# -- one agreed item: the claim aligner's item adding another language's rendering holds the quote item ---------
_SENTENCES = {
    "a": '"We will reopen the yard by June," harbour director Elin Vasstad said.',
    "b": 'Harbour director Elin Vasstad said "we will reopen the yard by June".',
    "g": "Hafendirektorin Elin Vasstad kündigte an, die Werft bis Juni wieder zu öffnen.",
    "d": "Elin Vasstad, the harbour director, said insurers would pay for the new dock.",
}
_LANGUAGES = {"a": "en", "b": "en", "g": "de", "d": "en"}


def _ev(article: str):
    from crosswire.model import Evidence

    text = _SENTENCES[article]
    return Evidence(article=article, outlet=article.upper(), text=text, start=0, end=len(text))


def _items(*claim_articles: str) -> list:
    from crosswire.compare.align import StoryData
    from crosswire.compare.records import ClaimItem, QuoteItem
    from crosswire.compare.repeats import fold_repeats
    from crosswire.stories.records import StoryArticle

    rows = [StoryArticle(id=k, outlet=k.upper(), language=lang) for k, lang in _LANGUAGES.items()]
    data = StoryData(
        articles=rows, bodies=dict(_SENTENCES), facts={}, sources=[], source_of={"a": 1, "b": 2, "g": 3, "d": 4}
    )
    quote = QuoteItem(summary="q", sources=[1, 2], evidence=[_ev("a"), _ev("b")], speaker="Elin Vasstad")
    claim = ClaimItem(
        summary=_SENTENCES["a"],
        sources=sorted(data.source_of[a] for a in claim_articles),
        evidence=[_ev(a) for a in claim_articles],
        shared=["Elin Vasstad"],
    )
    return fold_repeats([quote, claim], [], data)


def test_a_quote_folds_into_a_claim_adding_another_languages_rendering() -> None:
    (kept,) = _items("a", "b", "g")
    assert kept.kind == "claim" and kept.sources == [1, 2, 3]


def test_a_quote_stays_beside_a_claim_adding_a_sentence_of_its_own_language() -> None:
    assert [it.kind for it in _items("a", "b", "d")] == ["quote", "claim"]
