"""Typed values two sentences give for one slot that cannot both hold: the check every would-be agreement passes.

Two near-identical sentences that differ in one value ("The walkout began at 6 a.m." / "... at 8 a.m."; "turned
down by 1,912 votes to 388" / "by 1,712 votes to 388"; "The court rejected the request" / "The court granted the
request") read alike to the pair scorer, the sentence encoder and the copy detector, which all weigh shared words;
but they state two claims, one of which is false. :func:`value_clash` finds such a pair whatever path would agree
it, and :func:`clash_conflicts` turns a pair the scorer takes for one claim into a conflict with the typed reason,
so the dissenting sentence is shown as a side, not dropped.

Slots are the claim aligner's own (:func:`.slots.slot_of`: a count of one noun, an amount in one currency, a
share, a time of day, the day of an act, a length of time, a year); a value's interval and the compatibility of
two are :mod:`.values`' (an approximate figure within its written rounding, :mod:`crosswire.compare.rounding`).
Outcomes are the exclusive classes of ``data/facts_outcomes.toml``. Written here: it reads crosswire's own records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.compare.claims.count_states import states_apart
from crosswire.compare.claims.objects import two_objects
from crosswire.compare.claims.past import scoped
from crosswire.compare.claims.slots import Slot, slot_of
from crosswire.compare.claims.time_lengths import time_unit
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, SlotComparison, _compatible, _reading
from crosswire.facts.records import Value
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold, latin

_EXCLUSIVE = [frozenset(g) for g in data_toml("facts_outcomes.toml")["exclusive"]["groups"]]


@dataclass(slots=True)
class Clash:
    """Why two sentences cannot state one claim: a slot each gives a value for that the other's values for it
    do not allow (``slot`` and the two unmatched readings), or two exclusive outcomes (``outcomes``)."""

    slot: Slot | None = None
    readings: tuple[Reading, Reading] | None = None
    outcomes: tuple[str, str] | None = None
    parties: tuple[str, str] | None = None  # canonical ids of two parties named in one place of one wording


def _readings(u: Unit, canonical: dict[tuple[str, str], str], across: bool) -> dict[Slot, list[Reading]]:
    """The sentence's values with a slot, by slot (each with its interval, :func:`.values._reading`)."""
    out: dict[Slot, list[Reading]] = {}
    for v in u.values:
        slot = slot_of(u, v, canonical, across)
        bare = slot is None
        slot = slot or scoped(_pair_slot(v, across, u.language), u, v)  # a pair's count of a past year is that year's
        if slot is None:
            continue
        r = _reading(u, v)
        if r is not None:
            if bare and v.value is not None:  # a bare figure written loosely: "$143 billion" / "$141 billion"
                r.low, r.high = min(r.low, v.value * (1 - BARE_NEAR)), max(r.high, v.value * (1 + BARE_NEAR))
            out.setdefault(slot, []).append(r)
    return out


# Two bare figures (no slot of their own: :func:`_pair_slot`) this close (relative) may be one figure written
# loosely: the claim aligner's bar for figures that part two sentences (``.align.NEAR_FIGURE``: "almost $6
# million" / "$5.9 million"); two sentences lending "$143 billion" and "$141 billion" are no conflict
# (tests/test_compare_vague.py), "1,200 euros" and "1,800 euros" are.
BARE_NEAR = 0.1


def _pair_slot(v: Value, across: bool, language: str | None = None) -> Slot | None:
    """A slot for a value the story-wide slots leave out (:func:`.slots.slot_of`: a sum that does not say what it
    pays for, a count of people that does not say what befell them), kept for one pair of sentences: within two
    sentences that read alike, two sums in one currency or two counts of one noun are one measure ("a one-off
    payment of 1,200 euros" / "of 1,800 euros"). Across languages, where each noun is its language's own word, a
    count whose noun has no concept is keyed by its being a count (:data:`ACROSS_COUNT`): the pair is one claim
    only when the scorer takes the two for each other's translation (:func:`conflict_worthy`), and there "about
    58,000 shops" and "близько 85 тисяч магазинів" are one measure (a new user's voting-age story kept such a
    pair apart with no conflict). A count of a noun of a length of time ("nueve meses", "vierzehn Monate":
    :func:`.time_lengths.time_unit`) is a length in that unit, no count of things: a sentence's other count ("400
    documents") is no other value of it (states36). None for values with no number."""
    if v.value is None:
        return None
    if v.kind == "money":
        return ("money", v.unit or "", "")
    if across and v.kind == "count" and v.noun and (unit := time_unit(v.noun, language)):
        return ("length", unit, "")
    if v.kind == "count" and v.noun and v.value == int(v.value):
        return ("count", "", ACROSS_COUNT) if across else ("count", "", v.noun)
    return None


