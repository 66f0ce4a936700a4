"""Figures: numbers that count or measure something, with what they count, qualifier, place, time, source.

Candidates are spaCy's CARDINAL/MONEY/PERCENT/QUANTITY spans (durations and ages come from DATE/TIME
spans), widened to take in a qualifier the model left outside ("an estimated 150,000") and glued to the
written money figure the tokenizer split ("$2.3bn"). What is counted comes from the dependency parse
(:mod:`crosswire.facts.counted`); the number phrase is read by :mod:`crosswire.facts.numbers`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosswire.facts import lexicon
from crosswire.facts.counted import counted as counted_by
from crosswire.facts.date_context import after_since
from crosswire.facts.dates import AGE_RE, DURATION_RE, approximate_count, is_duration
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.not_figures import name_numeral, phone_number
from crosswire.facts.numbers import decimal_fractions, read_number
from crosswire.facts.records import DateFact, Figure, FigureType
from crosswire.vocab.concepts import unit_of
from crosswire.vocab.currency_names import currency_adjectives
from crosswire.vocab.quantities import (
    CURRENCY_WORDS,
    ISO_CURRENCIES,
    NAMED_ONLY_CURRENCY_WORDS,
    QUALIFIERS,
    UNTAGGED_VAGUE,
    VAGUE,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FIGURE_LABELS: dict[str, FigureType] = {
    "CARDINAL": "count",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "quantity",
}
UNIT_WORDS = {
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
    "decade": "decade",
    "century": "century",
    "centuries": "century",
}
RELATIVE_AFTER = {"after", "before", "later", "earlier", "ago", "since", "prior"}
# Words of a duration phrase that are neither its number nor its unit ("for the past two years"; "just": emphasis, no
# bound). "next", "last", "coming", "following", "previous" bound a stretch of time from now ("will spend the next
# seven years in prison": trial 40 read no figure in it, "next seven" being no number); spaCy tags the phrase DATE.
_DURATION_FILLERS = (
    "for", "the", "past", "over", "long", "in", "after", "just", "next", "last", "coming", "following", "previous",
)  # fmt: skip
# A place within the sentence: (body start, body end, entity name).
Place = tuple[int, int, str]


# A money or scaled figure as written, glued together: "$2.3bn", "£3.5m", "£100,000", "USD 5m", "1.2tn".
# spaCy's tokenizer splits the symbol and the "m." off the number and its NER often leaves one of them out
# of the MONEY span ("about £3.5" + "m."), so spans are widened to these. "m", "k" and "b" count only beside
# a currency: "a 5m wall" is metres. Written as a digit scan plus a look behind each amount because one
# regex with an optional prefix tries every character of every paragraph.
_ISO = "|".join(sorted(ISO_CURRENCIES))
_AMOUNT_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|mn|tn|m|k|b)?(?![\w$€£¥₹])")
_PREFIX_RE = re.compile(r"(?:(US\$|C\$|A\$|HK\$|[$€£¥₹₽₴])|\b(?:" + _ISO + r")\s?)$")
_ISO_HINT = re.compile(r"[A-Z]{3}\s?\d")
# A number with a wire service's scale abbreviation written apart ("about 70 mln lev", "2.9 bln cubic meters",
# "35 mln euro"): spaCy tags the number alone or nothing, and read alone it is a million times too small.
_SPACED_SCALE_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s(?:mln|bln|trln)\b", re.I)


def _money_hint(text: str) -> bool:
    """A cheap test that saves the amount scan on most paragraphs."""
    return (
        any(c in text for c in "$€£¥₹₽₴")
        or "bn" in text
        or "mn" in text
        or "tn" in text
        or "ln " in text
        or _ISO_HINT.search(text) is not None
    )


def _money_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, has currency) of each glued money/scale figure in a paragraph."""
    if not _money_hint(text):
        return []
    out = []
    for m in _AMOUNT_RE.finditer(text):  # digits first, then a look at the few characters before them
        scale = m.group(2)
        pre = _PREFIX_RE.search(text, max(0, m.start() - 4), m.start())
        if pre is not None or scale in ("bn", "mn", "tn"):
            out.append((pre.start() if pre is not None else m.start(), m.end(), pre is not None))
    for m in _SPACED_SCALE_RE.finditer(text):
        pre = _PREFIX_RE.search(text, max(0, m.start() - 4), m.start())
        out.append((pre.start() if pre is not None else m.start(), m.end(), pre is not None))
    return out


