"""A named thing's place in a ranking by a superlative, compared across a whole story: "Brenmoor is the
country's third-largest port" / "Brenmoor is the second-largest port in the country" (issue 12's list: "the
third-largest" / "the second-largest").

The facts stage reads such a rank as a value of kind ``rank`` with its noun, and :func:`.slots.slot_of` keys it
by its superlative and noun (``("rank", "largest", "port")``). Two sentences naming one thing rank it in one
ranking, so their values cannot both hold; the pair comparison misses them when the sentences score under its
bars, and the story-wide comparison of :mod:`.unnamed` leaves out sentences that name an entity. Here a rank is
read when its sentence names exactly one entity (canonical, not a person: a person's rank in a list is news of
another kind), gives no other value, and is no quotation; ranks of one entity and one slot conflict
(``"different value"``) when two sources give two and no source gives two, and the sentences rank within the
same scope (the words of :data:`SCOPE_WORDS` they hold are the same: "the world's third-largest" and "the
country's second-largest" are two rankings). Written by hand: the rule is the comparison itself.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.slots import slot_of
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict

# Words naming the field a ranking is within, in English (the facts stage reads superlative ranks in English):
# two sentences ranking within different fields rank in two rankings. Hand-made.
SCOPE_WORDS = frozenset(
    "world global country nation national europe european continent region regional state city province africa "
    "asia america".split()
)


QUOTE_MARKS = frozenset('"“”«»„')  # as :data:`.unnamed.QUOTE_MARKS`: a quotation's ranking is the speaker's


def ranking_scope(text: str) -> frozenset[str]:
    """The words of :data:`SCOPE_WORDS` a sentence holds, a possessive as its noun ("the country's
    third-largest port" -> {"country"}): two sentences whose sets differ rank within two fields."""
    return frozenset(
        w.removesuffix("'s") for w in re.findall(r"[\w']+", text.lower()) if w.removesuffix("'s") in SCOPE_WORDS
    )


def _ranked_thing(u: Unit) -> str | None:
    """What the sentence ranks: its one entity, not a person; None otherwise (a sentence naming none is
    :mod:`.unnamed`'s to compare)."""
    if len(u.entities) != 1:
        return None
    entity = next(iter(u.entities))
    return None if entity.startswith("person:") else entity


def superlative_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per entity and ranking two sources place it in differently (module docstring). Input: the
    story's units; output: claim conflicts labelled with each side's rank as written."""
    told: dict[tuple[str, tuple[str, ...], frozenset[str]], dict[float, tuple[str, list[Unit]]]] = {}
    for u in units:
        ranks = [v for v in u.values if v.kind == "rank" and v.value is not None]
        if len(ranks) != 1 or len(u.values) != 1 or QUOTE_MARKS & set(u.text) or u.claim.negated:
            continue
        held = _ranked_thing(u)
        if held is None:
            continue
        v = ranks[0]
        slot = slot_of(u, v, data.canonical)
        if slot is None or slot[0] != "rank" or len(slot) < 3 or not slot[1]:
            continue
        key = (held, tuple(slot), ranking_scope(u.text))
        side = told.setdefault(key, {}).setdefault(float(v.value or 0), (v.text, []))
        side[1].append(u)
    out = []
    for (entity, slot, _scope_words), placed in told.items():
        if len(placed) < 2 or not sources_apart([us for _t, us in placed.values()]):
            continue
        name = entity.partition(":")[2] or entity
        sides = [(text, us) for _n, (text, us) in sorted(placed.items())]
        out.append(worded_conflict(data, f"{slot[1]} {slot[2]} rank of {name}", "different value", sides))
    return out
