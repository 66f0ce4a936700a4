"""Figures: numbers that count or measure something, with what they count, qualifier, place, time, source.

Candidates are spaCy's CARDINAL/MONEY/PERCENT/QUANTITY spans (durations and ages come from DATE/TIME
spans), widened to take in a qualifier the model left outside ("an estimated 150,000"). What is counted comes
from the dependency parse: the noun the number modifies ("774 people"), the noun it is "of" ("a loan of
$1.5 billion"), and the verb acting on that noun, as a participle ("people arrested", "protesters detained").
"""

from __future__ import annotations

import re

from crosswire.facts import lexicon
from crosswire.facts.dates import AGE_RE, DURATION_RE, is_duration
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.numbers import CURRENCY_WORDS, ISO_CURRENCIES, QUALIFIERS, read_number
from crosswire.facts.records import DateFact, Figure

FIGURE_LABELS = {"CARDINAL": "count", "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity"}
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
IRREGULAR_PARTICIPLES = {
    "hold": "held",
    "take": "taken",
    "give": "given",
    "send": "sent",
    "leave": "left",
    "keep": "kept",
    "bring": "brought",
    "draw": "drawn",
    "beat": "beaten",
    "shoot": "shot",
    "put": "put",
    "find": "found",
    "see": "seen",
    "lose": "lost",
    "drive": "driven",
    "hit": "hit",
    "hurt": "hurt",
    "catch": "caught",
    "write": "written",
    "sell": "sold",
    "build": "built",
    "buy": "bought",
    "pay": "paid",
    "lend": "lent",
    "spend": "spent",
    "make": "made",
    "steal": "stolen",
    "choose": "chosen",
    "break": "broken",
    "seize": "seized",
    "cut": "cut",
    "set": "set",
    "shut": "shut",
    "cost": "cost",
    "spread": "spread",
    "kill": "killed",
    "flee": "fled",
    "bear": "borne",
    "win": "won",
}
RELATIVE_AFTER = {"after", "before", "later", "earlier", "ago", "since", "prior"}
GENERIC_NOUNS = {"number", "total", "figure", "tally", "count", "sum", "amount"}


def _participle(verb) -> str:
    if verb.tag_ in ("VBN", "VBD") and lemma(verb) not in IRREGULAR_PARTICIPLES:
        return verb.lower_
    base = lemma(verb)
    if base in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[base]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    return base + "ed"


def _counted(root, with_verb: bool = True) -> tuple[str | None, object]:
    """The thing counted and the token that names it."""
    tok = root
    while tok.dep_ in ("conj", "quantmod") and tok.head is not tok and tok.head.like_num:
        tok = tok.head  # "between 800 and 1,000 jobs": the range's first number carries the noun
    noun = None
    if tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod") and tok.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        noun = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN",):
        noun = tok.head.head  # "a loan of $1.5 billion", "a population of 9.5 million"
    elif (
        tok.pos_ == "NOUN"
        and tok.dep_ != "ROOT"
        and tok.lower_ not in ("tens", "hundreds", "thousands", "millions", "dozens")
    ):
        noun = tok
    if noun is None:
        # "tens of thousands of protesters": the "of" object
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if objs and objs[0].lower_ not in ("thousands", "millions", "hundreds"):
                    noun = objs[0]
                elif objs:
                    for gc in objs[0].children:
                        if gc.dep_ == "prep" and gc.lower_ == "of":
                            o2 = [c for c in gc.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                            noun = o2[0] if o2 else None
    if noun is not None and noun.lower_ in CURRENCY_WORDS:
        tok, noun = noun, None  # "5,000 euros": the currency is the unit; look past it
    if noun is None and tok.dep_ in ("attr", "dobj") and lemma(tok.head) in ("be", "cost", "total", "reach"):
        # "The fine was 5,000 euros", "the repairs cost $2 million": the subject is what is measured
        subs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if subs:
            return subs[0].lower_, subs[0]
    if noun is None or noun.lower_ in ("%", "percent", "cent", "per"):
        return None, None
    if noun.lower_ in GENERIC_NOUNS:  # "the number of people detained"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    noun = objs[0]
    words = [noun.lower_]
    verb = noun.head
    if not with_verb:
        return noun.lower_, noun
    if noun.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB":
        words.append(_participle(verb))  # "people arrested", "protesters detained"
    elif noun.dep_ == "nsubj" and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children):
        words.append(_participle(verb))
    else:
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":  # "protesters detained in Minsk"
                words.append(child.lower_)
                break
    return " ".join(words), noun


