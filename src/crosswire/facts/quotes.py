"""Quotes: direct and partial quotations with their speakers, and reported speech.

Quote marks are paired by hand, per paragraph, because no library pairs them robustly: an apostrophe
("Belarus' borders", "don't") must never open or close a quotation, an unclosed double quote runs to the end
of the paragraph (the news convention for a quotation that continues), and single quotes count only when a
real opening mark (after a space, before a letter) has a matching close. The speaker comes from the
dependency parse: the subject of a speech verb outside the quotation in the same sentence, else the
speaker of the previous quotation in the paragraph (continuations), else of the previous paragraph when the
whole paragraph is a quotation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.facts import lexicon
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.records import Quote, QuoteKind
from crosswire.vocab.data import data_lines

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A speaker as attribution found it: (entity id or None, phrase, body start, body end, verb lemma).
Speaker = tuple[str | None, str | None, int | None, int | None, str | None]

DOUBLE_OPEN = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
SINGLE_OPEN = {"'": "'", "\u2018": "\u2019"}
ALL_QUOTE_MARKS = set(DOUBLE_OPEN) | set(DOUBLE_OPEN.values()) | set(SINGLE_OPEN) | set(SINGLE_OPEN.values())
# Verbs whose object is judged and whose reason follows ("condemned Putin for negotiating ...").
JUDGING_VERBS = frozenset(data_lines("facts_judging_verbs.txt"))
SPEAKER_DEPS = ("nsubj", "nsubjpass")
UNRESOLVED_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "who", "which"}


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation's inner text in ``text``; apostrophes are never taken for quotes."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in DOUBLE_OPEN:
            close = DOUBLE_OPEN[ch]
            j = text.find(close, i + 1)
            if j == -1:
                j = n  # an unclosed quote runs on to the end of the paragraph
            if text[i + 1 : j].strip():
                spans.append((i + 1, j))
            i = j + 1
            continue
        if ch in SINGLE_OPEN and _opens(text, i):
            closing = _single_close(text, i, SINGLE_OPEN[ch])
            if closing is not None:
                spans.append((i + 1, closing))
                i = closing + 1
                continue
        i += 1
    return spans


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014-:") and after.isalnum()


def _single_close(text: str, i: int, close: str) -> int | None:
    j = i + 1
    while True:
        j = text.find(close, j)
        if j == -1 or j - i > 400:
            return None
        after = text[j + 1] if j + 1 < len(text) else " "
        if not after.isalnum() and text[j - 1] != " ":
            # "Belarus' borders" inside a quotation would end it early; an s' followed by a lower-case word is a
            # possessive, so keep looking.
            rest = text[j + 1 :].lstrip()
            if text[j - 1] == "s" and after == " " and rest[:1].islower() and text.find(close, j + 1) != -1:
                j += 1
                continue
            return j
        j += 1


def _speech_verb(sent: Span, quote_spans: list[tuple[int, int]], near: int) -> Token | None:
    """The speech verb outside quotations in ``sent`` nearest to paragraph offset ``near`` (or the "to" of
    "according to X")."""
    verbs = lexicon.speech_verbs()
    best: Token | None = None
    best_dist = 0
    for t in sent:
        if t.pos_ not in ("VERB",) or lemma(t) not in verbs:
            continue
        if any(s - 1 <= t.idx < e + 1 for s, e in quote_spans):
            continue
        dist = abs(t.idx - near)
        if best is None or dist < best_dist:
            best, best_dist = t, dist
    # "according to X"
    if best is None:
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                if not any(s <= t.idx < e for s, e in quote_spans):
                    return t.doc[t.i + 1]
    return best


def _subject(verb: Token) -> Token | None:
    """The grammatical subject of a speech verb, climbing through participles ("..., saying ...")."""
    if verb.lower_ == "to":  # "according to X"
        objs = [c for c in verb.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    v = verb
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in SPEAKER_DEPS]
        if subs:
            return subs[0]
        if v.dep_ in ("advcl", "xcomp", "conj", "ccomp", "acl") and v.head is not v:
            v = v.head
            continue
        break
    return None


def extract_quotes(parsed: ParsedArticle, index: EntityIndex) -> list[Quote]:
    """Direct, partial and reported quotations with their speakers.

    Input: the parsed article and its entities (speakers are linked to entity ids, pronouns resolved).
    Output: :class:`~crosswire.facts.records.Quote` records sorted by position (then kind). ``start``/``end``
    span the quoted words without their quote marks (or the reported clause), ``speaker_start``/
    ``speaker_end`` the words that name the speaker, ``sentence_start``/``sentence_end`` the sentences
    the quotation runs over; all are character offsets into the cleaned body. A quotation with no speaker
    the text names keeps ``speaker`` None. Subheadings are skipped. Raises nothing of its own.
    """
    quotes: list[Quote] = []
    prev_para_speaker: Speaker | None = None
    for para in parsed.paras:
        if para.kind == "subheading":
            continue  # a headline fragment in quote marks has no speaker to attribute
        para_quotes, para_speaker = _paragraph_quotes(para, index, prev_para_speaker)
        quotes.extend(para_quotes)
        prev_para_speaker = para_speaker  # a standalone quotation continues only the paragraph just before
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes


def _paragraph_quotes(
    para: Para, index: EntityIndex, prev_para_speaker: Speaker | None
) -> tuple[list[Quote], Speaker | None]:
    """The quotations and reported speech of one paragraph, and the speaker a next paragraph's standalone
    quotation would continue."""
    spans = find_quote_spans(para.text)
    out: list[Quote] = []
    para_speaker: Speaker | None = None
    for s, e in spans:
        q, speaker = _quotation(para, s, e, spans, index, para_speaker, prev_para_speaker)
        if speaker is not None:
            para_speaker = speaker
        out.append(q)
    reported = _reported(para, spans, index)
    out.extend(reported)
    reported_speakers = [q for q in reported if q.speaker]
    if para_speaker is None and reported_speakers:
        r = reported_speakers[-1]
        para_speaker = (r.speaker, r.speaker_name, r.speaker_start, r.speaker_end, r.verb)
    return out, para_speaker


def _quotation(
    para: Para,
    s: int,
    e: int,
    spans: list[tuple[int, int]],
    index: EntityIndex,
    last_speaker: Speaker | None,
    prev_para_speaker: Speaker | None,
) -> tuple[Quote, Speaker | None]:
    """The quotation at paragraph offsets [s, e) (inside its marks) with its speaker, if any."""
    text = para.text
    inner = text[s:e].strip()
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    s, e = s + lead, s + lead + len(inner)
    sent_open = _sent_at(para, s)
    sent_close = _sent_at(para, max(s, e - 1))
    speaker = _attributed_speaker(para, index, spans, (s, e), sent_open, sent_close)
    if speaker is None:
        speaker = _continued_speaker(para, index, spans, (s, e), last_speaker, prev_para_speaker)
    sent = sent_open or sent_close
    s0 = para.offset + (sent.start_char if sent is not None else 0)
    s1 = para.offset + (sent_close.end_char if sent_close is not None else len(text))
    kind: QuoteKind = "direct" if _is_direct(text, s, inner) else "partial"
    q = Quote(inner, para.offset + s, para.offset + e, s0, s1, kind)
    if speaker is not None and speaker[0] is None and (speaker[1] or "").lower() in UNRESOLVED_PRONOUNS:
        speaker = None  # "we added": a speaker the text does not name
    if speaker is not None:
        ent, phrase, ss, se, verb_lemma = speaker
        q.speaker = ent
        found = index.by_id(ent)
        q.speaker_name = found.name if found is not None else phrase
        q.speaker_start, q.speaker_end, q.verb = ss, se, verb_lemma
    return q, speaker


def _attributed_speaker(
    para: Para,
    index: EntityIndex,
    spans: list[tuple[int, int]],
    quote: tuple[int, int],
    sent_open: Span | None,
    sent_close: Span | None,
) -> Speaker | None:
    """The subject of the speech verb nearest the quotation, in the sentence it closes in, else the one it
    opens in."""
    s, e = quote
    verb = None
    for sent in (sent_close, sent_open) if sent_close is not None else (sent_open,):
        if sent is not None:
            verb = _speech_verb(sent, spans, e if sent is sent_close else s)
            if verb is not None:
                break
    subj = _subject(verb) if verb is not None else None
    if verb is None or subj is None:
        return None
    ent, phrase, ss, se = index.resolve_token(subj, para)
    return (ent, phrase, ss, se, lemma(verb) if verb.lower_ != "to" else "according to")


def _continued_speaker(
    para: Para,
    index: EntityIndex,
    spans: list[tuple[int, int]],
    quote: tuple[int, int],
    last_speaker: Speaker | None,
    prev_para_speaker: Speaker | None,
) -> Speaker | None:
    """A quotation with no speech verb of its own continues the previous quotation's speaker in the
    paragraph; standing alone, the speaker a sentence before it introduced ("She warned ... :"), or the
    previous paragraph's."""
    s, e = quote
    whole_para = s <= 2 and e >= len(para.text.rstrip()) - 3
    if last_speaker is not None:
        return last_speaker
    if whole_para or _sentence_is_quote(para, s):
        return _previous_sentence_speaker(para, s, index, spans) or (prev_para_speaker if whole_para else None)
    return None