_QUALIFIERS_LONGEST_FIRST = sorted(QUALIFIERS, key=lambda q: -len(q.split()))
# "the" before a vague count of data/quantities.toml's ``vague`` ("the hundreds of thousands", "the dozens"): the
# article is no part of the number, and read with it the count is none
_THE_VAGUE = re.compile(
    r"the\s+(?=(?:" + "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True)) + r")\b)", re.I
)


_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _scale_words_before(doc: Doc, start: int) -> int:
    """Take in the number words the model left out before a span that opens on a scale word ("over a
    hundred" + "billion dollars", "two" + "million people"): a span read without them is a thousand times
    too small."""
    i = start
    while i > 0 and doc[i].lower_ in _SCALE_WORDS:
        prev = doc[i - 1]
        if prev.like_num and prev.is_alpha:
            i -= 1
        elif prev.lower_ in ("a", "an"):
            return i - 1
        else:
            break
    return i


def _widen(para: Para, start: int, end: int) -> int:
    """Take in a qualifier just before the span ("an estimated" 150,000, "nearly" 7,000), and number words
    the model left out before a scale word ("a hundred" billion dollars)."""
    if start == 0:
        return start
    doc = para.doc
    start = _scale_words_before(doc, start)
    if start == 0:
        return start
    char = doc[start].idx
    before = " ".join(para.text[max(0, char - 24) : char].lower().split()[-3:])
    for q in _QUALIFIERS_LONGEST_FIRST:
        if before == q or before.endswith(" " + q):
            n = len(q.split())
            if start - n >= 0 and doc[start - n : start].text.lower() == q:
                return start - n
    return start


def extract_figures(parsed: ParsedArticle, index: EntityIndex, dates: list[DateFact]) -> list[Figure]:
    """The figures of one article: counts, money, percentages, quantities, durations and ages.

    Input: the parsed article, its entities (for attribution and place) and its dates (the nearest date in
    a figure's sentence dates it). Output: :class:`~crosswire.facts.records.Figure` records in body order,
    each with its value (or low/high range for vague counts), unit or currency, qualifier, what it counts,
    who gives it, place and time. ``start``/``end`` span the figure as written (qualifier included) and
    ``sentence_start``/``sentence_end`` its sentence, as character offsets into the cleaned body. Raises
    nothing of its own; a number phrase that cannot be read is skipped.
    """
    out: list[Figure] = []
    places = sorted((m.start, m.end, e.name) for e in index.entities if e.type == "place" for m in e.mentions)
    for para in parsed.paras:
        money = _money_spans(para.text)
        used: set[int] = set()  # money spans already glued to a figure
        for ent in _candidates(para, money):
            fig = _figure(para, ent, money, used, index)
            if fig is not None and _not_a_figure(para, fig):
                continue
            if fig is not None:
                _elided_counted(fig, out, parsed.body)
                out.append(fig)
    dated = [d for d in dates if not after_since(parsed.body, d.start, d.end, parsed.article.language)]
    for fig in out:
        _place_and_time(fig, places, dated, out)
    return out


def _not_a_figure(para: Para, fig: Figure) -> bool:
    """Whether a count read from ``para`` is a telephone number or the numeral of a name ("0800 130 000",
    "Veldmelk Start 1": :mod:`crosswire.facts.not_figures`); body offsets in ``fig``."""
    if fig.type != "count":
        return False
    s, e = fig.start - para.offset, fig.end - para.offset
    return phone_number(para.text, s, e) or name_numeral(para.text, s, e)


