"""Checks that a would-be "only X reports" item is no such thing, beyond the claim aligner's
(:meth:`crosswire.compare.claims.align.ClaimAlignment.stated_elsewhere` and ``echoed``): two sources' single
figures that measure one kind of physical quantity in their own units (:func:`same_dimension`), a quote
whose speaker another source reports in words that share a rare word with it (:func:`reported_elsewhere`), a
figure read off one side of a score or record, which is no count of anything (:func:`score_sides`), and a
figure whose number another source gives beside the same second number (:func:`number_pairs`: "the team's
eighth loss in 10 games" / "lost eight of 10"), and a statement about a person naming a work, place or body
that only one other source's sentence names, beside the same person (:func:`named_with_person`); and a
figure that is a multiplier ("10 times as many cases" read as "Cases: 10", :func:`multipliers`); and a
sentence that states nothing of its own: a lead-in cut at its colon or a question (:func:`not_statements`);
and a sentence that only says someone did not answer the reporter (:func:`no_answers`), or one in the
writer's own voice (:func:`writers_voice`).

Input: the would-be single-source items of one story, after the aligner's checks. Output: the positions to
drop. Pure: no store, no model.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from crosswire.clean.furniture import furniture_reason
from crosswire.compare.align import StoryData
from crosswire.compare.claims.align import ClaimAlignment, lead_in
from crosswire.compare.claims.units import SPEECH_TERMS, Unit
from crosswire.compare.records import ClaimItem, EventItem, FigureItem, Item, QuoteItem
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold


@lru_cache(maxsize=1)
def _dimensions() -> dict[str, str]:
    """{unit word (lower case): dimension} from ``data/unit_dimensions.toml``."""
    return {unit.casefold(): dim for dim, units in data_toml("unit_dimensions.toml").items() for unit in units}


def dimension(unit: str | None) -> str | None:
    """The physical dimension ("mass", "length", "area", "volume", "speed", "temperature") of a unit word as
    the facts stage keeps it ("tons", "pound", "km"), or None for an unknown word, a currency or no unit.
    Plural and singular are both looked up ("ton" of the slot ``quantity:ton`` is "tons" stripped)."""
    if not unit:
        return None
    key = unit.casefold().strip(" .")
    table = _dimensions()
    return table.get(key) or table.get(key + "s") or table.get(key + "es")


def same_dimension(items: Sequence[Item]) -> set[int]:
    """Positions in ``items`` of two figures of two sources, each its source's only figure of its physical
    dimension, in different units: two sources' single-source figures that measure the same kind of quantity
    each in its own unit ("about 2,300 tons" [B] of the water vapour found and "5,200 pounds" [C] of water
    vapour per second). Listed, they said "only B" and "only C" of what may be one measure in two units, and
    the two values are not comparable without knowing the measure (a total against a rate); neither is shown
    as single-source. Counts, shares and money have no dimension here: two sources' single counts are
    usually two measures. A source that gives several figures of the dimension measures several things (an
    auto show's cars, each one's range, length and top speed, among the 181 real pages), and the same unit
    in two sources is the figure engine's to pair or leave apart; neither is dropped.

    Source of the rule: the tune half of the alignment gold (``bench/compare_alignment.py``), where the two
    figures of the water vapour on Europa were a conflict of the gold; no other pair of single figures of one
    dimension stood in that half. On the stories of the 181 real pages and the seeds it drops that pair only
    (without the one-figure-per-source guard it dropped fourteen right figures of the auto show)."""
    found = [(i, it, dim) for i, it in enumerate(items) if (dim := _figure_dimension(it))]
    per_source = Counter((src, dim) for _i, it, dim in found for src in set(it.sources))
    alone = [(i, it, dim) for i, it, dim in found if all(per_source[(src, dim)] == 1 for src in it.sources)]
    out: set[int] = set()
    for i, a, dim_a in alone:
        for j, b, dim_b in alone:
            if i < j and dim_a == dim_b and not set(a.sources) & set(b.sources) and _unit(a) != _unit(b):
                out.update((i, j))
    return out


def _unit(item: Item) -> str | None:
    return item.slot.unit if isinstance(item, FigureItem) else None


def _figure_dimension(item: Item) -> str | None:
    if not isinstance(item, FigureItem) or item.slot.currency:
        return None
    return dimension(item.slot.unit)


def reported_elsewhere(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` of the quotes whose speaker another source quotes or reports in a sentence that
    shares a content word with the quote's sentence which no other sentence of the story uses: one statement,
    quoted by one outlet and told by another in its own words ("There is no ground for us to get unilaterally
    bound to the commitment any longer" [A]; "Kim said North was no longer bound by the self-declared
    moratorium" [B]: "bind" is in those two sentences only). The sentence encoder rates such pairs low (0.22
    for that one), so neither the pair scorer nor the echo check sees them. The speaker is the same when the
    canonical ids are, or when one person's name words are all in the other's ("Kim" and "Kim Jong-un":
    the linker joins a bare surname to a full name by its last word, and a Korean name's family name comes
    first). The speaker's own name words, speech verbs and numbers never count as the shared word.

    Source of the rule: the tune half of the alignment gold (``bench/compare_alignment.py``): of the 25 quotes
    listed as single-source, it drops one, wrong (the words above); a shared word used by three sentences or
    more ("north", "meeting") is the story's topic, not the statement. On the stories of the 181 real pages and
    the seeds it drops one quote, rightly: Jennifer Ngo-Anh's "... is actually not so crazy", which the other
    outlet quotes in part (the two sentences share a word no other sentence of the story uses)."""
    df = Counter(t for u in claims.units for t in u.terms)
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, QuoteItem):
            continue
        for u in claims.units_of(item):
            if u.speaker is None:
                continue
            rare = _content_words(u) & {t for t, n in df.items() if n <= 2}
            if rare and any(
                o.source not in item.sources and o.speaker and same_speaker(u.speaker, o.speaker) and rare & o.terms
                for o in claims.units
            ):
                out.add(i)
    return out