# The one slot of a pair of sentences of two languages for counts whose nouns name no concept (:func:`_pair_slot`).
ACROSS_COUNT = "*count across languages*"


# Slots whose two values are a detail beside the claim, not the claim (:class:`.align.ClaimAlignment`'s asides): a
# bracketed conversion of one amount at two rates ("110 billion euros ($143 billion)" / "($141 billion)": one
# claim of the alignment gold's tune half, the bailout's sum, agreed by both)
ASIDE_SLOTS = frozenset({"conversion"})


def slot_clash(a: Unit, b: Unit, canonical: dict[tuple[str, str], str]) -> Clash | None:
    """The first slot both sentences give values for where each gives exactly one that none of the other's
    values for that slot is compatible with (:func:`.values._compatible`): "6 a.m." / "8 a.m.", "1,912 votes to
    388" / "1,712 votes to 388", "about 4,200 dockworkers" / "about 3,800 dockworkers". A value one sentence adds
    that the other does not give ("started at 9 p.m. and was out by midnight" / "started at 9 p.m.") is no clash,
    nor one value written two ways ("4,200" / "about 4,200"), nor two or more unmatched values on a side: counts of
    one noun under different acts ("won 40 games and took Detroit to six games" / "won 18 of its next 23 games",
    one claim of the alignment gold's tune2 half on the 40-42 record). None when every shared slot is compatible."""
    across = a.language != b.language
    ra, rb = _readings(a, canonical, across), _readings(b, canonical, across)
    for slot in ra.keys() & rb.keys():
        if slot[0] in ASIDE_SLOTS:
            continue
        xs, ys = ra[slot], rb[slot]
        lone_x = [x for x in xs if not any(_compatible(x, y) for y in ys)]
        lone_y = [y for y in ys if not any(_compatible(y, x) for x in xs)]
        if len(lone_x) == 1 and len(lone_y) == 1:
            x, y = lone_x[0], lone_y[0]
            if states_apart(x.unit, x.value, y.unit, y.value):
                continue  # "pulled 7 of the 9 cavers" / "noch zwei als vermisst": two parts of one whole
            return Clash(slot=slot, readings=(x, y))
    return None


def outcome_clash(a: Unit, b: Unit) -> Clash | None:
    """Two outcomes of one exclusive group of ``data/facts_outcomes.toml`` ("rejected" / "approved": "The court
    rejected the request" / "The court granted the request"), each stated by one sentence only, in sentences
    that are not negated and whose subjects are not two different entities. None otherwise."""
    if a.claim.negated or b.claim.negated:
        return None
    if two_objects(a, b):
        return None  # "granted the recount request" / "rejected the appeal": two rulings (:mod:`.objects`)
    if a.subject and b.subject:
        # one named subject's two outcomes are the agreed group's outcome conflict (``.align._outcome_conflicts``:
        # "Nixon resigned" / "Nixon was dismissed" on ECB+); two subjects' are two claims
        return None
    # the main clause's own outcome: not "said he was expecting to die" against "has survived" (ECB+)
    oa = {o for o in a.claim.outcomes if a.claim.predicates and _LEMMAS.get(a.claim.predicates[0]) == o}
    ob = {o for o in b.claim.outcomes if b.claim.predicates and _LEMMAS.get(b.claim.predicates[0]) == o}
    oa, ob = {o for o in oa if not tallied(a, o)}, {o for o in ob if not tallied(b, o)}
    for group in _EXCLUSIVE:
        only_a, only_b = (oa & group) - ob, (ob & group) - oa
        if only_a and only_b:
            return Clash(outcomes=(min(only_a), min(only_b)))
    return None


# An outcome word followed by a count of things, not a share: "won 40 games", "lost 12 of 23 games", "gewann 18
# von 23 Spielen", "ganó 40 partidos" (not "won 3-1", "won by 5 votes", "won 52 percent of the vote").
_TALLY = (
    r"\s+\d[\d,.]*\s+(?:of\s+|von\s+|de\s+|di\s+|z\s+)?(?:\d[\d,.]*\s+)?"
    r"(?!per\s?cent|prozent|por\s?ciento|pour\s?cent|per\s?cento|procent|por\s?cento)[^\W\d]"
)