_ELIDED = re.compile(r"\b(?:from|to|against|versus|compared with)\s*$")


def _elided_counted(fig: Figure, before: list[Figure], body: str) -> None:
    """A count with no noun of its own after "from" / "to" ("About 2 300 farms ..., down from 2 750 a
    decade ago") counts what the count before it in its sentence counts."""
    if fig.type != "count" or fig.counted or not _ELIDED.search(body[fig.sentence_start : fig.start]):
        return
    prev = [f for f in before if f.sentence_start == fig.sentence_start and f.type == "count" and f.counted]
    if prev:
        fig.counted = prev[-1].counted


NUMBER_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "TIME", "ORDINAL"})


def _candidates(para: Para, money: list[tuple[int, int, bool]]) -> list[Span]:
    """The paragraph's entity spans, plus a MONEY span for each written money figure the model did not tag."""
    doc = para.doc
    cands = list(doc.ents)
    for ms, me, _cur in money:
        if not any(e.start_char < me and ms < e.end_char and e.label_ in FIGURE_LABELS for e in doc.ents):
            extra = doc.char_span(ms, me, label="MONEY", alignment_mode="expand")
            if extra is not None:
                cands.append(extra)  # "$2.3bn" the model did not tag at all
    for e in doc.ents:
        m = _SPACED_LEAD.match(e.text) if e.label_ == "DATE" else None
        if m is not None:
            num = doc.char_span(e.start_char, e.start_char + m.end(), label="CARDINAL", alignment_mode="expand")
            if num is not None:
                cands.append(num)  # "2 750" tagged DATE: a space-grouped number is a count, never a year
        elif e.label_ == "DATE" and approximate_count(e):
            num = doc.char_span(e.start_char, e.end_char, label="CARDINAL", alignment_mode="expand")
            if num is not None:
                cands.append(num)  # "Roughly 1800 litres" tagged DATE: a qualified number counting a noun
        elif (trailing := _trailing_count(e)) is not None:
            cands.append(trailing)  # "by the afternoon 63 vessels": "the afternoon 63" tagged TIME
    for e in list(cands):
        if (change := _change_parts(e)) is not None:
            if e.label_ == "CARDINAL":
                cands.remove(e)
            cands.extend(change)  # "from 62 to 65": the old and the new value, no range of ages 62-65
    for tok in doc:  # a number word the model did not tag before the noun it counts ("Eleven people died")
        if (
            tok.like_num
            and tok.is_alpha
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].pos_ == "NOUN"
            and doc[tok.i + 1].is_lower
            and not any(e.start <= tok.i < e.end and e.label_ in NUMBER_LABELS for e in cands)
        ):  # a name the model made of it ("TARNOVA - Seven" as a PRODUCT) does not hide the count
            word = doc.char_span(tok.idx, tok.idx + len(tok.text), label="CARDINAL")
            if word is not None:
                cands.append(word)
    for m in _COMPOUND_UNIT.finditer(para.text):  # "a 31-metre trawler": a length the model did not tag
        if unit_of(m.group(2), "en") is None or any(
            e.start_char < m.end() and m.start() < e.end_char and e.label_ in FIGURE_LABELS for e in cands
        ):
            continue
        span = doc.char_span(m.start(), m.end(), label="QUANTITY", alignment_mode="expand")
        if span is not None:
            cands.append(span)
    for m in _UNTAGGED_VAGUE.finditer(para.text):
        if not any(e.start_char < m.end() and m.start() < e.end_char for e in cands):
            span = doc.char_span(m.start(), m.end(), label="CARDINAL", alignment_mode="expand")
            if span is not None:
                cands.append(span)  # "Scores of people": a vague count the model did not tag
    if len(cands) > len(doc.ents):
        cands.sort(key=lambda e: e.start_char)
    return cands