def _name_words(cid: str) -> set[str]:
    return set(fold(cid.partition(":")[2]).replace("-", " ").split())


def same_speaker(a: str, b: str) -> bool:
    """Whether two canonical speaker ids ("person:Kim", "person:Kim Jong-un") may name one speaker: equal, or
    one a person, the other a person or an organisation (the entity model often types a bare surname as an
    organisation: "organisation:Volker"; a title left in the name, "other"), and the name words of one all
    among the other's (folded, hyphens split)."""
    if a == b:
        return True
    types = {a.partition(":")[0], b.partition(":")[0]}
    # a title left in the name makes the model type it "other" ("other:Harbour Master Ola Strand")
    if "person" not in types or not types <= {"person", "organisation", "other"}:
        return False
    wa, wb = _name_words(a), _name_words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _content_words(u: Unit) -> set[str]:
    skip = _name_words(u.speaker or "") | SPEECH_TERMS | u.attribution
    return {t for t in u.terms if t not in skip and not t.isdigit()}


# A number joined to another by a hyphen or dash, no space, no decimal or percent around: a score ("an 88-72
# loss"), a record ("Bowe, 43-1") or a tally ("a 7-4 vote"). Spaced dashes are left alone: tokenised copy
# writes "the 300 - seat Parliament" and "6 - feet tall".
_SCORE = re.compile(r"(?<![\w.,])(\d{1,4})[-\u2013](\d{1,4})(?![\w%]|[.,]\d)")


