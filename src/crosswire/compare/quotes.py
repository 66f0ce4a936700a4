"""Quotes across sources: the same statement in other words (translation variants), agreed quotes, who said what.

Two quotes are one statement when their speakers are the same canonical entity (``link_entities``) and their
sentence embeddings (multilingual USE, the model the stories stage already loads) are close. Only quotes whose
speaker is quoted by two or more independent sources are embedded, which keeps the cost to a handful of texts.

Across languages (issue 13) the statement's wordings are linked into one group, the original and its
translations together, each kept in its own language with its language tagged; a group never holds two
wordings of one source. A wording in a language the encoder does not cover
(:data:`crosswire.stories.config.ENCODER_LANGUAGES`: Ukrainian and Belarusian translations score 0.23-0.30
against English) is linked only when it shares two or more names or numbers with a wording of the statement
(names compared transliterated, :func:`anchors`); otherwise it is listed beside the statement as not compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz

from crosswire.compare.align import StoryData, cite, evidence, uniq_evidence
from crosswire.compare.quote_meaning import (
    Number,
    Wording,
    difference,
    meaning_alike,
    meaning_apart,
    measure_unit,
    significant,
)
from crosswire.compare.quote_places import places_apart
from crosswire.compare.quote_polarity import polarity_apart
from crosswire.compare.records import (
    ClaimConflict,
    QuoteItem,
    QuoteVariant,
    SaidKind,
    SaidQuote,
    SpeakerQuotes,
    VariantQuote,
)
from crosswire.facts import ArticleFacts, Quote
from crosswire.facts.company_speakers import speaking_body
from crosswire.facts.lexicon import denies
from crosswire.facts.speakers import MONTH_YEAR_RE, PARTY_WORDS
from crosswire.model import Evidence
from crosswire.stories.config import ENCODER_LANGUAGES
from crosswire.stories.embed import embed_cached
from crosswire.vocab.names import fold, surname

DIRECT_THRESHOLD = 0.62  # direct quotes: translations of one sentence score 0.65-0.9 with USE
# A direct quote whose rendering denies what another states ("I will not run again" / "i jeszcze wrócę", and I will
# be back: :func:`.quote_meaning.opposite_outcomes`) reads less alike than a faithful translation (0.60 in a new
# user's no-confidence story, faithful ones 0.69-0.74) and is still one statement whose wordings differ: linked at
# this lower bar, so that the difference is shown. Two statements of one speaker score 0.0-0.15 (the same story).
OPPOSED_THRESHOLD = 0.5
# A wording told with a different meaning may read even less alike: "All affected buses were withdrawn from service"
# / «автобусы останутся на линиях до ремонта» (the buses stay on the routes until repaired) scores 0.41, "We will
# study the ruling and respect it" / "Acataremos el fallo, aunque no lo compartimos" 0.38-0.41 (two new users'
# stories). Above this bar two quotations of one speaker whose meanings differ by a typed reading
# (:func:`.quote_meaning.meaning_apart`) are one statement when each is the other's most alike quotation of the
# speaker in the other's source; two statements of one speaker score 0.0-0.15.
MEANING_THRESHOLD = 0.35
REPORTED_THRESHOLD = 0.75  # reported speech shares topic words easily: the seeds' loan paraphrase scores 0.78,
# two different Putin statements on the reform 0.68
MIN_WORDS = 4
WORD_NUMBER_KINDS = frozenset({"count", "money", "percent", "quantity", "duration", "age"})  # numbers, not dates
NAME_PARTICLES = frozenset("de del der di da dos das du la le van von bin al el ben ibn".split())
# Singular nationality words the entity model can give as a name ("Israeli" of "an Israeli official said").
NATIONALITIES = frozenset(
    "israeli palestinian american british chinese french german russian ukrainian iranian indian".split()
)


@dataclass(slots=True)
class SourceQuote:
    """One quotation in one source (copies of its sentence merged), with its speaker resolved story-wide."""

    speaker_id: str  # canonical entity id ("person:Anatoliy Verbytsky") or "name:<folded name>"
    speaker: str  # the display name
    text: str
    kind: SaidKind
    source: int
    evidence: list[Evidence] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 of its article
    number_words: tuple[tuple[str, Number], ...] = ()  # (as written, number) the facts stage read in it
    names: tuple[str, ...] = ()  # names of entities but persons the facts stage read in it, as written


@dataclass(slots=True)
class QuoteAlignment:
    """Agreed quotes, quote variants, quote conflicts and the quotations that matched another source's."""

    agreed: list[QuoteItem] = field(default_factory=list)
    quote_variants: list[QuoteVariant] = field(default_factory=list)
    conflicts: list[ClaimConflict] = field(default_factory=list)  # one statement quoted with different meanings
    matched: list[SourceQuote] = field(default_factory=list)


