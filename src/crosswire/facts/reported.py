"""Reported speech: "X said (that) ...", the clause a speech verb reports, with its speaker.

The clause is the verb's clausal complement in the spaCy parse, cut where the report ends:

* at a speech verb nested in it that reports on its own ("... must settle it themselves, and commended
  Lukashenko ...", "... were illegal, while the Arab League condemned ..."): that verb's clause is its own
  record, with its own speaker;
* never the object of a verb of judging ("thanked Putin for his support", "described the vote as neither free
  nor fair"): that is an act, not a statement, and yields no record;
* never a question put ("asked whether a ferry would run"): :func:`is_question`;
* not a clause that stands before its verb and holds a quotation ('"...," he said'): the quotation is the
  record, and the clause would carry narration with it ("That being said, '...'").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.clean.metadata import dateline_end
from crosswire.facts import attribution, lexicon
from crosswire.facts.anaphora import antecedent_word
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.quote_marks import ALL_QUOTE_MARKS, DOUBLE_OPEN
from crosswire.facts.records import Quote
from crosswire.vocab.data import data_lines

if TYPE_CHECKING:
    from spacy.tokens import Token

    from crosswire.facts.nlp import Para

Spans = list[tuple[int, int]]
# Verbs whose object is judged ("condemned Putin for negotiating ...", "described the vote as ..."): they attribute
# a quotation within them, but what they take is an act of judging, not a reported statement.
JUDGING_VERBS = frozenset(data_lines("facts_judging_verbs.txt"))
# Conjunctions that make a clause part of what was said (a condition, a time, a reason).
BOUND_MARKS = frozenset({"if", "unless", "when", "because", "after", "before", "until", "once", "since", "as"})
WRITER_PRONOUNS = frozenset({"we", "i"})
DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
_CLOSERS = set(DOUBLE_OPEN.values()) | {'"'}
_OPENERS = {"\u201c", "\u00ab", "\u201e"}


def reported(para: Para, spans: Spans, index: EntityIndex, who: attribution.Speaking) -> list[Quote]:
    """The reported-speech records of one paragraph (speaker None when the text names no one)."""
    out = []
    verbs = lexicon.speech_verbs()
    for t in para.doc:
        if t.pos_ != "VERB" or lemma(t) not in verbs or attribution.inside(spans, t.idx):
            continue
        if attribution.is_inference(t):
            continue  # "..., signaling that a deal may slip": the reporter's inference
        if lexicon.denies(t.text, lemma(t)):
            continue  # "denied that any money had changed hands": what the speaker denies, not what they said
        if any(c.dep_ == "neg" for c in t.children):
            continue  # "has not said what she will do", "never said that ...": no statement of the speaker's
        clause = reported_clause(t)
        if clause is None or is_question(para.doc[clause[0]], t):
            continue
        cs, ce = clause_chars(para, *clause)
        if ce - cs < 8 or any(s <= cs and ce <= e + 1 for s, e in spans):
            continue  # the clause is itself one quotation, already recorded
        if ce <= t.idx and any(cs < e and s < ce for s, e in spans):
            continue  # '"...," he said': the quotation before the verb is the record
        q = _record(para, t, cs, ce, index, who)
        q.anaphoric = antecedent_word(para.doc[clause[0] : clause[1] + 1]) is not None
        out.append(q)
    return out


# Verbs whose "if" clause is a question put, not a condition of what was said ("asked if the bridge would reopen").
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "question"})


def is_question(first: Token, verb: Token) -> bool:
    """Whether a reported clause opening with token ``first`` is a question put, not a statement: "asked whether a
    ferry would run", "wondered if the bridge would reopen" (what the speaker asked is no claim of theirs; the
    answer, when given, is its own clause). "said if the protests turn violent, police would be sent" is a
    statement: "if" asks a question only after a verb of asking."""
    low = first.lower_
    return low == "whether" or (low == "if" and lemma(verb) in QUESTION_VERBS)


def reported_clause(t: Token) -> tuple[int, int] | None:
    """Token range (both ends inclusive) of the clause a speech verb reports: its clausal complement, up to
    the first speech verb inside it that reports on its own; None for a verb with no such clause."""
    if lemma(t) in JUDGING_VERBS:
        return None  # "criticized what he called 'experiments'": the object judged, not a statement
    comps = [c for c in t.children if c.dep_ == "ccomp"]
    if not comps:
        return None
    comp = comps[0]
    verbs = lexicon.speech_verbs()
    same_side = [c for c in comps if (c.i > t.i) == (comp.i > t.i) and (c is comp or lemma(c) not in verbs)]
    # "said that the agency never has administered vaccines and people aren't usually held ...": the parser
    # may split one report into two complements; both are what was said (not one that reports in turn:
    # "..., the KCNA news agency reported").
    left, right = comp.left_edge.i, max(c.right_edge.i for c in same_side)
    cut = _nested_report(comp)
    if cut is not None and cut > left:
        right = cut - 1
        doc = t.doc
        while right > left and (doc[right].is_punct or doc[right].dep_ in ("cc", "mark")):
            right -= 1
    return left, right


def _nested_report(comp: Token) -> int | None:
    """Where the report in ``comp`` ends: the first token of a clause after its head that is not the
    speaker's -- a coordinated or contrasting clause whose verb reports on its own ("..., and commended
    Lukashenko ...", "..., while the Arab League condemned ..."), a clause in the writer's own voice ("...,
    although we would not rule out ...": indirect speech has no "we"), a clause the writer adds after a dash
    ("... leverage -- and in some cases, he is right"); None when the report runs to the end. A condition or
    a time ("only if a professional concludes ...", "after Politico reported ...") is part of what was said."""
    verbs = lexicon.speech_verbs()
    doc = comp.doc
    for tok in comp.subtree:
        if tok.i <= comp.i or tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("conj", "advcl", "parataxis"):
            continue
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if marks & BOUND_MARKS:
            continue
        subjects = {c.lower_ for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")}
        after_dash = doc[tok.left_edge.i - 1].text in DASHES if tok.left_edge.i > 0 else False
        after_dash = after_dash or (tok.left_edge.i > 1 and doc[tok.left_edge.i - 2].text in DASHES)
        if lemma(tok) in verbs or subjects & WRITER_PRONOUNS or after_dash:
            return tok.left_edge.i
    return None


def clause_chars(para: Para, i: int, j: int) -> tuple[int, int]:
    """Paragraph offsets of a reported clause's tokens [i, j], without the conjunction "that" and closing
    punctuation (but with the closing mark of a quotation the clause ends in). A "that" the parse makes the
    clause's subject stays: "Experts said that makes them very hard to sell" reports "that makes them very
    hard to sell", not a clause cut before its verb."""
    doc = para.doc
    while j > i and (doc[j].is_punct and doc[j].text not in ALL_QUOTE_MARKS):
        j -= 1
    if doc[i].lower_ == "that" and i < j and doc[i].dep_ not in ("nsubj", "nsubjpass"):
        i += 1
    cs, ce = doc[i].idx, doc[j].idx + len(doc[j].text)
    text = para.text[cs:ce]
    opened = text.count('"') % 2 == 1 or sum(text.count(c) for c in _OPENERS) > sum(
        text.count(c) for c in ("\u201d", "\u00bb")
    )
    if opened:  # keep the closing mark of a quotation the clause ends in
        nxt = min((k for c in _CLOSERS if (k := para.text.find(c, ce, ce + 3)) != -1), default=-1)
        if nxt != -1:
            ce = nxt + 1
    return cs, ce