def score_sides(items: Sequence[Item]) -> set[int]:
    """Positions in ``items`` of the figures whose value is one side of a score, record or tally written as
    two numbers joined by a dash in the item's own sentence ("Friday night's 88-72 loss in Cleveland" read
    as "Loss (Cleveland): 88"; "Bowe, 43-1, 33 KO's" read as a count of 43). One side of a score counts
    nothing a reader could check on its own, and its label names the game, not a measure: such an item is
    no fact to list. Scores and records are compared as such by :mod:`crosswire.compare.claims.tallies` and
    :mod:`crosswire.compare.claims.match_scores`. A figure whose value is written whole ("15-20 people", a
    range) is kept: its text holds the dash.

    Source of the rule: the tune2 half of the alignment gold (``bench/compare_alignment.py``), where "Loss
    (Cleveland): 88" was listed as single-source from a sentence that another outlet states in other words."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, FigureItem):
            continue
        texts = [v.text for v in item.values if "-" not in v.text and "\u2013" not in v.text]
        sides = {side for ev in item.evidence for m in _SCORE.finditer(ev.text) for side in m.groups()}
        if any(t.strip().replace(",", "") in sides for t in texts):
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, dict[str, int]]:
    """{language: {ordinal word (lower case): number}}, from the ordinal tables of ``data/round_times.toml``
    (the one data file of ordinal words: "eighth" -> 8, "achten" -> 8, "octavo" -> 8)."""
    return {
        lang: {w.casefold(): int(n) for w, n in table.get("ordinals", {}).items()}
        for lang, table in data_toml("round_times.toml").items()
        if isinstance(table, dict)
    }


_DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,4})(?:st|nd|rd|th|\.|º|ª|er|e|ème)(?!\w)", re.I)
_WORD = re.compile(r"\w+", re.UNICODE)
PAIR_WINDOW = 6  # words: two numbers this close make one phrase ("eighth in 10 games", "eight of 10")
DATE_KINDS = frozenset({"date", "time"})


def _numbers(u: Unit) -> list[tuple[float, int]]:
    """The numbers of a sentence with the word position of each: its values (not days nor clock times),
    its ordinal words and its digit ordinals ("8th")."""
    text = u.text
    starts = [m.start() for m in _WORD.finditer(text)]

    def word_at(char: int) -> int:
        return bisect_right(starts, char)  # the words starting at or before ``char`` (``starts`` ascends)

    out: list[tuple[float, int]] = []
    for v in u.values:
        if v.kind in DATE_KINDS or v.value is None:
            continue
        at = text.find(v.text)
        if at >= 0:
            out.append((float(v.value), word_at(at)))
    ordinals = _ordinals().get(u.language, {})
    for m in _WORD.finditer(text):
        n = ordinals.get(m.group().casefold())
        if n is not None:
            out.append((float(n), word_at(m.start())))
    out.extend((float(m.group(1)), word_at(m.start())) for m in _DIGIT_ORDINAL.finditer(text))
    return out


def numbers_together(u: Unit) -> set[frozenset[float]]:
    """The pairs of different numbers a sentence writes within :data:`PAIR_WINDOW` words of each other:
    its values (not days nor clock times; cardinals in words as the facts stage reads them), its ordinal
    words (``data/round_times.toml``, per language) and its digit ordinals ("8th", "8.", "8e"). "The team's
    eighth in 12 games" -> {8, 12}; "12 games ... (seven words) ... eight" -> none."""
    numbers = _numbers(u)
    return {frozenset((a, b)) for a, i in numbers for b, j in numbers if a != b and abs(i - j) <= PAIR_WINDOW}