def _norm(text: str) -> str:
    """The quote's words for telling two quotes apart: folded, punctuation dropped, letters of every script
    kept (an ASCII-only key made every Russian quote of a source one quote, so one speaker's quote carried
    the others' sentences as its evidence and their own quotes were lost)."""
    return " ".join(re.sub(r"[^\w ]|_", " ", fold(text)).split())


def _speaker(data: StoryData, article: str, q: Quote, surnames: dict[str, str]) -> tuple[str | None, str | None]:
    """The speaker's story-wide id and display name. A one-word speaker ("Noem said ...") that is the
    surname of exactly one person named in full anywhere in the story is that person: one article may
    name her in full and another only by surname, or the model may have typed the bare surname as an
    organisation. An unnamed speaker phrase is kept only when it opens with a capital ("Opposition members") or
    names a body that speaks through a spokesperson (:func:`crosswire.facts.company_speakers.speaking_body`:
    "a police spokesman" -> "Police spokesman")."""
    cid, name = None, None
    if q.speaker and _described_person(data, article, q):
        return None, None  # "the national grid operator said": no person the story retyped is a company noun
    if q.speaker:
        found = data.canonical.get((article, q.speaker))
        if found:
            etype, _, display = found.partition(":")
            if etype in ("person", "organisation"):
                cid, name = found, display
    if cid is None and q.speaker_name and q.speaker_name[:1].isupper():
        cid, name = "name:" + fold(q.speaker_name), q.speaker_name
    elif cid is None and q.speaker_name and (body := speaking_body(q.speaker_name, q.language)) is not None:
        cid, name = "name:" + fold(body), body  # "a police spokesman said": a body the reader can check
    if name is not None and " " not in name.strip():
        full = surnames.get(fold(name.strip()))
        if full is not None:
            return full, full.partition(":")[2]
    if cid is not None and cid.startswith("name:"):
        return cid, name  # a phrase the text gives ("Washington-based analysts"), shown as written
    shown = display_name(name)
    return (cid, shown) if shown is not None else (None, None)


def _described_person(data: StoryData, article: str, q: Quote) -> bool:
    """Whether quote ``q`` of ``article`` was given to a person of the story through a company's description: its
    speaker is an entity the article's name model typed no person (an organisation, "Petar Vrancic" in a new
    user's pipeline preview) that the story's linking made one (:func:`crosswire.facts.linking.story_persons`),
    and the speaker phrase (``speaker_start``..``speaker_end``) is a description naming none of its words ("the
    national grid operator said": the facts stage took the description for the organisation named before it,
    :func:`crosswire.facts.attribution._company_before`). A body named so (typed an organisation and linked as
    one) keeps the quote. Raises nothing."""
    found = data.canonical.get((article, q.speaker or ""))
    if not found or not found.startswith("person:"):
        return False
    facts = data.facts.get(article)
    entity = next((e for e in facts.entities if e.id == q.speaker), None) if facts is not None else None
    if entity is None or entity.type == "person" or q.speaker_start is None or q.speaker_end is None:
        return False
    phrase = data.bodies.get(article, "")[q.speaker_start : q.speaker_end]
    words = {fold(w) for w in re.findall(r"\w+", entity.name)}
    return bool(phrase) and not words & {fold(w) for w in re.findall(r"\w+", phrase)}


def display_name(name: str | None) -> str | None:
    """An entity's name as shown, without the words the entity model took in around it ("rang Taylor" ->
    "Taylor", "Teresa Nielsen Hayden explained" -> "Teresa Nielsen Hayden"); None for a name that names no
    speaker: a date ("May 2019"), a bare party or nationality word ("Democrat", "Israeli")."""
    if not name:
        return None
    words = name.split()
    while words and words[0][:1].islower() and words[0] not in NAME_PARTICLES:
        words.pop(0)
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()
    shown = " ".join(words)
    if not shown or MONTH_YEAR_RE.match(shown) or shown.lower() in PARTY_WORDS or shown.lower() in NATIONALITIES:
        return None
    return shown