# "62 to 65", "1,200 to 1,500"; not "2019 to 2021" (years, a span of time the dates read)
_CHANGE = re.compile(r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?) to (\d{1,3}(?:,\d{3})*(?:\.\d+)?)")


def _change_parts(ent: Span) -> list[Span] | None:
    """The two numbers of a change written "from 62 to 65" as CARDINAL spans (the old value, the new one),
    when ``ent`` is the CARDINAL or DATE span "62 to 65" right after "from" (the model tags a pair of ages as
    a DATE and leaves it out of the figures, or reads it as one range); None otherwise. "between 10 and 20"
    and a bare "10 to 20" stay ranges."""
    if ent.label_ not in ("CARDINAL", "DATE") or ent.start == 0 or ent.doc[ent.start - 1].lower_ != "from":
        return None
    m = _CHANGE.fullmatch(ent.text)
    if m is None:
        return None
    doc, at = ent.doc, ent.start_char
    spans = [doc.char_span(at + m.start(g), at + m.end(g), label="CARDINAL") for g in (1, 2)]
    return [sp for sp in spans if sp is not None] if all(sp is not None for sp in spans) else None


def _trailing_count(ent: Span) -> Span | None:
    """The number ending a DATE or TIME span of two or more tokens that counts the noun right after it, as a
    CARDINAL span: the model glues a count onto the part of the day before it ("by the afternoon 63 vessels
    were waiting": "the afternoon 63" tagged TIME, and the 63 vessels were lost). A clock time ("6 a.m.",
    "at 10 30") or a year ("May 2019 figures" has no noun the year modifies as a count) keeps its span: the
    number must be digits or a number word modifying the next token, a plural or counted noun."""
    if ent.label_ not in ("DATE", "TIME") or len(ent) < 2:
        return None
    last = ent[-1]
    doc = ent.doc
    if not last.like_num or last.i + 1 >= len(doc) or ent[-2].like_num or ":" in last.text:
        return None
    noun = doc[last.i + 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NNS" or last.head.i != noun.i:
        return None
    if re.fullmatch(r"(?:1[89]|20)\d\d", last.text):
        return None  # a year before a noun ("the 2019 strikes") is a date, not a count
    return doc.char_span(last.idx, last.idx + len(last.text), label="CARDINAL")


# A vague count of data/quantities.toml's ``untagged_vague``, before "of" and a word that is no determiner or
# number ("scores of people", not "the scores of the match" or "a score of 6-4").
_UNTAGGED_VAGUE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in UNTAGGED_VAGUE)
    + r")\b(?=\s+of\s+(?!(?:the|a|an|his|her|its|their|this|that|"
    r"these|those|our|my|your)\b)[^\W\d])",
    re.I,
)


_SPACED_LEAD = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")


def _figure_type(para: Para, ent: Span) -> tuple[FigureType, bool] | None:
    """(figure type, is a duration) of a candidate span; None when it is no figure."""
    label = ent.label_
    if label in ("DATE", "TIME") and is_duration(ent.text):
        return "duration", True
    ftype = FIGURE_LABELS.get(label)
    if ftype is None:
        return None
    if label == "CARDINAL" and ent.start > 0 and para.doc[ent.start - 1].text in ("-",):
        if not para.doc[ent.start - 1].whitespace_:
            return None  # "5-3", "1-2": the second number of a score or a range written with a hyphen
        # a spaced dash is a dateline's or an aside's ("MIROVETS, Bulgaria (BWS) - Nine people were killed")
    return ftype, False