def _attribution(root, para: Para, index: EntityIndex) -> tuple[str | None, str | None]:
    """Who gives the figure: the subject of a speech verb whose clause holds it, or "according to X"."""
    verbs = lexicon.speech_verbs()
    tok = root
    passed_clause = False
    for _ in range(8):
        if tok.dep_ in ("ccomp", "parataxis"):
            passed_clause = True
        head = tok.head
        if head is tok:
            break
        if (head.pos_ == "VERB" and lemma(head) in verbs and passed_clause) or (
            head.pos_ == "VERB" and lemma(head) in ("say", "report", "estimate") and tok.dep_ == "ccomp"
        ):
            subs = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subs:
                ent, phrase, _s, _e = index.resolve_token(subs[0], para)
                found = index.by_id(ent)
                return (found.name if found is not None else phrase), ent
        tok = head
    sent = para.sent_of(root.i)
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                ent, phrase, _s, _e = index.resolve_token(objs[0], para)
                found = index.by_id(ent)
                return (found.name if found is not None else phrase), ent
    return None, None


# A money or scaled figure as written, glued together: "$2.3bn", "£3.5m", "£100,000", "USD 5m", "1.2tn".
# spaCy's tokenizer splits the symbol and the "m." off the number and its NER often leaves one of them out
# of the MONEY span ("about £3.5" + "m."), so spans are widened to these. "m", "k" and "b" count only beside
# a currency: "a 5m wall" is metres. Written as a digit scan plus a look behind each amount because one
# regex with an optional prefix tries every character of every paragraph.
_ISO = "|".join(sorted(ISO_CURRENCIES))
_AMOUNT_RE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|mn|tn|m|k|b)?(?![\w$€£¥₹])")
_PREFIX_RE = re.compile(r"(?:(US\$|C\$|A\$|HK\$|[$€£¥₹₽₴])|\b(?:" + _ISO + r")\s?)$")
_ISO_HINT = re.compile(r"[A-Z]{3}\s?\d")