def _unique_surnames(data: StoryData) -> dict[str, str]:
    """Folded surname -> canonical id, for surnames that exactly one full-named person in the story has."""
    owners: dict[str, set[str]] = {}
    for cid in set(data.canonical.values()):
        etype, _, name = cid.partition(":")
        words = name.split()
        if etype == "person" and len(words) >= 2:
            owners.setdefault(surname(name), set()).add(cid)
    return {last: next(iter(ids)) for last, ids in owners.items() if len(ids) == 1}


def collect(data: StoryData) -> list[SourceQuote]:
    """One record per (source, quote sentence): speaker, text, kind, evidence (all copies). Partial quotes,
    quotes of fewer than :data:`MIN_WORDS` words, quotes without a named speaker and reported clauses that
    stand for words outside them (``Quote.anaphoric``: "there is no need for that yet", which names nothing a
    reader shown it alone could check; :mod:`crosswire.facts.anaphora`) are left out: what is shown as someone's
    statement is the source's words and can be read on its own."""
    merged: dict[tuple[int, str, str], SourceQuote] = {}
    surnames = _unique_surnames(data)
    for aid, facts, _body in data.with_facts():
        for q in facts.quotes:
            if q.kind == "partial" or q.anaphoric:
                continue
            if q.kind == "reported" and q.verb and denies(q.verb, q.verb, facts.language):
                continue  # "denied that any money had changed hands": what the speaker denies, never their words
            cid, name = _speaker(data, aid, q, surnames)
            if cid is None or name is None or len(q.text.split()) < MIN_WORDS:
                continue
            src = data.source_of[aid]
            key = (src, cid, _norm(q.text))  # one speaker's own words: another's quote is never its evidence
            ev = evidence(data, aid, q.sentence_start, q.sentence_end)
            key = _copied(merged, key, aid)
            if key in merged:
                merged[key].evidence = uniq_evidence([*merged[key].evidence, ev])
                continue
            text = q.text.strip().strip(",").strip()
            kind: SaidKind = "reported" if q.kind == "reported" else "direct"
            if kind == "reported" and (words := verbatim(text)) is not None:
                kind, text = "direct", words  # 'said of Belarus that "we need ..."': the words are quoted
            merged[key] = SourceQuote(
                cid,
                name,
                text,
                kind,
                src,
                uniq_evidence([ev]),
                _language(data, aid, facts),
                _number_words(facts, q),
                _names(facts, q),
            )
    return [*merged.values(), *_printed_parts(data, merged, surnames)]


def _within_words(part: str, whole: str) -> bool:
    """Whether the normalised words ``part`` are a run of the normalised words ``whole`` (or all of them)."""
    return bool(part) and f" {part} " in f" {whole} "


def _printed_parts(
    data: StoryData, merged: dict[tuple[int, str, str], SourceQuote], surnames: dict[str, str]
) -> list[SourceQuote]:
    """Partial quotes that print another source's direct quote of the same speaker, word for word or a run of its
    words (:data:`MIN_WORDS` or more): 'Council leader Priya Nandakumar called the decision "the most important
    transport decision the city has made in a generation"' prints '"This is the most important transport
    decision the city has made in a generation," said council leader Priya Nandakumar' (a new user's tram story
    credited the quote to one outlet only). Read as that source's direct quote; a partial quote no other source
    prints stays out (a fragment shown alone is seldom a statement). One per (source, speaker, words), and none
    where the source has a quote of that speaker holding those words already."""
    direct: dict[str, list[tuple[int, str]]] = {}
    for told_src, told_cid, told_words in merged:
        direct.setdefault(told_cid, []).append((told_src, told_words))
    out: dict[tuple[int, str, str], SourceQuote] = {}
    for aid, facts, _body in data.with_facts():
        for q in facts.quotes:
            if q.kind != "partial" or q.anaphoric or len(q.text.split()) < MIN_WORDS:
                continue
            cid, name = _speaker(data, aid, q, surnames)
            if cid is None or name is None:
                continue
            src, words = data.source_of[aid], _norm(q.text)
            told = direct.get(cid, [])
            if any(s == src and _within_words(words, w) for s, w in told):
                continue  # the source quotes those words whole already
            if not any(s != src and _within_words(words, w) for s, w in told):
                continue
            ev = evidence(data, aid, q.sentence_start, q.sentence_end)
            key = (src, cid, words)
            if key in out:
                out[key].evidence = uniq_evidence([*out[key].evidence, ev])
                continue
            text = q.text.strip().strip(",").strip()
            out[key] = SourceQuote(
                cid,
                name,
                text,
                "direct",
                src,
                uniq_evidence([ev]),
                _language(data, aid, facts),
                _number_words(facts, q),
                _names(facts, q),
            )
    return list(out.values())


