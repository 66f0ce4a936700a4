"""Sentence joins: where a splitter's sentence boundary falls where no sentence ends, in every language.

Every front-end's splitter (spaCy's parser for English, spaCy's senter for French, razdel for Russian, the
light tier's regex) sometimes cuts where no sentence ends. A new user's story showed each kind:

* inside a quotation: ``... told reporters outside the court: "We will appeal this verdict.`` | ``My client
  has always acted in good faith."`` (an unbalanced mark in the evidence), in every quote style ("…", “…”,
  „…“, „…”, «…», »…«, ‘…’);
* after a title written short before a name: ``hospital militar St.`` | ``Agnes de Perinth`` (``Gov.``,
  ``Lt.``, ``Mons.``, ``Dra.``, ``ks.``, ``Abs.``, the data file's ``title_abbreviations``);
* with no end mark at all: ``l'ONG Brightwater`` | ``Aid enlevés ...`` (French senter), or between a
  quotation's end and its attribution in lower case (``«...?»`` | ``— приводит ...``).

:func:`joined` says which neighbouring sentences of one paragraph belong together; :func:`join_spacy` and
:func:`join_analysis` apply it to the English parse and to a front-end's :class:`Analysis`. A join never
removes a character: the joined sentence runs from the first one's start to the last one's end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from crosswire.vocab.data import data_toml

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from crosswire.facts.languages.base import Analysis

# A sentence's last characters that end it: a stop, a question or exclamation mark, an ellipsis, a colon or
# a semicolon (a splitter's own choice there is kept, unless a lower-case word follows), CJK stops; then any
# closing marks or brackets. A closing bracket alone ends one too ("... said (Reuters)").
_ENDED = re.compile(r"(?:[.!?…:;。！？؟।][\"“”‘’'»«‹›)\]」』]*|\))\s*$")
# What a sentence opens with: opening marks, dashes and brackets, then its first letter or digit.
_OPENING = re.compile(r"^[\s\"“”„«»‹›‘’'(\[–—―-]*(\w)?")
# A quotation's own end, after which an attribution in lower case continues the sentence ("«...?» — приводит
# ...", '"We will appeal." he said'): a question or exclamation mark or an ellipsis, or a point or comma before
# a closing mark. Elsewhere a cut before a lower-case word is kept: after a semicolon its clauses are read apart
# (a French "... libérés mardi ; le septième ... est toujours retenu" joined read as one act whose agent was the
# second clause's subject), and a page's stray token ("media_camera Charlie ...") is no sentence's continuation.
_QUOTE_END = re.compile(r"(?:[?!…][\"“”‘’'»«‹›)]*|[.,][\"“”‘’'»«‹›]+)\s*$")
_LAST_WORD = re.compile(r"(\w+)\.\s*$")
_QUOTE_OPEN = re.compile("[\"“„«»‹‘']")
# The marks that close a quotation each opening mark opens.
_CLOSES = {'"': '"', "“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "‘": "’", "'": "'"}
MAX_QUOTATION_CHARS = 1000  # a mark with no close within this many characters opens no quotation here


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], int]:
    d = data_toml("sentence_joins.toml")
    return frozenset(d["title_abbreviations"]), int(d["max_joined_chars"])


@lru_cache(maxsize=1)
def _cut_table() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(clock_ends, name_ends, words that go on after a clock time) of ``data/sentence_joins.toml``, the
    last with babel's English weekday and month names (wide and abbreviated)."""
    from babel.dates import get_day_names, get_month_names

    d = data_toml("sentence_joins.toml")
    going_on = set(d["clock_continuations"])
    for width in ("wide", "abbreviated"):
        going_on.update(get_day_names(width, locale="en").values())
        going_on.update(get_month_names(width, locale="en").values())
    return frozenset(d["clock_ends"]), frozenset(d["name_ends"]), frozenset(going_on)


# spaCy's (Penn) tags of the words that open a sentence after a name's abbreviation: determiners, pronouns,
# conjunctions, prepositions, wh-words, adverbs, modals ("... Brightwater Ltd. It employs ...", "... the U.S. But
# ..."); a noun or a name goes on the name ("the U.S. Army", "Acme Inc. CEO").
_FUNCTION_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "CC", "IN", "WDT", "WP", "WP$", "WRB", "EX", "RB", "MD"})
_QUOTE_TOKENS = frozenset("\"“‘'«")


def _cut_after(tok: Token, clock: frozenset[str], names: frozenset[str], going_on: frozenset[str]) -> bool:
    """Whether a sentence ends after the abbreviation ``tok`` (a token with a following token in its doc)."""
    doc = tok.doc
    low = tok.lower_
    nxt = doc[tok.i + 1]
    if nxt.text in _QUOTE_TOKENS and tok.i + 2 < len(doc):
        nxt = doc[tok.i + 2]  # '... by 2 a.m. "We ...': the quotation opens the next sentence
    word = nxt.text
    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False
    if low in clock:
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is None or not any(c.isdigit() for c in before.text):
            return False
        return word.rstrip(".") not in going_on
    return low in names and nxt.tag_ in _FUNCTION_TAGS


