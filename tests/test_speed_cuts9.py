"""CPU cuts of the ninth speed pass in the compare stage, each exact (the same answers as the code it replaces,
which each test keeps as its reference): the units an item cites looked up among its own article's units, a
sentence's anchors read once per text, the left-sentence pass's overlap test among its article's spans and its
nearest sentence by one array search, the told-by-own test on the cosine matrix at once, a word position by
bisection, and each sentence's polar poles read once for every act."""

from __future__ import annotations

import random
from types import SimpleNamespace

import numpy as np
import pytest

from crosswire.compare import leftover, quotes, singles
from crosswire.compare.claims import polar, single_sentences
from crosswire.compare.claims.align import ClaimAlignment
from crosswire.model import Evidence


def _unit(index: int, source: int, article: str, start: int, end: int, text: str = "") -> SimpleNamespace:
    claim = SimpleNamespace(start=start, end=end, kind="body")
    return SimpleNamespace(index=index, source=source, article=article, claim=claim, text=text)


def _story(seed: int, n: int = 60) -> list[SimpleNamespace]:
    """Invented units of four articles of three sources, sentences of 20-80 characters one after the other."""
    rng = random.Random(seed)
    units, at = [], {"a1": 0, "a2": 0, "b1": 0, "c1": 0}
    source = {"a1": 1, "a2": 1, "b1": 2, "c1": 3}
    for i in range(n):
        art = rng.choice(sorted(at))
        length = rng.randint(20, 80)
        units.append(_unit(i, source[art], art, at[art], at[art] + length))
        at[art] += length + 1
    return units


def _scanned_units_of(units: list[SimpleNamespace], item: SimpleNamespace) -> list[SimpleNamespace]:
    """The units an item cites as found before the index: every unit of the story tested against every span."""
    return [
        u
        for ev in item.evidence
        for u in units
        if u.article == ev.article and u.claim.start < ev.end and ev.start < u.claim.end
    ]


@pytest.mark.parametrize("seed", range(5))
def test_units_of_equals_the_scan_of_every_unit(seed):
    rng = random.Random(seed)
    units = _story(seed)
    found = ClaimAlignment(units, [], [], {}, 0.6, 0.25)  # type: ignore[arg-type]
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(1, 4)):
            art = rng.choice(["a1", "a2", "b1", "c1", "zz"])
            start = rng.randint(0, 1500)
            spans.append(Evidence(article=art, text="x", start=start, end=start + rng.randint(1, 120)))
        item = SimpleNamespace(evidence=spans)
        assert found.units_of(item) == _scanned_units_of(units, item)  # type: ignore[arg-type]
    # a unit added after the first look-up is found too (the index follows the list)
    units.append(_unit(len(units), 2, "b1", 5000, 5050))
    item = SimpleNamespace(evidence=[Evidence(article="b1", text="x", start=5010, end=5020)])
    assert found.units_of(item) == _scanned_units_of(units, item) == [units[-1]]  # type: ignore[arg-type]


def _old_anchors(text: str) -> set[str]:
    import re

    from anyascii import anyascii

    from crosswire.vocab.names import fold

    out = set()
    for i, m in enumerate(quotes._ANCHOR.finditer(text)):
        tok = m.group()
        if tok[0].isdigit():
            out.add("#" + re.sub(r"\D", "", tok))
        elif i > 0 and tok[0].isupper() and len(tok) > 2:
            out.add(fold(anyascii(tok))[:5])
    return out


TEXTS = [
    "Die Feuerwehr in Lindavik meldete 12.000 Evakuierte und 3 Verletzte am Hafen Norra Strand.",
    "Жители Орловке получили 12 000 рублей от администрации Хальвика.",
    "« À aucun moment l'eau n'a été impropre », a déclaré Élodie Marchand à Saint-Étienne.",
    "Rescuers from Ostrel and Halvik pulled 4 people, 1,250 metres below the Skerholm ridge.",
    "市政府表示 Lindavik 的 200 名居民已经返回。",
    "",
    "no capitals here, only 7 and 8.5",
]


@pytest.mark.parametrize("text", TEXTS)
def test_anchors_equal_the_old_reading_and_are_a_new_set_each_time(text):
    first = quotes.anchors(text)
    assert first == _old_anchors(text)
    first.add("changed")
    assert quotes.anchors(text) == _old_anchors(text)  # the cached answer is not the caller's set


def _cosines(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, 16)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    sims = v @ v.T
    sims[3, :] = np.round(sims[3, :], 1)  # ties
    sims[:, 5] = sims[:, 6]
    return sims


@pytest.mark.parametrize("seed", range(4))
def test_told_by_own_equals_the_test_of_each_sentence(seed):
    units = _story(seed, n=40)
    found = SimpleNamespace(units=units, near=SimpleNamespace(sims=_cosines(len(units), seed)))
    sims = found.near.sims
    for u in units:
        own = [w.index for w in units if w.source == u.source and w.index != u.index]
        expected = (
            {
                v.index
                for v in units
                if v.source != u.source and float(sims[v.index, own].max()) > float(sims[v.index, u.index])
            }
            if own
            else set()
        )
        assert single_sentences._told_by_own(u, found) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", range(4))