COPY_EDIT_SIMILARITY = 90  # rapidfuzz ratio (0-100) of two wordings one source's articles print for one quote:
# a syndicated copy's light edit ("for the staff" / "for its staff" scores 93; "We will not resign" / "We will
# resign" 88 is another statement)


def _copied(
    merged: dict[tuple[int, str, str], SourceQuote], key: tuple[int, str, str], article: str
) -> tuple[int, str, str]:
    """The key of the quote ``key`` repeats from another article of the same source (a wire and its syndicated
    copy, lightly edited: a new user's "Harlund" row listed one statement twice from one source), else ``key``.
    Only across articles: two quotes of one article are two statements however alike. Input: the quotes so far,
    the new quote's key (source, speaker id, normalised words) and its article id."""
    if key in merged:
        return key
    src, cid, words = key
    for other, q in merged.items():
        if other[:2] != (src, cid) or any(ev.article == article for ev in q.evidence):
            continue
        if fuzz.ratio(other[2], words) >= COPY_EDIT_SIMILARITY:
            return other
    return key


QUOTE_PAIRS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}
_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e')


def _number_words(facts: ArticleFacts, q: Quote) -> tuple[tuple[str, Number], ...]:
    """The numbers the facts stage read inside the quote's span, as written and as (significant digits, unit):
    "nine" -> ("9", ""), "two million euros" -> ("2", ""), "10 kilometres" -> ("1", "kilometre"); a percentage by its
    percent ("61 percent", read 0.61, -> "61"). Read by :func:`crosswire.compare.quote_meaning.numbers`."""
    out = []
    for claim in facts.claims:
        if claim.end <= q.start or claim.start >= q.end:
            continue
        for v in claim.values:
            inside = q.start <= v.start and v.end <= q.end and v.kind in WORD_NUMBER_KINDS
            if inside and v.value is not None:
                value = float(v.value) * (100 if v.kind == "percent" else 1)
                out.append((v.text, (significant(value), measure_unit(v.unit or ""))))
    return tuple(out)


def _names(facts: ArticleFacts, q: Quote) -> tuple[str, ...]:
    """The names, as written, of the entities but persons the facts stage read inside the quote's span ("Corvo",
    "Dorvan"): the place slots of :mod:`crosswire.compare.quote_places` are read among them."""
    return tuple(
        m.text
        for e in facts.entities
        if e.type != "person"
        for m in e.mentions
        if m.kind == "name" and q.start <= m.start and m.end <= q.end
    )


def verbatim(text: str) -> str | None:
    """The quoted words of a reported clause that is one quotation and nothing else ('"we need to stick
    closer to our elder brother."', the clause of 'said of Belarus that "we need ..."'), without their
    marks; None for a clause with words of its own outside the marks ('he hoped that this had been
    "overcome."') or more than one quotation."""
    t = text.strip()
    close = QUOTE_PAIRS.get(t[:1])
    if close is None or len(t) < 3 or not t.endswith(close):
        return None
    inner = t[1:-1].strip()
    if not inner or any(c in _MARKS for c in inner):
        return None
    return inner


def _embed(texts: list[str]) -> np.ndarray:
    """Embed each distinct text once (:func:`embed_cached`): wire copies repeat the same quotes many times."""
    return embed_cached(texts)


def _language(data: StoryData, article: str, facts: ArticleFacts) -> str | None:
    """The quote's language: its article's facts' language, else the article's own."""
    if facts.language:
        return facts.language
    return next((r.language for r in data.articles if r.id == article), None)


def _covered(q: SourceQuote) -> bool:
    return q.language is None or q.language in ENCODER_LANGUAGES


_ANCHOR = re.compile(r"\d+(?:[.,\s]\d+)*|[^\W\d_][\w'’-]*", re.UNICODE)