def tallied(u: Unit, outcome: str) -> bool:
    """Whether the sentence counts contests with the word of ``outcome`` ("a team that won 40 games", "the Sixers
    went on to win 18 of their next 23 games"): a record of many contests, not the outcome of one, so no outcome
    clash with a sentence stating how one contest ended ("the 76ers lost in the first round to Detroit", a pair
    the gradient-boosted scorer rates 0.65 on tune2; bench/RESULTS-compare.md, agreed10)."""
    word = written_outcome(u, outcome)
    return re.search(rf"\b{re.escape(word)}{_TALLY}", u.text, re.IGNORECASE) is not None


# Two sentences of one language are one wording with small edits when at least this share of the shorter one's
# words, less the values or names they differ in, stands in the other (:func:`one_wording`): "The walkout began
# at 8 a.m., when the morning shift did not report for work" in the wire's longer sentence (1.0), "a final offer
# ... made by the Brennmark Port Authority" / "... from the terminal operator Nordhaven Terminals" (a new user's
# strike story). Hand-set on ECB+ (bench/compare_ecb.py): two outlets' own sentences on one act that a slot or
# name sets apart share at most 0.65 of their words ("The pirates on two speed boats had surrounded ..." /
# "The pirates, in three boats, were attempting ..."; "The new Curve also comes with support for memory cards
# up to 16GB" / "It supports microSD cards up to 16GB (Like the new SanDisk memory cards ...)": 0.58).
NEAR_WORDING = 0.75
# An outcome word changes more of a sentence ("The court rejected the request ..., ruling that the strike was
# lawful" / "The court granted the request ... and ordered the strike suspended": 0.54): half its words suffice;
# the ECB+ pairs of two outcomes that are no one claim share at most 0.35 ("won more games than expected" / "lost
# his job").
NEAR_OUTCOME_WORDING = 0.5
# Two parties are set apart only in one long wording nearly word for word: on ECB+ short sentences of two outlets
# shared 0.8 of their words around two teams or places ("The Saints signed cornerback Michael Lehan ..." / "New
# Orleans signed CB Michael Lehan, who spent five games with the Dolphins ..."); the trial's copied sentence
# shares all but the party's name, in 20 words.
NEAR_PARTY_WORDING = 0.9
PARTY_WORDS = 12  # distinct words the shorter sentence has at least


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def one_wording(a: Unit, b: Unit, differing: list[str]) -> float:
    """The share (0-1) of the shorter sentence's distinct words, less those of ``differing`` (the values or names
    the two give apart, as written), that the other sentence also has: 1.0 for one sentence word for word inside
    the other but for those; near 0 for two outlets' own wordings."""
    drop = {w for text in differing for w in _plain_words(text)}
    wa, wb = set(_plain_words(a.text)) - drop, set(_plain_words(b.text)) - drop
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short & long_) / len(short) if short else 0.0


def conflict_worthy(clash: Clash, a: Unit, b: Unit, across_pair: bool) -> bool:
    """Whether a clashing pair the scorer takes for one claim is one claim told two ways, so its clash is a
    conflict (it is never an agreement either way): two sources, not two different people acting
    (:func:`.story_wide.other_people`), and one wording with small edits (:func:`one_wording`, at
    :data:`NEAR_WORDING`, :data:`NEAR_OUTCOME_WORDING` for outcomes); across languages, where no word is shared,
    ``across_pair``: the caller's test that the two are each other's translation."""
    from crosswire.compare.claims.story_wide import other_people

    if a.source == b.source or other_people(a, b):
        return False
    if a.language != b.language:
        return across_pair
    if clash.readings is not None:
        x, y = clash.readings
        if x.value.text.casefold() == y.value.text.casefold():
            return False  # one value as written ("on Saturday" twice), however each was dated
        return one_wording(a, b, [r.value.text for r in clash.readings]) >= NEAR_WORDING
    if clash.outcomes is not None:
        outcome_words = [w for u in (a, b) for w in u.claim.predicates]
        return one_wording(a, b, outcome_words) >= NEAR_OUTCOME_WORDING
    return clash.parties is not None  # party_clash already asks for one wording


