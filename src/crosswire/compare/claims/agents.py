"""Who did it: two sources that state one act (the same verb on the same object) by different agents ("A
neighbour raised the alarm" / "A night-shift security guard raised the alarm") conflict, with the typed reason
``"different agent"``; they are not one agreed claim.

Read from the facts stage's events (the dependency parse's subject, verb and object of each sentence's main
clause), English only (the other languages' front-ends give no clause parse). Written by hand: this is the
cross-source claim alignment crosswire exists for. The guards are the ways one agent is named twice: a pronoun
or a named entity as subject (names are compared as canonical entities, elsewhere), one subject's head inside
the other's words ("guard" / "security guard"), two heads of one concept in ``data/concepts.toml`` ("police" /
"officers"), a generic agent that covers any other ("authorities", "officials", "crews"), and verbs that say
nothing of who acted (speech, light verbs).
"""

from __future__ import annotations

import re

from crosswire.compare.align import StoryData
from crosswire.compare.claims.units import SPEECH_TERMS, Unit
from crosswire.compare.records import ClaimConflict, ConflictSide
from crosswire.facts.records import Event
from crosswire.vocab.concepts import concept_of

# Verbs whose subject says little of an act's agent (being, having, saying) or that many agents share.
NEUTRAL_VERBS = frozenset(
    {"be", "have", "do", "make", "take", "get", "go", "come", "give", "see", "say", "tell", "add", "continue"}
)
# Subjects that name no one agent, or every one of them: any other agent may be among them.
GENERIC_AGENTS = frozenset(
    {
        "authorities", "authority", "officials", "official", "government", "people", "someone", "somebody",
        "crews", "crew", "rescuers", "services", "team", "teams", "workers", "staff", "residents", "witnesses",
        "others", "one", "all", "both", "many", "some", "most", "everyone", "nobody", "none",
    }
)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those"})
_WORD = re.compile(r"[a-z][a-z'-]*")


def _main_event(data: StoryData, unit: Unit) -> Event | None:
    """The event of the unit's main predicate, from its article's facts (None when the facts have none)."""
    facts = data.facts.get(unit.article)
    if facts is None or not unit.claim.predicates:
        return None
    verb = unit.claim.predicates[0]
    return next(
        (e for e in facts.events if e.verb == verb and unit.claim.start <= e.start < unit.claim.end),
        None,
    )


def _head(phrase: str | None) -> tuple[str, set[str]] | None:
    """(the head word, all words) of a noun phrase in lower case; None for no phrase or a pronoun."""
    words = _WORD.findall((phrase or "").lower())
    if not words or words[-1] in PRONOUNS:
        return None
    return words[-1], set(words)


def _object_key(phrase: str | None) -> str | None:
    head = _head(phrase)
    return head[0] if head else None


def _one_agent(a: tuple[str, set[str]], b: tuple[str, set[str]]) -> bool:
    """Whether two subjects may name one agent (see the module docstring for the ways)."""
    (ha, wa), (hb, wb) = a, b
    if ha == hb or ha in wb or hb in wa or ha in GENERIC_AGENTS or hb in GENERIC_AGENTS:
        return True
    ca, cb = concept_of(ha, "en"), concept_of(hb, "en")
    return ca is not None and ca == cb


def agents_differ(data: StoryData, a: Unit, b: Unit) -> tuple[str, str] | None:
    """The two agents as written ("A neighbour", "A night-shift security guard") when English sentences ``a``
    and ``b`` state one act (one main verb, not a neutral one, neither negated, on objects with one head) by
    subjects that cannot name one agent; None otherwise."""
    if a.language != "en" or b.language != "en" or a.claim.negated or b.claim.negated:
        return None
    ea, eb = _main_event(data, a), _main_event(data, b)
    if ea is None or eb is None or ea.verb != eb.verb or ea.verb in NEUTRAL_VERBS or ea.verb in SPEECH_TERMS:
        return None
    if ea.subject_entity or eb.subject_entity or ea.modal or eb.modal:
        return None  # named agents are compared as canonical entities; a modal act has not happened
    oa, ob = _object_key(ea.object), _object_key(eb.object)
    if oa is None or oa != ob:
        return None
    sa, sb = _head(ea.subject), _head(eb.subject)
    if sa is None or sb is None or _one_agent(sa, sb):
        return None
    return str(ea.subject), str(eb.subject)


def agent_conflicts(
    data: StoryData, pairs: list[tuple[Unit, Unit]]
) -> tuple[list[ClaimConflict], set[tuple[int, int]]]:
    """The agent conflicts among related pairs of sentences, one per act (its verb and object head) with one
    side per agent head, each citing its sources' own sentences; and the pairs (unit indices) that name
    different agents, which state no agreed claim."""
    acts: dict[tuple[str, str], dict[str, tuple[str, dict[int, Unit]]]] = {}
    blocked: set[tuple[int, int]] = set()
    for a, b in pairs:
        agents = agents_differ(data, a, b)
        if agents is None:
            continue
        blocked.add((a.index, b.index))
        event = _main_event(data, a)
        key = (event.verb if event else "", _object_key(event.object if event else None) or "")
        for unit, label in ((a, agents[0]), (b, agents[1])):
            head = _head(label)
            side = acts.setdefault(key, {}).setdefault(head[0] if head else label, (label, {}))
            side[1][unit.index] = unit
    out = []
    for sides in acts.values():
        groups = [(label, sorted(units.values(), key=lambda u: u.source)) for label, units in sides.values()]
        sources = [{u.source for u in units} for _, units in groups]
        if len(groups) > 1 and not set.intersection(*sources):  # a source on two sides: not one act
            out.append(agent_conflict(data, groups))
    return out, blocked


def agent_conflict(data: StoryData, groups: list[tuple[str, list[Unit]]]) -> ClaimConflict:
    """The conflict of sources naming different agents of one act, one side per agent."""
    from crosswire.compare.claims.items import evidence  # items imports this package's value modules

    sides = [
        ConflictSide(
            label=label,
            sources=sorted({u.source for u in units}),
            evidence=[evidence(data, u) for u in units],
        )
        for label, units in groups
    ]
    event = _main_event(data, groups[0][1][0])
    act = f"{event.text} {event.object}" if event is not None and event.object else "the act"
    measure = f"who {act}"
    cited = " vs ".join(f"{s.label} {''.join(f'[{n}]' for n in s.sources)}" for s in sides)
    return ClaimConflict(
        summary=f"{measure[:1].upper()}{measure[1:]}: {cited}",
        sources=sorted({n for s in sides for n in s.sources}),
        evidence=[ev for s in sides for ev in s.evidence],
        measure=measure,
        reason="different agent",
        explanation=f"The sources name different agents of one act: {cited}.",
        sides=sides,
    )