def anchors(text: str) -> set[str]:
    """What a quote shares with its translations whatever the language: its numbers (digits only, so "12,000",
    "12.000" and "12 000" are one) and its capitalised words after the first, transliterated to Latin and
    reduced to their first five letters (case endings aside: "Орловке", "Orlovka"). A new set each call (read
    from a per-text cache: the claim readers ask for the same sentence's anchors several times a story)."""
    return set(_anchors(text))


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1 << 14)
def _anchors(text: str) -> frozenset[str]:
    out = set()
    for i, m in enumerate(_ANCHOR.finditer(text)):
        tok = m.group()
        if tok[0].isdigit():
            out.add("#" + _NOT_DIGIT.sub("", tok))
        elif i > 0 and tok[0].isupper() and len(tok) > 2:
            out.add(_folded_head(tok))
    return frozenset(out)


@lru_cache(maxsize=1 << 15)
def _folded_head(word: str) -> str:
    """A capitalised word transliterated to Latin, accents folded, its first five letters ("Орловке" -> "orlov")."""
    return fold(anyascii(word))[:5]


def _pairs(qs: list[SourceQuote], vec: dict[int, np.ndarray]) -> list[tuple[float, SourceQuote, SourceQuote, bool]]:
    """(similarity, a, b, same words) for each two quotes of one speaker in different sources that say one
    thing, most similar first (identical words score 1.0); two quotes whose meanings differ by a typed reading
    (:func:`.quote_meaning.meaning_apart`: one denies what the other states, a possibility against a certainty, a
    reservation only one states; or, two direct quotes, a clause one states and the other denies:
    :func:`.quote_polarity.polarity_apart`) are linked at :data:`OPPOSED_THRESHOLD`, or at :data:`MEANING_THRESHOLD`
    when
    each is the other's most alike quotation in the other's source; two direct quotes reading one outcome or pole
    alike (:func:`.quote_meaning.meaning_alike`: never unsafe / never unfit), or two quotes, direct or reported,
    naming different places in one slot (:func:`.quote_places.places_apart`), at :data:`OPPOSED_THRESHOLD` when
    each is the other's most alike. A pair with a wording the encoder does not
    cover is linked by two or more shared :func:`anchors` instead, at similarity 0."""
    pairs = []
    best: dict[tuple[int, int], float] = {}  # (id of a quote, another source) -> its best similarity there
    for a in qs:
        for b in qs:
            if a.source != b.source and ((_covered(a) and _covered(b)) or a.language == b.language):
                key = (id(a), b.source)
                best[key] = max(best.get(key, -1.0), float(vec[id(a)] @ vec[id(b)]))
    loose = _loosely_rendered(qs, vec, best)
    for i, a in enumerate(qs):
        for b in qs[i + 1 :]:
            if a.source == b.source:
                continue
            same = _norm(a.text) == _norm(b.text)
            if not same and not (_covered(a) and _covered(b)) and a.language != b.language:
                if len(anchors(a.text) & anchors(b.text)) >= 2:
                    pairs.append((0.0, a, b, False))
                continue
            sim = float(vec[id(a)] @ vec[id(b)])
            direct = a.kind == "direct" and b.kind == "direct"
            if same or sim >= (DIRECT_THRESHOLD if direct else REPORTED_THRESHOLD):
                pairs.append((sim if not same else 1.0, a, b, same))
            elif sim >= MEANING_THRESHOLD and (
                meaning_apart(a.text, a.language, b.text, b.language, connectives=False)
                or (direct and polarity_apart(a.text, a.language, b.text, b.language) is not None)
            ):
                mutual = sim >= best[(id(a), b.source)] and sim >= best[(id(b), a.source)]
                if sim >= OPPOSED_THRESHOLD or mutual:
                    pairs.append((sim, a, b, False))
            elif sim >= OPPOSED_THRESHOLD and places_apart(a.text, a.language, a.names, b.text, b.language, b.names):
                # "… will move to the company's plant in Dorvan" / «… sera transférée à l'usine de Karsk» (0.75),
                # "… in die Werft in Ostrand verlagert" / "… to the company's yard in Velmora" (0.55: German reads
                # low, the same place 0.67): one statement naming two places, each the other's most alike
                if sim >= best[(id(a), b.source)] and sim >= best[(id(b), a.source)]:
                    pairs.append((sim, a, b, False))
            elif direct and sim >= OPPOSED_THRESHOLD and meaning_alike(a.text, a.language, b.text, b.language):
                # « À aucun moment l'eau n'a été impropre à la consommation » / "At no point was the water unsafe to
                # drink" (0.59): one typed value read alike, each the other's most alike quotation in its source
                if sim >= best[(id(a), b.source)] and sim >= best[(id(b), a.source)]:
                    pairs.append((sim, a, b, False))
            elif direct and (id(a), id(b)) in loose:
                pairs.append((sim, a, b, False))
    pairs.sort(key=lambda p: -p[0])
    return pairs