def test_nearest_other_sentence_equals_the_first_of_the_highest(seed):
    units = _story(seed, n=40)
    found = SimpleNamespace(units=units, near=SimpleNamespace(sims=_cosines(len(units), seed)))
    for u in units:
        others = [v for v in units if v.source != u.source]
        best = max(others, key=lambda v: float(found.near.sims[u.index, v.index]))
        cos = float(found.near.sims[u.index, best.index])
        expected = (cos, best) if cos >= leftover.UNANCHORED_COSINE else None
        assert leftover._nearest(u, found) == expected  # type: ignore[arg-type]


def test_a_numbers_word_position_is_the_count_of_words_before_it():
    for text in ["The 3rd of 10 teams came eighth in 12 games.", "Sie wurden 2. von 8 und Dritter.", "8th", ""]:
        u = SimpleNamespace(text=text, values=[], language="en" if text.startswith(("T", "8")) else "de")
        starts = [m.start() for m in singles._WORD.finditer(text)]
        expected = []
        ordinals = singles._ordinals().get(u.language, {})
        for m in singles._WORD.finditer(text):
            n = ordinals.get(m.group().casefold())
            if n is not None:
                expected.append((float(n), sum(1 for s in starts if s <= m.start())))
        expected += [
            (float(m.group(1)), sum(1 for s in starts if s <= m.start())) for m in singles._DIGIT_ORDINAL.finditer(text)
        ]
        assert singles._numbers(u) == expected  # type: ignore[arg-type]


def test_polar_conflicts_read_each_sentence_once(monkeypatch):
    asked: list[str] = []
    real = polar.poles_in

    def counting(text: str, lang: str) -> dict[str, str]:
        asked.append(text)
        return real(text, lang)

    monkeypatch.setattr(polar, "poles_in", counting)
    monkeypatch.setattr(polar, "_act_conflict", lambda *a: None)  # only the reading is under test here
    units = [
        SimpleNamespace(index=i, source=i + 1, article=f"a{i}", text=text, language="en", values=[], entities=[])
        for i, text in enumerate(["The company refused to pay the ransom.", "The company paid the ransom on Friday."])
    ]
    data = SimpleNamespace(facts={}, bodies={}, articles=[])
    polar.polar_conflicts(units, [], data)  # type: ignore[arg-type]
    assert {"refused to pay", "paid"} <= {pole for u in units for pole in real(u.text, u.language).values()}
    assert sorted(asked) == sorted(u.text for u in units)


@pytest.mark.parametrize(
    "paragraph",
    [
        "KESSINGEN, Valdoria, Nov 23 (Nordwire) - A fire broke out at the plant on Sunday night.",
        "Koblenz (dpa) - Die Feuerwehr rückte mit 40 Kräften aus.",
        "MOSCOW (Reuters) - Rescuers pulled four people from the rubble.",
        "A fire broke out at the plant on Sunday night, officials said.",
        "",
    ],
)
def test_evidence_skips_a_dateline_as_the_cleaner_reads_it(paragraph):
    from crosswire.clean.metadata import dateline_end
    from crosswire.compare import align

    assert align._dateline_end(paragraph) == dateline_end(paragraph)
    body = "Headline\n" + paragraph
    start = len("Headline\n")
    skip = dateline_end(paragraph)
    expected = start + skip if skip > 0 and len(paragraph) - skip >= align.AFTER_DATELINE_MIN_CHARS else start
    assert align.past_dateline(body, start, len(body)) == expected
    assert align.past_dateline(body, start, len(body)) == expected  # the cached answer


def test_left_sentences_join_copies_within_their_own_source_only():
    """Every left sentence is one source's: a copy is looked for among that source's left sentences (the scan
    over every left sentence, kept here, finds the same)."""
    from rapidfuzz import fuzz

    units = []
    for i, (src, art) in enumerate([(1, "a1"), (1, "a2"), (2, "b1"), (2, "b2"), (3, "c1")] * 3):
        units.append(_unit(i, src, art, 100 * i, 100 * i + 60, f"Source {src} says the ferry ran aground at dawn"))
    lefts = [
        SimpleNamespace(sources=[u.source], evidence=[SimpleNamespace(article=u.article)], summary=u.text)
        for u in units[:5]
    ]
    own: dict[int, list] = {}
    for left in lefts:
        own.setdefault(left.sources[0], []).append(left)
    for u in units[5:]:

        def match(left, u=u):
            return (
                left.sources == [u.source]
                and all(ev.article != u.article for ev in left.evidence)
                and fuzz.ratio(u.text, left.summary) >= leftover.COPY_RATIO
            )

        assert next((x for x in lefts if match(x)), None) is next((x for x in own.get(u.source, ()) if match(x)), None)


WORDINGS = [
    ("The worst is behind us.", "en"),
    ("Худшее ещё впереди.", "ru"),
    ("At no point was the water unsafe to drink.", "en"),
    ("Das Wasser war zu keinem Zeitpunkt vollkommen sicher.", "de"),
    ("Los precios no bajan.", "es"),
    ("The company refused to pay, officials said.", "en"),
    ("Nobody was hurt.", None),
    ("", "fr"),
]


@pytest.mark.parametrize(("text", "language"), WORDINGS)
def test_outcomes_and_poles_read_once_are_the_reading_and_a_new_dict(text, language):
    from crosswire.compare import quote_meaning

    for read in (quote_meaning.outcomes, quote_meaning.poles):
        first = read(text, language)
        assert first == read.__wrapped__(text, language)  # type: ignore[attr-defined]
        first["changed"] = (True, "x")
        assert read(text, language) == read.__wrapped__(text, language)  # type: ignore[attr-defined]