def _figure(
    para: Para, ent: Span, money: list[tuple[int, int, bool]], used: set[int], index: EntityIndex
) -> Figure | None:
    """The figure a candidate span reads as, with its offsets, what it counts and who gives it; None when
    it is not a figure (or is a point in time: "two weeks ago")."""
    read = _read_span(para, ent, money, used)
    if read is None:
        return None
    fig, cs, ce = read
    doc = para.doc
    nums = [t for t in ent if t.like_num or t.pos_ == "NUM"]
    root = nums[-1] if nums else ent.root  # "an estimated 150,000": the number, not the article
    if fig.value == 1 and root.i + 1 < len(doc) and doc[root.i + 1].lower_ == "of" and root.lower_ == "one":
        return None  # "one of its driest autumns", "one of the injured": picks one out of many, counts nothing
    if (
        fig.type in ("duration", "age")
        and root.i + 1 < len(doc)
        and doc[ent.end - 1].i + 1 < len(doc)
        and doc[ent.end].lower_ in RELATIVE_AFTER
        and not (ent.start > 0 and doc[ent.start - 1].lower_ == "for")
    ):
        # "a day after ...", "two weeks ago": a point in time, not a length of time ("deliberated for less
        # than 10 minutes before convicting him" is a length: "for" says so)
        return None
    sent = para.sent_of(root.i)
    fig.start, fig.end = para.offset + cs, para.offset + ce
    fig.sentence_start, fig.sentence_end = para.offset + sent.start_char, para.offset + sent.end_char
    _set_counted(fig, root, ent, (cs, ce))
    fig.attribution, fig.attribution_entity = _attribution(root, para, index)
    return fig


def _read_span(
    para: Para, ent: Span, money: list[tuple[int, int, bool]], used: set[int]
) -> tuple[Figure, int, int] | None:
    """The figure as written around a candidate span, and its paragraph offsets [cs, ce)."""
    kind = _figure_type(para, ent)
    if kind is None:
        return None
    ftype, duration = kind
    cs, ce = ent.start_char, ent.end_char
    glued = None
    if ftype == "quantity" and (sm := _SPACED_SCALE_RE.search(para.text, cs, ce)) is not None:
        after = para.text[sm.end() :].split(maxsplit=1)
        if after and (after[0].lower().strip(".,;)") in CURRENCY_WORDS or after[0].strip(".,;)") in ISO_CURRENCIES):
            ftype = "money"  # "35 mln euro" tagged QUANTITY: "mln" is a scale and "euro" its currency, no unit
    if ftype in ("count", "money"):
        for mi, (ms, me, cur) in enumerate(money):
            if ms < ce and cs < me and mi not in used:
                used.add(mi)
                glued = (ms, me) if glued is None else (glued[0], me)
                cs, ce = min(cs, ms), max(ce, me)
                ftype = "money" if cur else ftype
    cs, ce, ftype = _widened(para, ent, (cs, ce), ftype)
    if ftype == "count" and (lead := _THE_VAGUE.match(para.text, cs, ce)) is not None:
        cs = lead.end()  # "for the hundreds of thousands of spectators": the model's span takes in "the"
    if para.text[ce - 1] == "." and ce - cs > 1:
        ce -= 1  # "£3.5m." at the end of a sentence: the full stop is not the figure's
    fig = _reading(para.text[cs:ce], ftype, duration)
    if fig is None and glued is not None and ce > glued[1]:
        ce = glued[1]  # the model's "$4.7bn flood" (a noun taken in): the written figure alone
        fig = _reading(para.text[cs:ce], ftype, duration)
    return (fig, cs, ce) if fig is not None else None