# A direct quotation rendered freely in one language (« C'est la vanne qui a lâché, pas nos employés » for "The
# valve failed, not our people": 0.45, 0.46 and 0.40 against three sources' wordings, a new user's chemical-spill
# story) reads under DIRECT_THRESHOLD; two statements of one speaker score 0.0-0.15 (the same story). Above this bar
# such a wording is linked when it and another source's wording are each the other's most alike quotation of the
# speaker in the other's source, in at least LOOSE_SOURCES other sources: one source's chance likeness to one
# other statement is not enough.
LOOSE_THRESHOLD = 0.4
LOOSE_SOURCES = 2


def _loosely_rendered(
    qs: list[SourceQuote], vec: dict[int, np.ndarray], best: dict[tuple[int, int], float]
) -> set[tuple[int, int]]:
    """(id of a, id of b) for two direct quotations of one speaker linked by the free-rendering rule above:
    similarity at least :data:`LOOSE_THRESHOLD`, each the other's most alike in the other's source (``best``:
    (id of a quote, a source) -> its best similarity there), and one of them so linked in at least
    :data:`LOOSE_SOURCES` other sources. Both orders of each pair are in the set."""
    mutual: dict[int, list[int]] = {}
    for a in qs:
        for b in qs:
            if a.source == b.source or a.kind != "direct" or b.kind != "direct":
                continue
            if not ((_covered(a) and _covered(b)) or a.language == b.language):
                continue
            sim = float(vec[id(a)] @ vec[id(b)])
            if sim >= LOOSE_THRESHOLD and sim >= best[(id(a), b.source)] and sim >= best[(id(b), a.source)]:
                mutual.setdefault(id(a), []).append(id(b))
    out: set[tuple[int, int]] = set()
    for qa, others in mutual.items():
        if len(others) >= LOOSE_SOURCES:
            out.update((qa, qb) for qb in others)
            out.update((qb, qa) for qb in others)
    return out


def _groups(qs: list[SourceQuote], vec: dict[int, np.ndarray]) -> list[tuple[list[SourceQuote], float]]:
    """The speaker's statements: quotes linked by :func:`_pairs`, strongest link first, two groups joining
    only when no source is in both (one wording per source). Each group with two or more quotes, with the
    weakest link that joined it."""
    group: dict[int, int] = {id(q): i for i, q in enumerate(qs)}
    members: dict[int, list[SourceQuote]] = {i: [q] for i, q in enumerate(qs)}
    weakest: dict[int, float] = {}
    for sim, a, b, _same in _pairs(qs, vec):
        ga, gb = group[id(a)], group[id(b)]
        if ga == gb or {q.source for q in members[ga]} & {q.source for q in members[gb]}:
            continue
        for q in members[gb]:
            group[id(q)] = ga
        members[ga] += members.pop(gb)
        weakest[ga] = min(sim, weakest.get(ga, 1.0), weakest.pop(gb, 1.0))
    return [(sorted(m, key=lambda q: q.source), weakest[g]) for g, m in members.items() if len(m) >= 2]


def _weakest(qs: list[SourceQuote], vec: dict[int, np.ndarray]) -> float:
    """The weakest link left among a statement's wordings once others are parted from it: the lowest, over the
    wordings, of each one's highest similarity to another (identical words 1.0; 0 for a wording linked by
    :func:`anchors` alone)."""
    if len(qs) < 2:
        return 0.0
    tops = []
    for a in qs:
        sims = [1.0 if _norm(a.text) == _norm(b.text) else float(vec[id(a)] @ vec[id(b)]) for b in qs if b is not a]
        tops.append(max(sims) if _covered(a) else 0.0)
    return max(0.0, min(tops))


def _variant_quote(q: SourceQuote) -> VariantQuote:
    return VariantQuote(
        text=q.text, sources=[q.source], evidence=q.evidence, language=q.language, quoted=q.kind == "direct"
    )