_ATTRIBUTION_BEFORE = 80  # characters before a name searched for a word of attribution ("said X to the AP")


@lru_cache(maxsize=16)
def _attribution(language: str) -> tuple[str, ...]:
    """Words that make a name the source of a report ("according to", "told"): ``[attribution]`` of
    ``data/agents.toml``."""
    words: dict[str, list[str]] = data_toml("agents.toml").get("attribution", {})
    return tuple(w.rstrip("-") for w in words.get(language, []))


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> frozenset[str]:
    """The words of ``text``, folded to Latin letters (cached: asked once per pair for each sentence)."""
    return frozenset(re.findall(r"[^\W_]+", fold(latin(text)).replace("'", "")))


def _own_parties(u: Unit, other: Unit) -> list[str]:
    """The organisations and people ``u`` names that ``other`` does not (by id, and by no word of the name in
    its text), less ``u``'s speaker and names a word of attribution stands just before ("told Reuters")."""
    out = []
    said = _attribution(u.language)
    other_words = _words(other.text)
    for cid in sorted(u.entities - other.entities):
        kind, _, name = cid.partition(":")
        if kind not in ("person", "organisation") or cid == u.speaker or not name:
            continue
        if _words(name) & other_words:
            continue
        at = u.text.find(name)
        if at < 0:
            continue
        before = u.text[max(0, at - _ATTRIBUTION_BEFORE) : at].lower()
        if any(w in before for w in said):
            continue
        out.append(cid)
    return out


def party_clash(a: Unit, b: Unit) -> Clash | None:
    """Two sentences of one language written alike (:data:`NEAR_WORDING`) where each names one organisation or
    person the other does not: the one wording gives two parties one place ("the offer ... from the terminal
    operator Nordhaven Terminals" / "... made by the Brennmark Port Authority"; "X scored" / "Y scored").
    Left alone: a speaker, a source a word of attribution names ("told Reuters" / "told AP"), a name in part
    shared ("Vennholt" / "Clara Vennholt"), and a sentence naming two new parties (no one place)."""
    if a.language != b.language:
        return None
    pa, pb = _own_parties(a, b), _own_parties(b, a)
    if len(pa) != 1 or len(pb) != 1:
        return None
    names = [pa[0].partition(":")[2], pb[0].partition(":")[2]]
    if min(len(set(_plain_words(a.text))), len(set(_plain_words(b.text)))) < PARTY_WORDS:
        return None
    if one_wording(a, b, names) < NEAR_PARTY_WORDING:
        return None
    return Clash(parties=(pa[0], pb[0]))


def value_clash(a: Unit, b: Unit, canonical: dict[tuple[str, str], str]) -> Clash | None:
    """Why two sentences cannot state one claim however alike they read (:func:`slot_clash`,
    :func:`outcome_clash`, :func:`party_clash`); None when their shared typed values and outcomes are compatible."""
    return slot_clash(a, b, canonical) or outcome_clash(a, b) or party_clash(a, b)


def clash_conflict(clash: Clash) -> SlotComparison | None:
    """A slot clash as a conflict of the two sentences (one side each; aligned: the pair is one claim)."""
    if clash.slot is None or clash.readings is None:
        return None
    x, y = clash.readings
    return SlotComparison(clash.slot, [[x], [y]], aligned=True)


_LEMMAS: dict[str, str] = data_toml("facts_outcomes.toml")["lemmas"]


def written_outcome(u: Unit, outcome: str) -> str:
    """The word the sentence states ``outcome`` with ("granted" for the class "approved"): the first word of the
    sentence that starts with a lemma of that class among its predicates; the class itself when none does (an
    irregular form: "won" of "win")."""
    for lemma in u.claim.predicates:
        if _LEMMAS.get(lemma) == outcome and (m := re.search(rf"\b{re.escape(lemma)}\w*", u.text, re.IGNORECASE)):
            return m.group(0).lower()
    return outcome


def clash_outcome_sides(clash: Clash, a: Unit, b: Unit) -> list[tuple[str, list[Unit]]] | None:
    """An outcome clash as the sides of an outcome conflict (:func:`.items.outcome_conflict`), each labelled by
    its sentence's own word ("rejected" / "granted")."""
    if clash.outcomes is None:
        return None
    return [(written_outcome(a, clash.outcomes[0]), [a]), (written_outcome(b, clash.outcomes[1]), [b])]