def _sent_at(para: Para, pos: int) -> Span | None:
    for sent in para.sents:
        if sent.start_char <= pos < sent.end_char:
            return sent
    return None


def _sentence_is_quote(para: Para, s: int) -> bool:
    sent = _sent_at(para, s)
    return sent is not None and s - sent.start_char <= 2


def _previous_sentence_speaker(para: Para, s: int, index: EntityIndex, spans: list[tuple[int, int]]) -> Speaker | None:
    """A speaker introduced by the sentence just before, ending with a colon ("She warned: ...")."""
    prev = None
    for sent in para.sents:
        if sent.end_char > s:
            break
        prev = sent
    if prev is None or not prev.text.rstrip().endswith(":"):
        return None
    verb = _speech_verb(prev, spans, prev.end_char)
    subj = _subject(verb) if verb is not None else None
    if verb is None or subj is None:
        return None
    ent, phrase, ss, se = index.resolve_token(subj, para)
    return (ent, phrase, ss, se, lemma(verb))


def _is_direct(text: str, s: int, inner: str) -> bool:
    """A whole utterance: starts with a capital and opens a sentence or follows "said:" / "said,"."""
    if not inner or not (inner[0].isupper() or inner[0].isdigit()):
        return False
    before = text[: max(0, s - 1)].rstrip()
    return not before or before[-1] in ".:,!?\u2014" or before.endswith(("--",))