def number_pairs(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` of the figures whose number another source's sentence gives beside the same
    second number, each pair within :data:`PAIR_WINDOW` words in both sentences: one fact in other words
    ("Friday's loss, the team's eighth in 10 games" [A] read as "Games: 10"; "the team lost eight of 10"
    [B]; "landed 178 of 369 punches" / "178 punches of the 369 he threw"). Two numbers written together are
    a proposition (a share, a record, a part of a whole) that a single number is not, so the counted nouns
    need not match, and the second number may be an ordinal word ("eighth", ``data/round_times.toml``).

    Source of the rule: the tune2 half of the alignment gold (``bench/compare_alignment.py``), where "Games:
    10" was listed as single-source beside another outlet's "have lost eight of 10"."""
    if claims.near is None:
        return set()
    out: set[int] = set()
    numbered = [(v, numbers_together(v)) for v in claims.units if v.values]
    for i, item in enumerate(items):
        if not isinstance(item, FigureItem):
            continue
        mine = {fv.value for fv in item.values if fv.value is not None}
        for u in claims.units_of(item):
            pairs = {p for p in numbers_together(u) if p & mine}
            if pairs and any(v.source not in item.sources and pairs & theirs for v, theirs in numbered):
                out.add(i)
                break
    return out


# A run of capitalised words ("Scrubs", "Tennessee Tech", "The We Company"): a name as the text writes it.
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’.&-]*(?:\s+(?:of\s+|de\s+|la\s+)?[A-Z][\w'’.&-]*)*")


def name_runs(text: str) -> set[str]:
    """The runs of capitalised words of a sentence, trailing dots and apostrophes trimmed ("Tara Reid",
    "Scrubs", "Tennessee Tech"): names as written, whatever the entity model made of them. A lone word
    opening the sentence is left out: any first word is capitalised ("A star at ...")."""
    runs = set()
    for m in _NAME_RUN.finditer(text):
        run = m.group().rstrip(".'’")
        if run and (len(run.split()) > 1 or text[: m.start()].strip(" \"'“‘(")):
            runs.add(run)
    return runs


def named_with_person(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` of the events and claims whose sentence names a person and a name (a run of
    capitalised words: a show, a film, a school, a party) that only one other sentence of the story writes,
    in another source, beside the same person (one canonical id): one background fact about that person in
    two wordings ("her last notable acting gig was a guest arc on Scrubs back in 2005" [C]; "Tara Reid, 33,
    who starred in American Pie and appeared on U.S. TV show Scrubs" [A]; "walking a red carpet in Berlin
    on behalf of his current film, the epic Australia" / "Coming off starring in Australia, ..., Jackman
    will rely on song and dance"). The sentence encoder rates such pairs low (0.31-0.43: each sentence says
    more around the fact). The person's own name words, and names inside the sentence's dates ("Tuesday"),
    never count; a name written in three sentences or more is the story's topic, not one fact. Names
    match whole ("Tennessee Tech" is not "Tennessee"). Figures are left out: the figure of such a sentence
    ("a box office take of $43 million") is its own fact.

    Source of the rule: the tune and tune2 halves of the alignment gold (``bench/compare_alignment.py``):
    it drops one wrong event in each and no right item."""
    if claims.near is None:
        return set()
    runs = [name_runs(u.text) for u in claims.units]
    seen = Counter(r for rs in runs for r in rs)
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        for u in claims.units_of(item):
            people = {e for e in u.entities if e.startswith("person:")}
            dated = " ".join(v.text for v in u.values if v.kind in DATE_KINDS)
            for v in claims.units:
                common = people & v.entities
                if v.source in item.sources or not common:
                    continue
                own = set().union(*(_name_words(p) for p in common))
                shared = {
                    r
                    for r in runs[u.index] & runs[v.index]
                    if seen[r] <= 2 and r not in dated and not set(fold(r).replace("-", " ").split()) <= own
                }
                if shared:
                    out.add(i)
                    break
            if i in out:
                break
    return out


@lru_cache(maxsize=1)
def _multiplier_words() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """{language: (multiplier words, comparative words after them)} from ``data/multipliers.toml``."""
    return {
        lang: (frozenset(w.casefold() for w in t["words"]), frozenset(w.casefold() for w in t["then"]))
        for lang, t in data_toml("multipliers.toml").items()
    }


def multipliers(items: Sequence[Item], language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` of the figures whose number is a multiplier: in the item's sentence the word
    right after it is a multiplier word and the next a comparative (``data/multipliers.toml`` for the
    article's language): "admitted that the city had experienced 10 times as many cases as they had
    initially reported" read as "Cases experienced: 10"; "dix fois plus", "в 10 раз больше". Such an item's
    label states a count the source never gives. A number of occasions is kept ("he had been confined 28
    times in hospitals"). ``language_of``: article id -> ISO 639-1 code (English when unknown).

    Source of the rule: the tune half of the alignment gold (``bench/compare_alignment.py``), where "Cases
    experienced (2003): 10" was listed as single-source (right by the bench, which reads sentences, not
    labels; false for a reader); ECB+ (``bench/compare_ecb.py``) for the occasions kept."""
    table = _multiplier_words()
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, FigureItem):
            continue
        for ev in item.evidence:
            words, then = table.get(language_of.get(ev.article, "en"), table["en"])
            for fv in item.values:
                at = ev.text.find(fv.text)
                if at < 0:
                    continue
                after = [w.group().casefold() for w in _WORD.finditer(ev.text, at + len(fv.text))][:2]
                if len(after) == 2 and after[0] in words and after[1] in then:
                    out.add(i)
    return out


QUESTION_MARKS = ("?", "？")
CLOSERS = "»“”\"’')]"  # closing quotes and brackets after a sentence's last mark