def cut_spacy(sents: list[Span]) -> list[Span]:
    """The sentences of one parsed English paragraph, cut after an abbreviation that also ends a sentence
    (``clock_ends`` and ``name_ends`` of ``data/sentence_joins.toml``: "by about 2 a.m. | Engineers estimate
    ...", "at 5 p.m. | The mayor left", "Brightwater Ltd. | It employs ..."), where spaCy's parser keeps both as
    one. Input and output: spans of one Doc, in order, covering the same tokens. Raises nothing."""
    if not sents:
        return sents
    clock, names, going_on = _cut_table()
    doc = sents[0].doc
    out: list[Span] = []
    for s in sents:
        start = s.start
        for tok in s[:-1]:
            if tok.text.endswith(".") and tok.i > start and _cut_after(tok, clock, names, going_on):
                out.append(doc[start : tok.i + 1])
                start = tok.i + 1
        out.append(doc[start : s.end] if start != s.start else s)
    return out


def quotations(text: str) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of each closed quotation of ``text``, outermost only. A straight
    or curly single quote counts only where it opens (after a space or bracket, before a letter) and closes
    (after a non-space, before no letter): an apostrophe ("don't", "Belarus' borders") never does; a mark with
    no close opens nothing (a quotation continued into the next paragraph is not joined across)."""
    out: list[tuple[int, int]] = []
    i = 0
    while True:
        m = _QUOTE_OPEN.search(text, i)
        if m is None:
            return out
        i = m.start()
        mark = m.group()
        single = mark in "‘'"
        if single and not _opens(text, i):
            i += 1
            continue
        close = _close_of(text, i, _CLOSES[mark], single)
        if close is None:
            i += 1
            continue
        out.append((i, close))
        i = close + 1


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and after.isalnum()


def _close_of(text: str, i: int, closes: str, single: bool) -> int | None:
    j = i + 1
    limit = min(len(text), i + MAX_QUOTATION_CHARS)
    while j < limit:
        if text[j] in closes:
            after = text[j + 1] if j + 1 < len(text) else " "
            if not single or (not after.isalnum() and not text[j - 1].isspace()):
                return j
        j += 1
    return None


def _ended(text: str) -> bool:
    return bool(_ENDED.search(text))


def _opens_lower(text: str) -> bool:
    m = _OPENING.match(text)
    return m is not None and m.group(1) is not None and m.group(1).islower()


def _title_before(text: str, titles: frozenset[str]) -> bool:
    m = _LAST_WORD.search(text)
    return m is not None and m.group(1) in titles


def joined(text: str, spans: list[tuple[int, int]], unended: bool = True) -> list[tuple[int, int]]:
    """Groups of neighbouring sentences of ``text`` that are one sentence: (first index, last index), both
    inclusive, covering ``spans`` (the splitter's sentences as character offsets, in order) in order.

    Two neighbours join when the first ends with no end mark, when the second opens with a lower-case word
    after a quotation's end (:data:`_QUOTE_END`),
    when the first ends with a title written short (``St.``, ``Gov.``, ``Mons.``) and the second opens with a
    capital, or when a closed quotation runs across the boundary and the joined sentence stays within
    ``max_joined_chars`` (``data/sentence_joins.toml``). A line break between them keeps them apart.
    ``unended=False`` leaves a boundary after a sentence with no end mark where the splitter put it (the
    English parser's own such cuts part a caption or credit from the text: "Picture: Instagram | After ...")."""
    if len(spans) < 2:
        return [(i, i) for i in range(len(spans))]
    titles, max_chars = _table()
    marks = quotations(text) if _QUOTE_OPEN.search(text) else []
    groups: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(spans)):
        start, end = spans[first][0], spans[k - 1][1]
        nxt_start, nxt_end = spans[k]
        head, tail = text[start:end], text[nxt_start:nxt_end]
        gap = text[end:nxt_start]
        join = "\n" not in gap and bool(tail.strip()) and bool(head.strip())
        if join:
            join = (
                (unended and not _ended(head))
                or (_opens_lower(tail) and _QUOTE_END.search(head) is not None)
                or (_title_before(head, titles) and not _opens_lower(tail))
                or _quotation_across(marks, spans, start, end, nxt_start, max_chars)
            )
        if not join:
            groups.append((first, k - 1))
            first = k
    groups.append((first, len(spans) - 1))
    return groups


def _quotation_across(
    marks: list[tuple[int, int]], spans: list[tuple[int, int]], start: int, end: int, nxt_start: int, max_chars: int
) -> bool:
    """Whether a closed quotation opened before ``end`` closes at or after ``nxt_start``, and the sentence that
    holds its close ends within ``max_chars`` of ``start``: all of it joined, or none (a long quoted passage
    keeps its own sentences)."""
    for q0, q1 in marks:
        if q0 < end and nxt_start <= q1:
            last_end = next((e for s, e in spans if s <= q1 < e), spans[-1][1])
            if last_end - start <= max_chars:
                return True
    return False


def join_spacy(text: str, sents: list[Span]) -> list[Span]:
    """The sentences of one parsed paragraph (spaCy spans of one Doc whose text is ``text``) with neighbours
    :func:`joined` says belong together merged into one span."""
    if len(sents) < 2:
        return sents
    groups = joined(text, [(s.start_char, s.end_char) for s in sents], unended=False)
    if len(groups) == len(sents):
        return sents
    doc = sents[0].doc
    return [doc[sents[a].start : sents[b].end] for a, b in groups]


def join_analysis(text: str, out: Analysis) -> None:
    """Merge (in place) the sentences of a front-end's analysis of ``text`` that :func:`joined` says belong
    together; token ranges are merged with them."""
    from crosswire.facts.languages.base import Sentence

    sents = out.sentences
    if len(sents) < 2:
        return
    groups = joined(text, [(s.start, s.end) for s in sents])
    if len(groups) == len(sents):
        return
    out.sentences[:] = [Sentence(sents[a].start, sents[b].end, sents[a].first, sents[b].last) for a, b in groups]