def _variant(qs: list[SourceQuote], sim: float, not_compared: list[SourceQuote]) -> QuoteVariant:
    return QuoteVariant(
        speaker=qs[0].speaker,
        similarity=round(sim, 3),
        quotes=[_variant_quote(q) for q in qs],
        evidence=uniq_evidence([ev for q in qs for ev in q.evidence]),
        not_compared=[_variant_quote(q) for q in not_compared],
    )


_MEANING_DETAIL = {
    "different number": "a number differs",
    "different duration": "a length of time differs",
    "different outcome": "what happened differs",
    "different negation": "one denies what another states",
    "opposite meaning": "they say opposite things",
    "different modality": "one says it is possible, another that it is certain",
    "ruled out against possible": "one rules out what another holds possible",
    "different place": "they name different places",
    "added reservation": "one adds a reservation",
    "proven against unproven": "one says it is proven, another that it is not",
}


def number_differs(conflict: ClaimConflict) -> bool:
    """Whether a quote conflict of :func:`split_meanings` parts its wordings by a number alone (its
    explanation names that difference)."""
    return conflict.reason == "different meaning" and _MEANING_DETAIL["different number"] in conflict.explanation


def split_meanings(data: StoryData, qs: list[SourceQuote]) -> tuple[list[SourceQuote], ClaimConflict | None]:
    """One statement's wordings (two or more sources) parted where their meanings differ
    (:func:`.quote_meaning.difference`: a number, an outcome denied and stated, opposite poles, a possibility
    against a certainty, a reservation only some state): (the wordings that say one thing, the quote conflict).
    The wordings kept are the side most sources give (ties: the side of the lowest source number) and those
    stating no value of the difference; the conflict ("different meaning", measured as "what <speaker> said")
    has one side per reading, each with its sources' own sentences. (qs, None) when the wordings agree."""
    wordings = [Wording(q.text, q.language, (q.source,), tuple(q.evidence), q.number_words, q.names) for q in qs]
    speaker = qs[0].speaker
    diff = difference(data, speaker, wordings)
    if diff is None:
        return qs, None
    kept_side = max(diff.sides, key=lambda s: (len(s.sources), -min(s.sources)))
    apart = {n for s in diff.sides if s is not kept_side for n in s.sources}
    measure = f"what {speaker} said"
    parts = " vs ".join(f"“{s.label}” {cite(s.sources)}" for s in diff.sides)
    conflict = ClaimConflict(
        summary=f"What {speaker} said: {parts}",
        sources=sorted({n for s in diff.sides for n in s.sources}),
        evidence=uniq_evidence([ev for s in diff.sides for ev in s.evidence]),
        measure=measure,
        reason="different meaning",
        explanation=f"The sources quote {speaker} with different meanings ({_MEANING_DETAIL[diff.reason]}): {parts}.",
        sides=diff.sides,
    )
    return [q for q in qs if q.source not in apart], conflict


def align(data: StoryData, quotes: list[SourceQuote]) -> QuoteAlignment:
    """Agreed quote items (the same words, two or more sources) and quote variants (one statement in other
    words or other languages, two or more sources). Each quote joins one statement at most."""
    by_speaker: dict[str, list[SourceQuote]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker_id, []).append(q)
    shared = [qs for qs in by_speaker.values() if len({q.source for q in qs}) >= 2]
    cands = [q for qs in shared for q in qs]
    out = QuoteAlignment()
    if not cands:
        return out
    vecs = _embed([q.text for q in cands])
    vec = {id(q): vecs[i] for i, q in enumerate(cands)}
    matched: set[int] = set()
    for qs in shared:
        groups = _groups(qs, vec)
        grouped = {id(q) for g, _ in groups for q in g}
        uncompared = [q for q in qs if id(q) not in grouped and not _covered(q)]
        widest = max(range(len(groups)), key=lambda i: len({q.source for q in groups[i][0]}), default=None)
        for i, (whole, sim) in enumerate(groups):
            matched.update(id(q) for q in whole)
            g, conflict = split_meanings(data, whole)
            if conflict is not None:  # a wording with another meaning is a quote conflict, never a variant
                out.conflicts.append(conflict)
                sim = _weakest(g, vec)
            if len({q.source for q in g}) < 2:
                continue
            if one_wording(g):
                evs = uniq_evidence([ev for q in g for ev in q.evidence])
                srcs = sorted({q.source for q in g})
                longest = max(g, key=lambda x: len(_norm(x.text)))
                out.agreed.append(
                    QuoteItem(summary=_summary(longest), sources=srcs, evidence=evs, speaker=g[0].speaker)
                )
                continue
            beside = [q for q in uncompared if q.source not in {m.source for m in g}] if i == widest else []
            matched.update(id(q) for q in beside)
            out.quote_variants.append(_variant(g, sim, beside))
    out.matched = [q for q in quotes if id(q) in matched]
    return out