def _reported(para: Para, spans: list[tuple[int, int]], index: EntityIndex) -> list[Quote]:
    """Reported speech: a speech verb with a that-clause, or a judging verb with its reason."""
    out = []
    verbs = lexicon.speech_verbs()
    for t in para.doc:
        if t.pos_ != "VERB" or lemma(t) not in verbs:
            continue
        if any(s <= t.idx < e for s, e in spans):
            continue
        clause = _reported_clause(t)
        if clause is None:
            continue
        cs, ce = _clause_chars(para, *clause)
        if ce - cs < 8 or any(s <= cs and ce <= e + 1 for s, e in spans):
            continue  # the clause is itself one quotation, already recorded
        out.append(_reported_quote(para, t, cs, ce, index))
    return out


def _reported_clause(t: Token) -> tuple[int, int] | None:
    """Token range (both ends inclusive) of what a speech verb reports: its that-clause, or for a judging
    verb its object and reason ("condemned Putin for negotiating ...")."""
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    if comps:
        return comps[0].left_edge.i, comps[0].right_edge.i
    if lemma(t) in JUDGING_VERBS:
        obj = [c for c in t.children if c.dep_ == "dobj"]
        reason = [c for c in t.children if c.dep_ in ("prep", "oprd", "xcomp") and c.lower_ in ("for", "as", "over")]
        if obj and reason:
            return obj[0].left_edge.i, reason[0].right_edge.i
    return None


def _clause_chars(para: Para, i: int, j: int) -> tuple[int, int]:
    """Paragraph offsets of a reported clause's tokens [i, j], without "that" and closing punctuation
    (but with the closing mark of a quotation the clause ends in)."""
    doc = para.doc
    while j > i and (doc[j].is_punct and doc[j].text not in ALL_QUOTE_MARKS):
        j -= 1
    if doc[i].lower_ == "that" and i < j:
        i += 1
    cs, ce = doc[i].idx, doc[j].idx + len(doc[j].text)
    if para.text[cs:ce].count('"') % 2 == 1:  # keep the closing mark of a quotation the clause ends in
        nxt = para.text.find('"', ce, ce + 3)
        if nxt != -1:
            ce = nxt + 1
    return cs, ce


def _reported_quote(para: Para, t: Token, cs: int, ce: int, index: EntityIndex) -> Quote:
    """The reported-speech record for verb ``t`` and its clause at paragraph offsets [cs, ce)."""
    subj = _subject(t)
    sent = para.sent_of(t.i)
    q = Quote(
        para.text[cs:ce],
        para.offset + cs,
        para.offset + ce,
        para.offset + sent.start_char,
        para.offset + sent.end_char,
        "reported",
        verb=lemma(t),
    )
    if subj is not None:
        ent, phrase, ss, se = index.resolve_token(subj, para)
        found = index.by_id(ent)
        if found is None and phrase.lower() in UNRESOLVED_PRONOUNS:
            return q
        q.speaker, q.speaker_name = ent, found.name if found is not None else phrase
        q.speaker_start, q.speaker_end = ss, se
    return q
