"""speed15's exact cuts, each against the formula it replaced: the stories stage's term overlap summed over the
shared terms only (the same float, bit for bit), and the role titles that end a text, searched after a prefilter
on the text's last characters (the same match, on invented text in six scripts and over all of Unicode). The
facts readers that now read a paragraph's or sentence's text once are checked by the stores' identity
(``bench/same_output.py``) and the facts tests."""

from __future__ import annotations

import math
import random
import re
import struct

import pytest

from crosswire.stories.cluster import term_dot
from crosswire.vocab.phrases import EndingTitles, case_key


def _old_dot(vec: dict[int, float], terms: dict[int, float]) -> float:
    return sum(w * terms.get(t, 0.0) for t, w in vec.items())


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


def _weights(rng: random.Random, n: int, ids: list[int]) -> dict[int, float]:
    out = {}
    for t in rng.sample(ids, n):
        kind = rng.random()
        if kind < 0.05:
            out[t] = 0.0
        elif kind < 0.08:
            out[t] = -0.0
        elif kind < 0.12:
            out[t] = rng.choice([5e-324, 1e-310, -1e-310])  # subnormals
        elif kind < 0.2:
            out[t] = -rng.random()
        else:
            out[t] = rng.random() * 10 ** rng.randint(-8, 3)
    return out


def test_term_dot_is_the_old_sum_bit_for_bit() -> None:
    rng = random.Random(15)
    ids = list(range(2000))
    for _ in range(3000):
        vec = _weights(rng, rng.randint(0, 400), ids)
        terms = _weights(rng, rng.randint(0, 300), ids)
        old, new = _old_dot(vec, terms), term_dot(vec, terms)
        assert _bits(float(old)) == _bits(float(new)), (old, new)


@pytest.mark.parametrize(
    ("vec", "terms"),
    [
        ({}, {1: 0.5}),  # nothing to sum
        ({1: 0.5}, {}),
        ({1: 0.5, 2: 0.25}, {3: 1.0}),  # no shared term: 0.0, not -0.0
        ({1: -0.5, 2: -0.25}, {3: 1.0}),  # absent terms of negative weight add -0.0
        ({1: -0.0}, {1: 1.0}),
        ({1: 1e308, 2: 1e308, 3: -1e308}, {1: 10.0, 2: 10.0, 3: 10.0}),  # overflow in order, as before
        ({1: 0.1, 2: 0.2, 3: 0.3}, {3: 0.3, 1: 0.1}),  # vec's order, not terms'
    ],
)
def test_term_dot_edge_cases(vec: dict[int, float], terms: dict[int, float]) -> None:
    old, new = float(_old_dot(vec, terms)), float(term_dot(vec, terms))
    assert _bits(old) == _bits(new) or (math.isnan(old) and math.isnan(new))


# -- titles ending a text: EndingTitles.search is the pattern's own search, its prefilter never drops a match --

TITLES = [
    "mayor",
    "deputy mayor",
    "la dirigeante syndicale",
    "директор завода",
    "bürgermeister",
    "prezes",
    "ſheriff",  # a long s: "s" and "ſ" are one class for re's IGNORECASE
    "kelvin",  # "K" (the Kelvin sign) is a "k"
    "ministra",
    "i̇mam",  # a dotted capital's lower case, two characters
    "ısparta valisi",  # a dotless i
    "θεματοφύλακας",  # θ / ϑ
    "pm",
]


def _old(words: list[str], comma: bool) -> re.Pattern[str]:
    tail = r",?\s+$" if comma else r"\s+$"
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + ")" + tail, re.IGNORECASE)


def _texts(rng: random.Random) -> list[str]:
    fillers = ["the", "said", "Porto", "of the", "Ilse", "—", "x", "(", "''", "ex-", "co", "vice", "Sr.", "ǅ", "İ"]
    spaces = [" ", "  ", "\n", "\u00a0", "\t", "\u2003", ""]
    out = []
    for _ in range(4000):
        words = [rng.choice(fillers) for _ in range(rng.randint(0, 4))]
        if rng.random() < 0.7:
            title = rng.choice(TITLES)
            title = "".join(ch.upper() if rng.random() < 0.4 else ch for ch in title)
            title = title.replace("s", "ſ") if rng.random() < 0.1 else title
            title = title.replace("k", "\u212a") if rng.random() < 0.1 else title
            title = title[1:] if rng.random() < 0.1 else title  # a cut title
            words.append(title)
        text = rng.choice([" ", "", "-", "\n"]).join(words)
        text += rng.choice(["", ",", ",,", ";"]) + rng.choice(spaces) + rng.choice(spaces)
        out.append(text)
    return out


@pytest.mark.parametrize("comma", [True, False])
def test_ending_titles_search_is_the_patterns(comma: bool) -> None:
    titles = EndingTitles(sorted(TITLES, key=len, reverse=True), comma=comma)
    old = _old(sorted(TITLES, key=len, reverse=True), comma)
    assert titles.pattern.pattern == old.pattern and titles.pattern.flags == old.flags
    hits = 0
    for text in _texts(random.Random(151 + comma)):
        want = old.search(text)
        got = titles.search(text)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), repr(text)
        hits += want is not None
    assert hits > 300  # the texts do end in titles, in every casing


def test_the_prefilter_skips_most_texts_that_end_in_no_title() -> None:
    titles = EndingTitles(TITLES, comma=True)
    assert titles.may_match("Porto Mayor ") and titles.may_match("der BÜRGERMEISTER,\n")
    assert titles.may_match("a ſHERIFF ") and titles.may_match("the \u212aelvin ")
    assert not titles.may_match("said the farmer ") and not titles.may_match("Porto mayor")
    assert not titles.may_match("") and not titles.may_match(" ")


def test_the_case_key_holds_for_every_character_re_matches_alike() -> None:
    """For every character of the real role titles (data/roles.toml) and every code point, a case-insensitive
    match of the one by the other implies one case key: the prefilter's claim, over all of Unicode."""
    from crosswire.facts import lexicon

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    chars = sorted({ch for w in lexicon.role_phrases()._keys | lexicon.held_role_phrases()._keys for ch in w})
    chars += sorted({ch for w in TITLES for ch in w} | {"K", "k", "S", "ſ", "İ", "ı", "Σ", "ς", "ϑ", "ß", "ẞ"})
    for ch in dict.fromkeys(chars):
        key = case_key(ch)
        for m in re.finditer(re.escape(ch), every, re.IGNORECASE):
            assert case_key(m.group()) == key, (ch, m.group())


def test_the_real_title_patterns_are_unchanged() -> None:
    from crosswire.facts import lexicon

    for titles, comma in ((lexicon.role_phrases(), True), (lexicon.held_role_phrases(), False)):
        words = titles.pattern.pattern.removeprefix(r"(?<![\w-])(?:").rsplit(")", 1)[0]
        assert titles.pattern.pattern.endswith(r",?\s+$" if comma else r")\s+$")
        assert titles.pattern.flags & re.IGNORECASE and len(titles._keys) > 500 and words
        rng = random.Random(7)
        for text in _texts(rng)[:1500]:
            want = titles.pattern.search(text)
            got = titles.search(text)
            assert (got and got.span()) == (want and want.span()), repr(text)