def _record(para: Para, t: Token, cs: int, ce: int, index: EntityIndex, who: attribution.Speaking) -> Quote:
    """The reported-speech record for verb ``t`` and its clause at paragraph offsets [cs, ce); its speaker
    stays None when the subject names no one who can speak (a date, a number, a bare party word)."""
    subj = attribution.subject(t)
    sent = para.sent_of(t.i)
    if cs == 0 and 0 < (opening := dateline_end(para.text)) < ce:
        cs = opening  # "MARVENNA, Estaria (Northgate Wire) — A wildfire ...": the dateline is no part of what was said
    text = para.text[cs:ce]
    q = Quote(
        text,
        para.offset + cs,
        para.offset + ce,
        para.offset + sent.start_char,
        para.offset + sent.end_char,
        "reported",
        verb=lemma(t),
    )
    if subj is None:
        return q
    found = attribution.resolve(index, subj, para, who, "")  # indirect speech says "he" of its speaker
    if found is None:
        return q
    ent, phrase, ss, se = found
    entity = index.by_id(ent)
    if entity is None and lemma(t) in attribution.inference_verbs():
        return q  # "Those facts suggest ...", "Blood tests revealed ...": evidence, not a speaker
    q.speaker, q.speaker_name = ent, entity.name if entity is not None else phrase
    q.speaker_start, q.speaker_end = ss, se
    return q