def not_statements(items: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` of the events and claims whose sentence states no fact of its own: a lead-in that
    ends at its colon ("Mayor Ilse Varga criticised the Maritime Safety Board on social media, writing:", the
    issue's "And the mayor hit back online, writing:"; what it introduces is the next sentence's, as
    :func:`crosswire.compare.claims.align.lead_in` reads it for agreements) or a question ("Will the board
    finally inspect the ferries after this second accident?": someone's framing, not a fact an editor would list
    as only one source's). Any language: the marks are the test. A quote is left alone: a speaker's question is
    what they said, listed as their words. Source: the issue's list of fragments shown as facts; on the tune and
    tune2 halves of the alignment gold no event listed single-source ends either way."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        units = claims.units_of(item)
        if any(lead_in(u) for u in units) or any(_asks(ev.text) for ev in item.evidence):
            out.add(i)
        elif any(ev.text.rstrip().endswith((":", "：")) for ev in item.evidence):
            out.add(i)
    return out


def _asks(text: str) -> bool:
    """Whether a sentence ends as a question (its last mark before closing quotes or brackets is "?")."""
    return text.rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS)


def furniture(items: Sequence[Item]) -> set[int]:
    """Positions in ``items`` of the items whose sentence is page furniture by the cleaner's table
    (``data/furniture.toml`` through :func:`crosswire.clean.furniture.furniture_reason`, the same line rules:
    phrases anywhere, patterns on short lines): "This article originally appeared on Page Six and was
    reproduced with permission", "Now you can hear 10 Things in Tech each morning.", "NBC 5 has edited the video
    to exclude graphic content ...". The cleaner removes such lines from the pages it reads; a body that reaches
    the comparison with them (a feed's text, a pasted article, a sentence glued to the next one) would show a
    site's note as one outlet's fact. Quotes are left alone: a speaker's words are never a site's furniture.

    Source: the tune half of the alignment gold (``bench/compare_alignment.py``), where those three sentences
    were listed (counted right by the bench, which scores shared facts only; PROTOCOL.md lists furniture among
    "not facts")."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if isinstance(item, QuoteItem):
            continue
        if any(furniture_reason(ev.text.strip()) for ev in item.evidence):
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _not_facts() -> dict[str, dict[str, dict[str, frozenset[str]]]]:
    """{"fragments" | "hyperbole": {language: {list name: words}}} from ``data/not_facts.toml``."""
    raw = data_toml("not_facts.toml")
    return {
        part: {lang: {k: frozenset(w.casefold() for w in v) for k, v in t.items()} for lang, t in raw[part].items()}
        for part in ("fragments", "hyperbole")
    }


FRAGMENT_WORDS = 8  # a quotation this short standing alone is a piece of a longer one when it has an anaphor
_QUOTED = re.compile(r"[\"“”«»„]")
_TOKENS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def _quoted_words(item: QuoteItem) -> str:
    """The quoted words of a quote item, from its summary ('Owen Dempsey: "Most don't think about it."')."""
    body = item.summary.partition(": ")[2] or item.summary
    return _QUOTED.sub(" ", body).strip()


def _alone(sentence: str) -> bool:
    """Whether a sentence is only a quotation: no letter outside its quote marks (no "she said" of its own).
    Quote marks that open without closing (a quotation running on to the next paragraph) count as closing at the
    end."""
    outside, inside = [], False
    for ch in sentence:
        if _QUOTED.match(ch):
            inside = not inside
        elif not inside:
            outside.append(ch)
    return not any(c.isalpha() for c in "".join(outside))


def quote_fragments(items: Sequence[Item], language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` of the quotes that are a piece of a longer quotation: at most :data:`FRAGMENT_WORDS`
    words, standing alone in their sentence (no attribution of their own: the speaker is carried over from
    another sentence), and holding an anaphor of the article's language (``data/not_facts.toml``: "it", "this",
    "there") that stands for something said before. "Most don't think about it." or "Then, why would we go
    there?" shown under a speaker's name is nothing a reader can check. A short quotation with its own
    attribution ("'The groundwork is there,' Buser says") or naming what it speaks of ("We are at a fork in the
    road.") is kept. ``language_of``: article id -> ISO 639-1 code (English when unknown).

    Source: the tune halves of the alignment gold (``bench/compare_alignment.py``: "Most don't think about it.",
    "You name it, it probably has been described."), read by hand; the bar of eight words keeps every
    standalone quotation there of nine words or more, which names its subject."""
    table = _not_facts()["fragments"]
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, QuoteItem) or not item.evidence:
            continue
        words = [w.casefold() for w in _TOKENS.findall(_quoted_words(item))]
        if not words or len(words) > FRAGMENT_WORDS:
            continue
        lang = language_of.get(item.evidence[0].article, "en")
        anaphors = table.get(lang, {}).get("anaphors", frozenset())
        if anaphors & set(words) and all(_alone(ev.text) for ev in item.evidence):
            out.add(i)
    return out


def hyperboles(items: Sequence[Item], language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` of the figures that are a speaker's intensifier, not a measure: a value written as
    one of the language's hyperbolic number phrases (``data/not_facts.toml``: "a million", "100 percent"),
    with no qualifier, currency or unit, not followed by a word that makes it a share or count of something
    ("100 percent of the vote"), in a sentence that is someone's speech (quote marks, or a first-person word):
    "'Tara was 100 percent professional,' he told E! News" read as "Professional: 100 percent"; "I ate and
    drank and dated a million guys" read as "Guys dated: a million". ``language_of``: article id -> ISO 639-1
    code (English when unknown).

    Source: the tune half of the alignment gold (``bench/compare_alignment.py``), where those two were listed
    (right by the bench, which scores shared facts only; false for a reader)."""
    table = _not_facts()["hyperbole"]
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, FigureItem) or item.slot.currency or item.slot.unit:
            continue
        for ev in item.evidence:
            words = table.get(language_of.get(ev.article, "en"))
            if words is None:
                continue
            tokens = [t.casefold() for t in re.findall(r"[\w'’]+", ev.text)]
            spoken = bool(_QUOTED.search(ev.text)) or bool(words["first_person"] & set(tokens))
            for fv in item.values:
                if fv.qualifier or " ".join(fv.text.casefold().split()) not in words["values"] or not spoken:
                    continue
                at = ev.text.casefold().find(fv.text.casefold())
                if at < 0:
                    continue
                after = [w.group().casefold() for w in _WORD.finditer(ev.text, at + len(fv.text))][:1]
                if not (after and after[0] in words["of_words"]):
                    out.add(i)
    return out