def _widened(para: Para, ent: Span, chars: tuple[int, int], ftype: FigureType) -> tuple[int, int, FigureType]:
    """The span taken out to a qualifier before it and a currency word after it ("an estimated 300 million"
    + "hryvnias")."""
    doc = para.doc
    cs, ce = chars
    first = doc.char_span(cs, ce, alignment_mode="expand") if cs < ent.start_char else None
    start = _widen(para, first.start if first is not None else ent.start, ent.end)
    glued = doc.char_span(cs, ce, alignment_mode="expand") if ce > ent.end_char else None
    end = max(ent.end, glued.end) if glued is not None else ent.end  # a currency word after "70 mln"
    iso = end < len(doc) and glued is not None and doc[end].text in ISO_CURRENCIES  # "40 mln EUR"
    if (
        end + 1 < len(doc)
        and ftype in ("count", "money")
        and doc[end + 1].lower_ in CURRENCY_WORDS
        and doc[end].lower_ in currency_adjectives("en").get(CURRENCY_WORDS[doc[end + 1].lower_], ())
    ):
        end, ftype = end + 2, "money"  # "3 million Swiss francs": an adjective of babel's name, then the noun
    elif end < len(doc) and (doc[end].lower_ in CURRENCY_WORDS or iso) and ftype in ("count", "money"):
        end, ftype = end + 1, "money"
        ce = max(ce, doc[end - 1].idx + len(doc[end - 1]))
    cs = min(cs, doc[start].idx)
    ce = max(ce, doc[end - 1].idx + len(doc[end - 1]))
    return cs, ce, ftype


def _set_counted(fig: Figure, root: Token, ent: Span, chars: tuple[int, int]) -> None:
    """What the figure counts (and a quantity's unit), from the parse around its number ``root``."""
    cs, ce = chars
    if fig.type in ("count", "money", "percent", "quantity"):
        with_verb = fig.type == "count"
        counted, noun = counted_by(root, with_verb=with_verb)
        if noun is not None and cs <= noun.idx < ce:  # "£3.5m.": the "m." is the scale, not the thing
            counted, noun = counted_by(noun, with_verb=with_verb)
            if noun is not None and cs <= noun.idx < ce:
                counted, noun = None, None
        fig.counted = counted
        if fig.type == "quantity" and noun is None:
            fig.unit = ent.text.split()[-1].lower()
        if counted and (counted.split()[0] == fig.unit or counted.split()[0] in CURRENCY_WORDS):
            fig.counted = None  # "16 centimetres": the unit, not a thing counted
    elif fig.type == "duration":
        counted, _noun = counted_by(root)
        fig.counted = counted if counted and counted.split()[0].rstrip("s") not in UNIT_WORDS else None


def _place_and_time(fig: Figure, places: list[Place], dates: list[DateFact], figures: list[Figure]) -> None:
    """The place named after the figure in its sentence (else the last one before it), and its date: the
    first date after it before the sentence's next figure of the same unit ("from 816 000 tonnes ... in
    2012-13 to 734 000 tonnes ... in 2013-14": each tonnage its own year), else the nearest date in the
    sentence."""
    s0, s1 = fig.sentence_start, fig.sentence_end
    after = [p for p in places if fig.end <= p[0] < s1]
    before = [p for p in places if s0 <= p[0] < fig.start]
    fig.place = after[0][2] if after else (before[-1][2] if before else None)
    in_sent = [d for d in dates if s0 <= d.start < s1 and d.value]
    if not in_sent:
        return
    if fig.unit is not None:
        nxt = min((f.start for f in figures if fig.end <= f.start < s1 and f.unit == fig.unit), default=s1)
        own = [d for d in in_sent if fig.end <= d.start < nxt]
        if own:
            fig.time = own[0].value
            return
    fig.time = min(in_sent, key=lambda d: min(abs(d.start - fig.end), abs(fig.start - d.end))).value


def _attribution(root: Token, para: Para, index: EntityIndex) -> tuple[str | None, str | None]:
    """Who gives the figure (name, entity id): the subject of a speech verb whose clause holds it, or
    "according to X"; (None, None) when the text does not say."""
    speaker = _clause_speaker(root)
    if speaker is not None:
        return _named(speaker, para, index)
    for t in para.sent_of(root.i):
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _named(objs[0], para, index)
    return None, None


