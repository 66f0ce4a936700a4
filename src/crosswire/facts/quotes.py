"""Quotes: direct and partial quotations with their speakers, and reported speech.

The marks are paired in :mod:`crosswire.facts.quote_marks`; the speaker comes from the dependency parse
(:mod:`crosswire.facts.attribution`, checked by :mod:`crosswire.facts.speakers`): the subject of a speech verb
outside the quotation in the same sentence, else the verb that attributes it by position ("Moor agreed:
'...'"), else the speaker of the previous quotation in the paragraph (continuations) unless the sentence
names someone else, else of the previous paragraph when the whole paragraph is a quotation. Reported speech
("said that ...") is :mod:`crosswire.facts.reported`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.facts import attribution, company_speakers, speakers
from crosswire.facts.attribution import Spans, Speaker
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.quote_marks import ALL_QUOTE_MARKS, DOUBLE_OPEN, SINGLE_OPEN, find_quote_spans
from crosswire.facts.records import Quote, QuoteKind
from crosswire.facts.reported import reported

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ALL_QUOTE_MARKS", "DOUBLE_OPEN", "SINGLE_OPEN", "extract_quotes", "find_quote_spans"]


def extract_quotes(parsed: ParsedArticle, index: EntityIndex) -> list[Quote]:
    """Direct, partial and reported quotations with their speakers.

    Input: the parsed article and its entities (speakers are linked to entity ids, pronouns resolved).
    Output: :class:`~crosswire.facts.records.Quote` records sorted by position (then kind). ``start``/``end``
    span the quoted words without their quote marks (or the reported clause), ``speaker_start``/
    ``speaker_end`` the words that name the speaker, ``sentence_start``/``sentence_end`` the sentences
    the quotation runs over; all are character offsets into the cleaned body. A quotation with no speaker
    the text names keeps ``speaker`` None. Subheadings are skipped. Raises nothing of its own.
    """
    paras = [p for p in parsed.paras if p.kind != "subheading"]  # a headline fragment has no speaker
    spans_of = [find_quote_spans(p.text) for p in paras]
    blocks = [(p.offset, p.text) for p in parsed.paras]
    who = attribution.Speaking(
        attribution.speech_subjects(paras, index, spans_of),
        speakers.text_genders(paras, index),
        speakers.mention_roles(paras, index),
        kinds=company_speakers.kinds(blocks, index.spans, "en"),
        trades=company_speakers.trades(blocks, index.spans, "en"),
        place_like=company_speakers.place_like(blocks, index.spans, "en"),
    )
    ctx = _Context(index, who)
    quotes: list[Quote] = []
    prev_para_speaker: Speaker | None = None
    for para, spans in zip(paras, spans_of, strict=True):
        para_quotes, para_speaker = _paragraph_quotes(para, spans, ctx, prev_para_speaker)
        quotes.extend(para_quotes)
        prev_para_speaker = para_speaker  # a standalone quotation continues only the paragraph just before
    quotes.sort(key=lambda q: (q.start, q.kind))
    return quotes


class _Context:
    """What every paragraph's attribution reads: the entity index and the article's speaking people."""

    __slots__ = ("index", "who")

    def __init__(self, index: EntityIndex, who: attribution.Speaking) -> None:
        self.index = index
        self.who = who


def _paragraph_quotes(
    para: Para, spans: Spans, ctx: _Context, prev_para_speaker: Speaker | None
) -> tuple[list[Quote], Speaker | None]:
    """The quotations and reported speech of one paragraph, and the speaker a next paragraph's standalone
    quotation would continue."""
    out: list[Quote] = []
    para_speaker: Speaker | None = None
    for s, e in spans:
        q, speaker = _quotation(para, s, e, spans, ctx, para_speaker, prev_para_speaker)
        if speaker is not None:
            para_speaker = speaker
        out.append(q)
    found = reported(para, spans, ctx.index, ctx.who)
    out.extend(found)
    named = [q for q in found if q.speaker]
    if para_speaker is None and named:
        r = named[-1]
        para_speaker = (r.speaker, r.speaker_name, r.speaker_start, r.speaker_end, r.verb)
    return out, para_speaker


def _quotation(
    para: Para,
    s: int,
    e: int,
    spans: Spans,
    ctx: _Context,
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
    speaker, named_other = _attributed_speaker(para, ctx, spans, (s, e), (sent_open, sent_close), inner)
    if speaker is None and not named_other:
        speaker = _continued_speaker(para, ctx, spans, (s, e), last_speaker, prev_para_speaker)
    sent = sent_open or sent_close
    s0 = para.offset + (sent.start_char if sent is not None else 0)
    s1 = para.offset + (sent_close.end_char if sent_close is not None else len(text))
    kind: QuoteKind = "direct" if _is_direct(text, s, inner) else "partial"
    if inner.endswith(",") and len(inner) > 1:
        # '"The worst is behind us," Governor Belic said': the comma inside the marks is the sentence's, where
        # the quoted words end on a full stop or nothing; the quote is the words without it
        inner, e = inner[:-1].rstrip(), s + len(inner[:-1].rstrip())
    q = Quote(inner, para.offset + s, para.offset + e, s0, s1, kind)
    if speaker is not None:
        ent, phrase, ss, se, verb_lemma = speaker
        q.speaker = ent
        found = ctx.index.by_id(ent)
        q.speaker_name = found.name if found is not None else phrase
        q.speaker_start, q.speaker_end, q.verb = ss, se, verb_lemma
    return q, speaker


def _attributed_speaker(
    para: Para,
    ctx: _Context,
    spans: Spans,
    quote: tuple[int, int],
    sents: tuple[Span | None, Span | None],
    inner: str,
) -> tuple[Speaker | None, bool]:
    """(speaker, whether the sentence attributes the quotation to someone the checks refused). The subject
    of the speech verb nearest the quotation, in the sentence it closes in, else the one it opens in; else
    the verb that attributes it by position."""
    s, e = quote
    sent_open, sent_close = sents
    verb = None
    for sent in (sent_close, sent_open) if sent_close is not None else (sent_open,):
        if sent is not None:
            verb = attribution.speech_verb(sent, spans, e if sent is sent_close else s)
            if verb is None:
                verb = attribution.positional_verb(sent, spans, quote)
            if verb is not None:
                break
    subj = attribution.outside_subject(verb, spans) if verb is not None else None
    if verb is None or subj is None:
        return None, verb is not None and speakers.passive_hearer(verb)
    found = attribution.resolve(ctx.index, subj, para, ctx.who, inner)
    if found is None:
        return None, True  # "we added", "In May 2019 said": attributed, to no one the text names
    ent, phrase, ss, se = found
    return (ent, phrase, ss, se, _verb_lemma(verb)), False


def _verb_lemma(verb: Token) -> str:
    return "according to" if verb.lower_ == "to" else lemma(verb)


def _continued_speaker(
    para: Para,
    ctx: _Context,
    spans: Spans,
    quote: tuple[int, int],
    last_speaker: Speaker | None,
    prev_para_speaker: Speaker | None,
) -> Speaker | None:
    """A quotation with no attribution of its own continues the previous quotation's speaker in the
    paragraph, unless its sentence names another subject outside the marks ("'...,' countered Councillor
    Brann"); standing alone, the speaker a sentence before it introduced ("She warned ... :"), or the
    previous paragraph's."""
    s, e = quote
    whole_para = s <= 2 and e >= len(para.text.rstrip()) - 3
    if last_speaker is not None:
        return None if _names_other(para, spans, quote) else last_speaker
    if whole_para or _sentence_is_quote(para, s):
        return _previous_sentence_speaker(para, s, ctx, spans) or (prev_para_speaker if whole_para else None)
    return None


def _names_other(para: Para, spans: Spans, quote: tuple[int, int]) -> bool:
    """Whether the quotation's sentence has, outside the marks, a named subject or a name after a verb
    ("..., countered Councillor Brann"): an attribution to someone the verb list does not know."""
    sent = _sent_at(para, quote[0])
    if sent is None:
        return False
    for t in sent:
        if attribution.inside(spans, t.idx) or t.pos_ != "PROPN":
            continue
        if t.dep_ in ("nsubj", "nsubjpass") or (t.head.pos_ == "VERB" and t.dep_ in ("dobj", "npadvmod", "appos")):
            return True
    return False


def _sent_at(para: Para, pos: int) -> Span | None:
    for sent in para.sents:
        if sent.start_char <= pos < sent.end_char:
            return sent
    return None


def _sentence_is_quote(para: Para, s: int) -> bool:
    sent = _sent_at(para, s)
    return sent is not None and s - sent.start_char <= 2


def _previous_sentence_speaker(para: Para, s: int, ctx: _Context, spans: Spans) -> Speaker | None:
    """A speaker introduced by the sentence just before, ending with a colon ("She warned: ...", "Harper
    remembered the anxiety: ...")."""
    prev = None
    for sent in para.sents:
        if sent.end_char > s:
            break
        prev = sent
    if prev is None or not prev.text.rstrip().endswith(":"):
        return None
    verb = attribution.speech_verb(prev, spans, prev.end_char)
    if verb is None:
        verb = attribution.positional_verb(prev, spans, (prev.end_char, prev.end_char))
    subj = attribution.outside_subject(verb, spans) if verb is not None else None
    if verb is None or subj is None:
        return None
    found = attribution.resolve(ctx.index, subj, para, ctx.who, "")
    if found is None:
        return None
    ent, phrase, ss, se = found
    return (ent, phrase, ss, se, _verb_lemma(verb))


def _is_direct(text: str, s: int, inner: str) -> bool:
    """A whole utterance: starts with a capital and opens a sentence or follows "said:" / "said,"."""
    if not inner or not (inner[0].isupper() or inner[0].isdigit()):
        return False
    before = text[: max(0, s - 1)].rstrip()
    return not before or before[-1] in ".:,!?\u2014" or before.endswith(("--",))