@lru_cache(maxsize=1)
def _no_answer_patterns() -> dict[str, tuple[re.Pattern[str], ...]]:
    """{language: compiled patterns} of ``data/not_facts.toml``'s ``[no_answer.LANG]`` tables."""
    raw = data_toml("not_facts.toml").get("no_answer", {})
    return {lang: tuple(re.compile(p, re.I) for p in t.get("patterns", [])) for lang, t in raw.items()}


# A sentence this long or longer says more than that someone did not answer ("The utility, which cut 300 jobs in
# March and faces a fine, did not respond to a request for comment" is still a fact about the cuts). The non-answers
# of the 181 real pages and the alignment gold's tune halves are 10-16 words.
NO_ANSWER_WORDS = 22


def no_answer(text: str, language: str) -> bool:
    """Whether ``text`` (one sentence) only says that someone did not answer the reporter: a pattern of its
    language's ``[no_answer]`` table (``data/not_facts.toml``: "did not immediately respond to a request for
    comment", "has been contacted for comment", "n'a pas répondu aux sollicitations", "не ответил на запрос")
    in a sentence of fewer than :data:`NO_ANSWER_WORDS` words. A language without a table is read with the
    English one (a quoted English line in another outlet's copy)."""
    if len(text.split()) >= NO_ANSWER_WORDS:
        return False
    table = _no_answer_patterns()
    return any(p.search(text) for p in table.get(language, table.get("en", ())))