def _clause_speaker(root: Token) -> Token | None:
    """The subject of the speech verb above the figure's clause ("police said 300 were detained")."""
    verbs = lexicon.speech_verbs()
    tok = root
    passed_clause = False
    for _ in range(8):
        if tok.dep_ in ("ccomp", "parataxis"):
            passed_clause = True
        head = tok.head
        if head is tok:
            break
        if head.pos_ == "VERB" and (
            (lemma(head) in verbs and passed_clause)
            or (lemma(head) in ("say", "report", "estimate") and tok.dep_ == "ccomp")
        ):
            subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                return subs[0]
        tok = head
    return None


def _named(tok: Token, para: Para, index: EntityIndex) -> tuple[str | None, str | None]:
    ent, phrase, _s, _e = index.resolve_token(tok, para)
    found = index.by_id(ent)
    return (found.name if found is not None else phrase), ent


def _reading(text: str, ftype: FigureType, duration: bool) -> Figure | None:
    """The figure a number phrase reads as (offsets left at 0); None when it holds no number."""
    return _duration_reading(text) if duration else _amount_reading(text, ftype)


def _duration_reading(text: str) -> Figure | None:
    m = AGE_RE.search(text)
    if m:
        r = read_number(m.group(1) or m.group(2))
        if r is None:
            return None
        return Figure(text, 0, 0, 0, 0, "age", value=r.value, unit="year")
    written = decimal_fractions(text)  # "2 1/2 years", "a 2-1/2 year sentence": 2.5 years
    if not DURATION_RE.match(written.strip()):
        return None
    words = re.split(r"[\s-]+", written.strip().lower())
    unit = next((UNIT_WORDS[w.rstrip("s")] for w in words if w.rstrip("s") in UNIT_WORDS), None)
    if unit is None:
        unit = next((UNIT_WORDS[w] for w in words if w in UNIT_WORDS), None)
    number_words = [w for w in words if w.rstrip("s") not in UNIT_WORDS and w not in _DURATION_FILLERS]
    r = read_number(" ".join(number_words).replace(" -", "").strip() or "1")
    if r is None:
        return None
    return Figure(
        text,
        0,
        0,
        0,
        0,
        "duration",
        value=r.value,
        low=r.low,
        high=r.high,
        unit=unit,
        qualifier=r.qualifier,
        exact=r.exact,
    )


# A number and a unit of measure written as one adjective: "a 31-metre trawler", "a 12-tonne load" (the unit one of
# ``data/unit_dimensions.toml``'s, :func:`crosswire.vocab.concepts.unit_of`; "a 10-year-old", "a 5-day strike" are
# no units of measure there)
_COMPOUND_UNIT = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)-([a-z]+)\b")


def _amount_reading(text: str, ftype: FigureType) -> Figure | None:
    body = text
    unit = None
    last = text.split()[-1].lower().strip(".,")
    if ftype == "quantity" and last in NAMED_ONLY_CURRENCY_WORDS:
        ftype = "money"  # "40 million zlotys" tagged QUANTITY: a currency is no unit ("5,200 pounds" tagged so is)
    if ftype == "quantity" and (cm := _COMPOUND_UNIT.fullmatch(text.strip())) and unit_of(cm.group(2), "en"):
        body, unit = cm.group(1), cm.group(2).lower()
    elif ftype == "quantity":
        parts = text.split()
        unit = parts[-1].lower() if len(parts) > 1 else None
        body = " ".join(parts[:-1]) if unit else text
    r = read_number(body)
    if r is None:
        return None
    if re.search(r"(%|\bper ?cent|\bpercent)$", text.strip().lower()):
        ftype = "percent"
    if ftype == "percent":
        unit = "percent"
    elif ftype == "money" and r.currency is None:
        ftype = "count"  # the model's MONEY without a currency ("more than 6 million" vehicles)
    return Figure(
        text,
        0,
        0,
        0,
        0,
        ftype,
        value=r.value,
        low=r.low,
        high=r.high,
        unit=unit,
        currency=r.currency,
        qualifier=r.qualifier,
        exact=r.exact,
    )