def _money_hint(text: str) -> bool:
    """A cheap test that saves the amount scan on most paragraphs."""
    return (
        any(c in text for c in "$€£¥₹₽₴")
        or "bn" in text
        or "mn" in text
        or "tn" in text
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
    return out


_QUALIFIERS_LONGEST_FIRST = sorted(QUALIFIERS, key=lambda q: -len(q.split()))


def _widen(para: Para, start: int, end: int) -> int:
    """Take in a qualifier just before the span ("an estimated" 150,000, "nearly" 7,000)."""
    if start == 0:
        return start
    doc = para.doc
    char = doc[start].idx
    before = " ".join(para.text[max(0, char - 24) : char].lower().split()[-3:])
    for q in _QUALIFIERS_LONGEST_FIRST:
        if before == q or before.endswith(" " + q):
            n = len(q.split())
            if start - n >= 0 and doc[start - n : start].text.lower() == q:
                return start - n
    return start


def extract_figures(parsed: ParsedArticle, index: EntityIndex, dates: list[DateFact]) -> list[Figure]:
    out: list[Figure] = []
    places = sorted((m.start, m.end, e.name) for e in index.entities if e.type == "place" for m in e.mentions)
    for para in parsed.paras:
        doc = para.doc
        money = _money_spans(para.text)
        used: set[int] = set()
        cands = list(doc.ents)
        for mi, (ms, me, _cur) in enumerate(money):
            if not any(e.start_char < me and ms < e.end_char and e.label_ in FIGURE_LABELS for e in doc.ents):
                extra = doc.char_span(ms, me, label="MONEY", alignment_mode="expand")
                if extra is not None:
                    cands.append(extra)  # "$2.3bn" the model did not tag at all
        if len(cands) > len(doc.ents):
            cands.sort(key=lambda e: e.start_char)
        for ent in cands:
            label = ent.label_
            ftype = FIGURE_LABELS.get(label)
            duration = False
            if label in ("DATE", "TIME") and is_duration(ent.text):
                ftype, duration = "duration", True
            if ftype is None:
                continue
            if label == "CARDINAL" and ent.start > 0 and doc[ent.start - 1].text in ("-",):
                continue
            cs, ce = ent.start_char, ent.end_char
            glued = None
            if ftype in ("count", "money"):
                for mi, (ms, me, cur) in enumerate(money):
                    if ms < ce and cs < me and mi not in used:
                        used.add(mi)
                        glued = (ms, me) if glued is None else (glued[0], me)
                        cs, ce = min(cs, ms), max(ce, me)
                        ftype = "money" if cur else ftype
            first = doc.char_span(cs, ce, alignment_mode="expand") if cs < ent.start_char else None
            start = _widen(para, first.start if first is not None else ent.start, ent.end)
            end = ent.end
            if end < len(doc) and doc[end].lower_ in CURRENCY_WORDS and ftype in ("count", "money"):
                end, ftype = end + 1, "money"  # "an estimated 300 million" + "hryvnias"
                ce = max(ce, doc[end - 1].idx + len(doc[end - 1]))
            cs = min(cs, doc[start].idx)
            ce = max(ce, doc[end - 1].idx + len(doc[end - 1]))
            if para.text[ce - 1] == "." and ce - cs > 1:
                ce -= 1  # "£3.5m." at the end of a sentence: the full stop is not the figure's
            text = para.text[cs:ce]
            fig = _reading(text, ftype, duration)
            if fig is None and glued is not None and ce > glued[1]:
                ce = glued[1]  # the model's "$4.7bn flood" (a noun taken in): the written figure alone
                text = para.text[cs:ce]
                fig = _reading(text, ftype, duration)
            if fig is None:
                continue
            nums = [t for t in ent if t.like_num or t.pos_ == "NUM"]
            root = nums[-1] if nums else ent.root  # "an estimated 150,000": the number, not the article
            if (
                duration
                and root.i + 1 < len(doc)
                and doc[ent.end - 1].i + 1 < len(doc)
                and doc[ent.end].lower_ in RELATIVE_AFTER
            ):
                continue  # "a day after ...", "two weeks ago": a point in time, not a length of time
            sent = para.sent_of(root.i)
            s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
            fig.start, fig.end = para.offset + cs, para.offset + ce
            fig.sentence_start, fig.sentence_end = s0, s1
            if fig.type in ("count", "money", "percent", "quantity"):
                counted, noun = _counted(root, with_verb=fig.type == "count")
                if noun is not None and cs <= noun.idx < ce:  # "£3.5m.": the "m." is the scale, not the thing
                    counted, noun = _counted(noun, with_verb=fig.type == "count")
                    if noun is not None and cs <= noun.idx < ce:
                        counted, noun = None, None
                fig.counted = counted
                if fig.type == "quantity" and noun is None:
                    fig.unit = ent.text.split()[-1].lower()
                if counted and (counted.split()[0] == fig.unit or counted.split()[0] in CURRENCY_WORDS):
                    fig.counted = None  # "16 centimetres": the unit, not a thing counted
            elif fig.type == "duration":
                counted, _noun = _counted(root)
                fig.counted = counted if counted and counted.split()[0].rstrip("s") not in UNIT_WORDS else None
            fig.attribution, fig.attribution_entity = _attribution(root, para, index)
            after = [p for p in places if fig.end <= p[0] < s1]
            before = [p for p in places if s0 <= p[0] < fig.start]
            fig.place = after[0][2] if after else (before[-1][2] if before else None)
            in_sent = [d for d in dates if s0 <= d.start < s1 and d.value]
            if in_sent:  # the nearest date in the sentence dates the figure
                fig.time = min(in_sent, key=lambda d: min(abs(d.start - fig.end), abs(fig.start - d.end))).value
            out.append(fig)
    return out


def _reading(text: str, ftype: str, duration: bool) -> Figure | None:
    if duration:
        m = AGE_RE.search(text)
        if m:
            r = read_number(m.group(1) or m.group(2))
            if r is None:
                return None
            return Figure(text, 0, 0, 0, 0, "age", value=r.value, unit="year")
        if not DURATION_RE.match(text.strip()):
            return None
        words = re.split(r"[\s-]+", text.strip().lower())
        unit = next((UNIT_WORDS[w.rstrip("s")] for w in words if w.rstrip("s") in UNIT_WORDS), None)
        if unit is None:
            unit = next((UNIT_WORDS[w] for w in words if w in UNIT_WORDS), None)
        number_words = [
            w
            for w in words
            if w.rstrip("s") not in UNIT_WORDS and w not in ("for", "the", "past", "over", "long", "in", "after")
        ]
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
    body = text
    unit = None
    if ftype == "quantity":
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
        unit=unit,  # type: ignore[arg-type]
        currency=r.currency,
        qualifier=r.qualifier,
        exact=r.exact,
    )
