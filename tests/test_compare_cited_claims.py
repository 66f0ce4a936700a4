"""Agreed items cite sentences that state the item's claim, and one fact is one item.

- A pair of two languages whose only shared values are days ("officials said on Thursday" / "sagte ... am
  Donnerstag", a dateline's "Nov 26" counting the day again) and that reads less alike than the other sentences of
  its source is no agreement: a day is what a story's sentences share whatever they state
  (:func:`crosswire.compare.claims.align.only_days_shared`).
- A name one language's model types as a person and another's as an organisation or a place (a utility, its plant)
  is no acting person, so a sentence with it as subject is not parted from one naming no one
  (:func:`crosswire.compare.claims.align.typed_apart`).
- A group that shares one sentence with an item, its other sentences clique-linked across languages to every
  other sentence of the item, is that item's claim (:func:`crosswire.compare.claims.items._same_claim`).

Invented values and sentences (a ferry aground, a refinery strike); the units are stand-ins with the fields read."""

from __future__ import annotations

from types import SimpleNamespace

from crosswire.compare.claims.align import DAY_MARGIN, only_days_shared, typed_apart
from crosswire.compare.claims.items import _same_claim
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.facts.records import Value


def _day(iso: str, text: str) -> Value:
    return Value(kind="date", text=text, start=0, end=len(text), text_value=iso)


def _count(n: float, text: str) -> Value:
    return Value(kind="count", text=text, start=0, end=len(text), value=n, noun="passenger")


def _pair(a_lang: str, a_values: list[Value], b_lang: str, b_values: list[Value], margin: float) -> Pair:
    feats = dict.fromkeys(FEATURES, 0.0)
    feats.update(shared_values=1.0, margin=margin, embedding=0.36)
    a = SimpleNamespace(language=a_lang, values=a_values, index=0, source=1)
    b = SimpleNamespace(language=b_lang, values=b_values, index=1, source=2)
    return Pair(a, b, [feats[f] for f in FEATURES], 0.62)  # type: ignore[arg-type]


def test_a_day_alone_shared_across_languages_under_the_margin_is_no_agreement():
    # "SKARVHOLM, March 6 (Baltwire) - The ferry ran aground ..., the operator said on Friday" / „..." sagte Lena
    # Berg am Freitag
    lede = [_day("2026-03-06", "March 6"), _day("2026-03-06", "Friday"), _count(212, "212 passengers")]
    quote = [_day("2026-03-06", "am Freitag")]
    assert only_days_shared(_pair("en", lede, "de", quote, margin=0.74))


def test_a_day_shared_by_sentences_reading_alike_or_a_figure_shared_still_agrees():
    lede = [_day("2026-03-06", "Friday"), _count(212, "212 passengers")]
    assert not only_days_shared(_pair("en", lede, "de", [_day("2026-03-06", "am Freitag")], margin=DAY_MARGIN + 0.2))
    both = [_count(212, "212 Fahrgäste"), _day("2026-03-06", "am Freitag")]
    assert not only_days_shared(_pair("en", lede, "de", both, margin=0.5))
    # one language: the pair scorer's words decide
    assert not only_days_shared(_pair("en", lede, "en", [_day("2026-03-06", "on Friday")], margin=0.5))


def test_a_name_typed_a_person_in_one_language_and_an_organisation_in_another():
    data = SimpleNamespace(
        canonical={
            ("en", "e1"): "organisation:Fjordline Kystruter",
            ("es", "e1"): "person:Fjordline Kystruter",
            ("fr", "e2"): "person:Fjordline Kystruter",
            ("de", "e3"): "place:Tessoy",
            ("es", "e3"): "person:Tessoy",
            ("en", "e4"): "person:Lena Berg",
            ("de", "e4"): "person:Lena Berg",
        }
    )
    assert typed_apart(data) == frozenset({"person:Fjordline Kystruter", "person:Tessoy"})  # type: ignore[arg-type]


def _u(index: int, source: int, language: str) -> SimpleNamespace:
    return SimpleNamespace(index=index, source=source, language=language)


def test_a_group_sharing_one_sentence_joins_the_item_it_is_clique_linked_to():
    # item: the Russian, English, German and French sentences of "Strikers shut the Valmo refinery" [1][2][4][5];
    # group: the Spanish sentence with the same French one [3][5]
    ru, en, de, fr, es = _u(0, 1, "ru"), _u(1, 2, "en"), _u(2, 4, "de"), _u(3, 5, "fr"), _u(4, 3, "es")
    item, group = [ru, en, de, fr], [es, fr]

    def never(a, b):
        return False

    def near(a, b):
        return {a.index, b.index} != {4, 2}  # the Spanish sentence weakly linked to all but the German one

    assert _same_claim(group, item, ru, never, lambda a, b: True)
    assert not _same_claim(group, item, ru, never, near)
    assert not _same_claim(group, item, ru, never)  # no clique link given: as before
    # the shared sentence is the item's lead: the lead's own rule decides
    assert not _same_claim([es, ru], item, ru, never, lambda a, b: True)