def one_wording(qs: list[SourceQuote]) -> bool:
    """Whether the quotes are one wording: the same words, or each the run of words of the longest that one
    outlet printed (a quote begun later: "the most important transport decision ..." of "This is the most
    important transport decision ...")."""
    words = [_norm(q.text) for q in qs]
    longest = max(words, key=len, default="")
    return all(_within_words(w, longest) for w in words)


def _summary(q: SourceQuote) -> str:
    return f'{q.speaker}: "{q.text}"'


def who_said_what(quotes: list[SourceQuote]) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker, most quoted first. Speakers shown under one name are one row, whatever
    ids the linking gave them (a surname typed as a person in one article and an organisation in another). A
    direct quote several outlets print (the same words, or a run of another's: :func:`_printed_in`) is one
    quote citing each of them, shown in its longest wording."""
    out: dict[str, SpeakerQuotes] = {}
    fragments = reported_fragments(quotes)
    for q in sorted(quotes, key=lambda q: q.source):
        if id(q) in fragments:
            continue
        entry = out.setdefault(fold(q.speaker), SpeakerQuotes(speaker=q.speaker))
        printed = _printed_in(entry, q) if q.kind == "direct" else None
        if printed is not None:  # another outlet prints the quote: one row citing each outlet
            printed.sources = sorted({*printed.sources, q.source})
            printed.evidence = uniq_evidence([*printed.evidence, *q.evidence])
            if len(_norm(q.text)) > len(_norm(printed.text)):
                printed.text = q.text
            continue
        said = SaidQuote(text=q.text, kind=q.kind, sources=[q.source], evidence=q.evidence, language=q.language)
        entry.quotes.append(said)
    return sorted(out.values(), key=lambda e: -len(e.quotes))


def _printed_in(entry: SpeakerQuotes, q: SourceQuote) -> SaidQuote | None:
    """The speaker's row quote of other sources whose words are ``q``'s, or hold them as a run, or are a run of
    them (a direct quote of :data:`MIN_WORDS` words or more, in one language): one quotation two outlets print;
    None when there is none."""
    words = _norm(q.text)
    if len(words.split()) < MIN_WORDS:
        return None
    for said in entry.quotes:
        if said.kind != "direct" or q.source in said.sources or said.language != q.language:
            continue
        theirs = _norm(said.text)
        if _within_words(words, theirs) or _within_words(theirs, words):
            return said
    return None


def reported_fragments(quotes: list[SourceQuote]) -> set[int]:
    """The ids of reported-speech quotes whose words are a run of words of a direct quote of the same speaker (one
    row of :func:`who_said_what`) in the same source: a new user's court story listed «"We will appeal this verdict
    *(reported)*» beside the direct quote "We will appeal this verdict. My client has always acted in good faith.",
    read again from a sentence cut inside the quotation. Such a fragment says nothing the direct quote does not."""
    direct: dict[tuple[str, int], list[str]] = {}
    for q in quotes:
        if q.kind == "direct":
            direct.setdefault((fold(q.speaker), q.source), []).append(f" {_norm(q.text)} ")
    out: set[int] = set()
    for q in quotes:
        words = _norm(q.text)
        if q.kind != "direct" and words and any(f" {words} " in d for d in direct.get((fold(q.speaker), q.source), [])):
            out.add(id(q))
    return out


def single_source(quotes: list[SourceQuote], matched: list[SourceQuote]) -> list[QuoteItem]:
    """Direct quotes only one source carries (reported speech is too often background to list)."""
    seen = {id(q) for q in matched}
    return [
        QuoteItem(summary=_summary(q), sources=[q.source], evidence=q.evidence, speaker=q.speaker)
        for q in quotes
        if id(q) not in seen and q.kind == "direct"
    ]
