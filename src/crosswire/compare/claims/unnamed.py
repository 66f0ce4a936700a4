"""Conflicts of one measure given in sentences that name no entity, compared across the whole story.

Real coverage often gives the disputed figure in a sentence that names nothing ("The vote was 7-4.", "Some 45
cargo vessels waited outside the port.", "The project carries a $2.4 billion price tag."): the name is in the
lead, and the figure's sentence leans on it. The pair comparison needs a name the two sentences share (or a
pair scored as one claim), and such pairs read too unlike to score as one claim (0.4-0.7 on the invented
stories of ``tests/test_compare_conflict_unnamed.py``), or share too few words to be candidates at all: on the
alignment gold's held-out halves the missed conflicts were mostly of this kind (aggregates only, see
``bench/RESULTS-compare.md``).

What stands in for the shared name here is the story itself and the slot's key: a slot that names what is
measured (:data:`KEYED`: a vote's tally, a count of one noun or of people by what befell them, an amount of one
currency by what it is, a rank by its superlative, a length or distance by its act, the year an act began) and
that every source gives **one** value of, story-wide (a source with two incompatible values of the slot tells
two measures apart, and :func:`.values.compare_values` leaves such a slot out). Bare slots (a time of day with
no act, a share of no named whole) are left out: one story gives many of them.

Written by hand: the rule is the comparison itself.
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.story_wide import add_conflict
from crosswire.compare.claims.superlatives import ranking_scope
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import SlotComparison, compare_values
from crosswire.vocab.data import data_toml

# Slot kinds whose key names the measure (see :mod:`.slots`), and the position of the key's element that names
# it: a tally's kind of contest, a count's noun or act (``("count", unit, noun)``), an amount's concept, a rank's
# superlative, a distance's act, the act a year starts. Not lengths of time: on ECB+ story-wide they set an
# offered contract's years against the longest offered, and two convicts' prison terms, against each other.
KEYED = {"tally": 1, "count": 2, "money": 2, "rank": 1, "quantity": 2, "since": 1}
# Quotation marks: a value inside someone's quoted words is theirs, said in the moment ("there's three people
# shot!" against the count the outlets report; ECB+).
QUOTE_MARKS = frozenset('"“”«»„')


def keyed(slot: tuple[str, ...]) -> bool:
    """Whether ``slot`` (a :mod:`.slots` key) names what it measures, not only its kind: ``("tally", "vote")``,
    ``("count", "", "ship")``, ``("money", "USD", "=cost")`` yes; ``("time",)``, ``("share", "")`` no, nor an
    increment (``"more"``: "Five other passengers were rescued" adds to a count the sentence before gives).
    Nor a count of people by what befell them (``("count", "", "person arrest")``): such counts run over the
    story's days and places ("774 people were arrested in Minsk and other cities ... Sunday" / "Police detained
    nearly 7,000 people during protests in the days after the election", the seeds' Belarus stories), and
    :func:`.story_wide.acted_counts` compares them where the sentences name one thing."""
    at = KEYED.get(slot[0])
    if at is None or len(slot) <= at or not slot[at] or "more" in slot[at + 1 :]:
        return False
    return not (slot[0] == "count" and slot[at].startswith("person "))


# The acts a time of day is keyed by here: the verbs of ``day_acts`` in ``data/claim_acts.toml`` (acts that
# happen once in a story: a fire breaking out, a collapse, a crash, an arrest), each as its group's first word.
_TIMED_ACTS = {w: group[0] for group in data_toml("claim_acts.toml").get("day_acts", []) for w in group}


def timed_act(u: Unit) -> str | None:
    """The once-in-a-story act (:data:`_TIMED_ACTS`) whose time of day the sentence gives: the sentence gives
    exactly one time, and the time's verb is such an act, or (when the reader gave the time no verb) exactly one
    act of the sentence's clauses is ("Witnesses said the bridge collapsed at around 4 p.m." -> "collapse");
    None otherwise."""
    times = [v for v in u.values if v.kind == "time"]
    if len(times) != 1:
        return None
    if times[0].verb:
        return _TIMED_ACTS.get(times[0].verb)
    acts = {a for p in u.claim.predicates if (a := _TIMED_ACTS.get(p))}
    return acts.pop() if len(acts) == 1 else None


def unnamed_conflicts(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts of keyed slots (:func:`keyed`) whose values, one per source story-wide,
    cannot all hold, when no sentence of any side names an entity.

    Input: the story's units (every source's sentences), the loaded story; ``found`` is extended in place
    (merged by slot with what the pairs found, :func:`.story_wide.add_conflict`). A sentence that names an entity
    is the pair comparison's to judge: "The coastguard sent 60 rescuers" / "The neighbouring town of Brell sent
    25 rescuers" are two agents' (the ferry fixture of ``tests/fixtures/compare``).
    Within one language: values across languages are :mod:`.aligned`'s and :mod:`.story_wide`'s."""
    by_language: dict[str | None, list[Unit]] = {}
    for u in units:
        by_language.setdefault(u.language, []).append(u)
    for same in by_language.values():
        _one_language(same, data, found)


def _one_language(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    cmps = [c for c in compare_values(units, data.canonical, aligned=True, across=False) if keyed(c.slot)]
    timed: dict[str, list[Unit]] = {}
    for u in units:
        if (act := timed_act(u)) is not None:
            timed.setdefault(act, []).append(u)
    for members in timed.values():
        # the times of one act, one per source story-wide (a source giving two is left out by compare_values)
        cmps += [c for c in compare_values(members, data.canonical, aligned=True, across=False) if c.slot == ("time",)]
    for cmp in cmps:
        if not cmp.conflict:
            continue
        readers = [r.unit for side in cmp.sides for r in side]
        if any(u.entities for u in readers):
            continue  # "The coastguard sent 60 rescuers" / "The neighbouring town of Brell sent 25": two agents
        if any(QUOTE_MARKS & set(u.text) for u in readers):
            continue
        if cmp.slot[0] == "rank" and len({ranking_scope(u.text) for u in readers}) > 1:
            continue  # "the world's 30th-largest port" / "the second-largest port in the country": two rankings
        if len({_past_years(u) for u in readers}) > 1:
            continue  # "The old quay cost $300 million in 1990" / "The expansion will cost $2 billion"
        add_conflict(found, cmp)


def _past_years(u: Unit) -> frozenset[str]:
    """The years other than its publication year a sentence's dates name ("in 1990" -> {"1990"}): a figure
    dated to another year than the other side's is another year's measure."""
    return frozenset(
        y
        for v in u.values
        if v.kind == "date" and v.text_value and (y := v.text_value[:4]).isdigit() and y != str(u.published_year)
    )