def no_answers(items: Sequence[Item], language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` of the events and claims whose every sentence only says that someone did not answer
    the reporter (:func:`no_answer`): "A rep for Kohan didn't immediately return Page Six's request for comment."
    is the reporting's own step, not a fact of the story, and never "only X reports". Figures and quotes are
    left alone (a figure is a value read, a quote someone's words). ``language_of``: article id -> ISO 639-1
    code (English when unknown).

    Source: the issue's list of what is no fact ("a request-for-comment line"); such lines were listed as
    single-source on the tune half of the alignment gold and on the 181 real pages (``bench/RESULTS-compare.md``,
    singles7), each counted right by the bench, which scores shared facts only."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)) or not item.evidence:
            continue
        if all(no_answer(ev.text.strip(), language_of.get(ev.article, "en")) for ev in item.evidence):
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _first_person() -> dict[str, frozenset[str]]:
    """{language: first-person singular words} of ``data/not_facts.toml``'s ``[voice.LANG]`` tables."""
    raw = data_toml("not_facts.toml").get("voice", {})
    return {lang: frozenset(w.casefold() for w in t.get("first_person", [])) for lang, t in raw.items()}


_VOICE_TOKENS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?", re.UNICODE)


def in_first_person(text: str, language: str) -> bool:
    """Whether ``text`` (one sentence) has a first-person singular word of its language (``data/not_facts.toml``'s
    ``[voice]``; English "I" upper case only, so that no "i" of a list or a name counts)."""
    words = _first_person().get(language)
    if not words:
        return False
    for m in _VOICE_TOKENS.finditer(text):
        t = m.group()
        if language == "en" and t[0] in "iI" and t[:1] != "I":
            continue
        head = t.casefold()
        if head in words or any(head.partition(q)[0] + q in words for q in "'’" if q in head):
            return True
    return False


def writers_voice(items: Sequence[Item], claims: ClaimAlignment, language_of: dict[str, str]) -> set[int]:
    """Positions in ``items`` of the events and claims told in the first person singular with no speaker and no
    quotation marks (:func:`in_first_person`): the writer's own voice, a reviewer's or commentator's opinion
    ("It was the only time that I have ever seen a three punch combo downstairs and was probably the first for
    Bowe."; "and I'm sure that the former champion needs the money"), or someone's words whose quotation marks
    and speaker the body lost. Shown as "only X reports" it would present an opinion as one outlet's fact; the
    sentence stays listed under "Not in any item". Quotes are left alone (a speaker's own words), and so is a
    sentence whose unit has a speaker ("the mayor told me ...": what the mayor said). ``language_of``: article
    id -> ISO 639-1 code (English when unknown).

    Source: the issue's list of what is no fact ("a reviewer's opinion"); on the tune halves of the alignment gold
    the single-source events in the first person singular were two commentators' opinions and two quotations
    without their marks (each counted right by the bench, which scores shared facts only)."""
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)) or not item.evidence:
            continue
        if any(_QUOTED.search(ev.text) for ev in item.evidence):
            continue
        if any(u.speaker for u in claims.units_of(item)):
            continue
        if all(in_first_person(ev.text, language_of.get(ev.article, "en")) for ev in item.evidence):
            out.add(i)
    return out


DIGEST_MIN_PARAGRAPHS = 3  # a page with this many stand-alone paragraphs about others is a digest ...
DIGEST_SHARE = 1 / 2  # ... when they are at least this share of all its paragraphs: mostly other stories
ANCHOR_TYPES = ("person", "organisation")


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of a body's paragraphs (blocks joined by a blank line)."""
    out, at = [], 0
    for block in body.split("\n\n"):
        out.append((at, at + len(block)))
        at += len(block) + 2
    return out


def digest_paragraphs(data: StoryData) -> dict[str, list[tuple[int, int]]]:
    """{article id: (start, end) of each paragraph about another story} for the articles that are digests: pages
    gathering several stories (a morning newsletter's "10 things in tech", a roundup of the night's fights),
    one of which is the story compared. A paragraph is about another story when it names a person or an
    organisation and every one it names (canonical ids) is named in no other paragraph of its article and by no
    other source; a page is a digest when :data:`DIGEST_MIN_PARAGRAPHS` or more of its paragraphs are, and they
    are at least :data:`DIGEST_SHARE` of all its paragraphs (blank ones left out): a page that is mostly other
    stories. A report's side paragraphs about an analyst, a poll or a second official are a few among many
    about the story itself (on the tune halves at most 5 of 30 paragraphs, a share of 0.17-0.31).

    Source: the tune half of the alignment gold (``bench/compare_alignment.py``: a tech newsletter compared with
    three reports of WeWork's layoffs listed its paragraphs on T-Mobile, Amazon, Alibaba, Google and Valve as
    the newsletter's facts about WeWork: 8 of its 13 paragraphs stand alone). At a share of a third of the
    paragraphs naming anyone, a Greek riots report's paragraphs on two polls went too: the bar is all
    paragraphs."""
    sources: dict[str, set[int]] = {}
    named: dict[str, list[set[str]]] = {}
    spans: dict[str, list[tuple[int, int]]] = {}
    for aid, facts, body in data.with_facts():
        paras = _paragraphs(body)
        spans[aid] = paras
        per = [set() for _ in paras]  # type: list[set[str]]
        starts = [s for s, _e in paras]
        for ent in facts.entities:
            cid = data.canonical.get((aid, ent.id))
            if cid is None or cid.partition(":")[0] not in ANCHOR_TYPES:
                continue
            sources.setdefault(cid, set()).add(data.source_of.get(aid, -1))
            for m in ent.mentions:
                k = bisect_right(starts, m.start) - 1
                if 0 <= k < len(per):
                    per[k].add(cid)
        named[aid] = per
    out: dict[str, list[tuple[int, int]]] = {}
    for aid, per in named.items():
        counts = Counter(c for ids in per for c in ids)
        alone = [k for k, ids in enumerate(per) if ids and all(counts[c] == 1 and len(sources[c]) == 1 for c in ids)]
        filled = sum(1 for s, e in spans[aid] if data.bodies[aid][s:e].strip())
        if len(alone) >= DIGEST_MIN_PARAGRAPHS and len(alone) >= DIGEST_SHARE * filled:
            out[aid] = [spans[aid][k] for k in alone]
    return out


def other_stories(items: Sequence[Item], data: StoryData) -> set[int]:
    """Positions in ``items`` of the items whose sentence lies in a digest's paragraph about another story
    (:func:`digest_paragraphs`): shown as "only X reports", a newsletter's item on another company would read
    as a fact of the story compared."""
    digests = digest_paragraphs(data)
    out: set[int] = set()
    for i, item in enumerate(items):
        if item.evidence and all(
            any(s <= ev.start < e for s, e in digests.get(ev.article, ())) for ev in item.evidence
        ):
            out.add(i)
    return out


# An agreed item's other-source sentence this near (USE cosine) to a would-be single-source sentence of a source the
# agreed item already cites may state the same fact. Chosen on the tune half of the alignment gold
# (bench/compare_alignment.py) with a new user's story: at the echo bar of two single-source items (0.41,
# crosswire.compare.claims.align.ECHO_BAR) six right items of the tune half went, at 0.43-0.49 (other facts of one
# person or place: "Charlie was taken to a nearby hospital ..." beside the agreed accident), and none wrong; the
# story's restatement scored 0.52.
AGREED_ECHO_BAR = 0.5
# ... and it does when the source's own sentence in that agreed item shares this many of the item's content words
# (lemmas, same language: one source's two wordings of one fact) and at least this share of them. Cosine alone
# cannot tell: in a new user's story the German-only "MSB schickte sechs Spezialisten ..." came within 0.50 of the
# agreed lead, as most sentences of a story come near its lead; it shares one word ("Lindavik") with its outlet's
# own lead, the Russian "По словам экспертов, атаки ... участились" two of six with its outlet's agreed
# "Эксперты ... такие атаки ... стали заметно чаще". On the tune half a right item shared two of eight (0.25) with
# an agreed item of its source on the same outbreak ("In the wake of that outbreak, China ... improved its
# detection ..."): the share is above a quarter.
OWN_SHARED_TERMS = 2
OWN_SHARED_SHARE = 0.3


def own_source_agreed(items: Sequence[Item], agreed: Sequence[Item], claims: ClaimAlignment) -> set[int]:
    """Positions in ``items`` (would-be single-source events, claims and quotes) stated in an agreed item of
    ``agreed`` that already cites the item's source: another source's sentence of that agreed item is within
    :data:`AGREED_ECHO_BAR` (sentence-encoder cosine) of the item's sentence, and the item's source's own sentence
    there shares at least :data:`OWN_SHARED_TERMS` content words (and :data:`OWN_SHARED_SHARE` of the item's) with
    it. A source in an agreed item for a fact is not "only X" for it: a new user's story listed "По словам
    экспертов, атаки на системы водоснабжения в Европе участились" as only БалтИнфо's beside the agreed "Attacks on
    water systems have risen across Europe ..." (cosine 0.52), which cited БалтИнфо's "Эксперты по
    кибербезопасности отмечают ... такие атаки ... стали заметно чаще". Name words do not count as shared words
    (one person's or place's other facts share them: "Charlie", "Sondland"). Events and claims only: a figure names
    one value of one measure, which a sentence near in meaning seldom gives, and a quote is its speaker's words
    (the quote aligner's)."""
    if claims.near is None:
        return set()
    sims = claims.near.sims
    out: set[int] = set()
    for i, item in enumerate(items):
        if not isinstance(item, (EventItem, ClaimItem)):
            continue
        units = claims.units_of(item)
        names = set().union(*(_name_words(cid) for u in units for cid in (*u.entities, *u.places)))
        words = {t for u in units for t in u.terms if not t.isdigit() and t not in names}
        for ag in agreed:
            if not set(item.sources) <= set(ag.sources):
                continue
            cited = claims.units_of(ag)
            near = any(
                float(sims[a.index, b.index]) >= AGREED_ECHO_BAR
                for a in units
                for b in cited
                if b.source not in item.sources
            )
            shared = max((len(words & o.terms) for o in cited if o.source in item.sources), default=0)
            if near and words and shared >= OWN_SHARED_TERMS and shared >= OWN_SHARED_SHARE * len(words):
                out.add(i)
                break
    return out
