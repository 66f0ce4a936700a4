"""Why two sentences of two sources scored at or above the agreement bar are in no agreed item together: the
reason a left sentence (:func:`crosswire.compare.leftover.left_sentences`) gives, named.

A new user read "at or above the agreement bar 0.60, but kept apart by a check of what each states" of a
sentence no check had kept apart: the grouping had taken the other source's sentence into another agreed item
(an item holds sentences that each match every other one), and the label sent the user looking for a
disagreement the two sentences do not have. Here the checks :func:`crosswire.compare.claims.align.align_claims`
runs on a pair before grouping and on an item's members after it are run again on the one pair, in the same
order, and the first that fires is named in plain words; when none fires the reason is the grouping's, and the
item the other sentence went to is named by its sources.

Pure: reads the alignment and the story's data; a pair or item the alignment does not hold reads as "grouping".
"""

from __future__ import annotations

from collections.abc import Callable

from crosswire.compare.align import StoryData
from crosswire.compare.claims.act_kinds import acts_apart, planned_and_held
from crosswire.compare.claims.act_places import act_places_differ
from crosswire.compare.claims.align import (
    ClaimAlignment,
    acts_alone,
    contradict,
    lead_in,
    only_days_shared,
    only_numbers_shared,
    outcomes_opposed,
    same_number,
    spelled_alike_only,
    two_days_two_acts,
    typed_apart,
    unit_numbers,
    value_measure,
    values_disagree,
)
from crosswire.compare.claims.aligned import different_clocks
from crosswire.compare.claims.clash import value_clash
from crosswire.compare.claims.count_states import one_number_two_states
from crosswire.compare.claims.fates import disputed_people, fate_left_out, fates_differ
from crosswire.compare.claims.match_scores import final_score
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.polar import polar_differ
from crosswire.compare.claims.roles import roles_differ
from crosswire.compare.claims.units import Unit, different_days


def _checks(p: Pair, found: ClaimAlignment, data: StoryData) -> list[tuple[str, Callable[[], bool]]]:
    """The checks of a pair, in :func:`~crosswire.compare.claims.align.align_claims`' order, each with the words
    that name it to a reader."""
    a, b = p.a, p.b
    return [
        ("one of them only leads in to what follows it (it ends in a colon)", lambda: lead_in(a) or lead_in(b)),
        ("they share only numbers and words of time", lambda: only_numbers_shared(a, b)),
        ("they share only a day", lambda: only_days_shared(p)),
        ("they share only words spelt alike in the two languages", lambda: spelled_alike_only(p, found.agree)),
        ("what they give cannot both hold", lambda: contradict(a, b, data)),
        (
            "one gives the fate the sources dispute of a person the other names with no fate",
            lambda: fate_left_out(a, b, data, disputed_people(found.units, data)),
        ),
        (
            "they give one number of people in two states (hurt / dead, rescued / missing)",
            lambda: one_number_two_states(a, b),
        ),
        (
            "they name one person but report two kinds of act (a statement, a meeting, a visit)",
            lambda: acts_apart(a, b),
        ),
        ("one announces an act for a day, the other tells it as done that day", lambda: planned_and_held(a, b)),
        ("they put what they say on two days with no act in common", lambda: two_days_two_acts(a, b)),
        ("a value each gives differs", lambda: values_disagree(p, data.canonical)),
        ("they state opposite outcomes", lambda: outcomes_opposed(a, b, data)),
        ("they give one person two different roles", lambda: roles_differ(a, b, data)),
    ]


def _what_cannot_both_hold(p: Pair, data: StoryData) -> str:
    """The part of :func:`~crosswire.compare.claims.align.contradict` that fired for a pair, in plain words, the
    commonest first: a person's two fates, two roles, the act at two places, a value each gives, two poles of one
    act, two days, two times of day; else the general words (the other parts: a declaration and its denial, two
    doers, numbers of one measure each gives alone, ...)."""
    a, b = p.a, p.b
    parts: list[tuple[str, Callable[[], bool]]] = [
        ("they give a person two fates", lambda: fates_differ(a, b, data)),
        ("they give a person two roles", lambda: roles_differ(a, b, data)),
        ("they put the act at two places", lambda: act_places_differ(a, b)),
        ("a value each gives cannot both hold", lambda: value_clash(a, b, data.canonical) is not None),
        ("they state two outcomes of one act", lambda: polar_differ(a, b)),
        ("they give two different days", lambda: a.language != b.language and different_days(a, b)),
        ("they give two different times of day", lambda: a.language != b.language and different_clocks(a, b)),
    ]
    named = next((w for w, fired in parts if fired()), None)
    if named is not None:
        return named
    if a.language != b.language:
        mistyped = typed_apart(data)
        if acts_alone(a, b, mistyped) or acts_alone(b, a, mistyped):
            return "one states what a named person did or befell them, the other names no one"
    if a.language != b.language and (numbers := _numbers_alone(a, b)) is not None:
        x, y = numbers
        return f"each gives a number of one measure the other does not ({x} / {y})"
    return "what they give cannot both hold (a fate, a role, a day, a number)"


def _numbers_alone(a: Unit, b: Unit) -> tuple[str, str] | None:
    """The first two numbers of one measure that ``a`` and ``b`` (two languages) each give and the other does not,
    as written (the last rule of :func:`~crosswire.compare.claims.align.contradict`: "drei Menschen" / "четыре
    человека"); None when there are none."""
    na, nb = unit_numbers(a, final_score(a.text, a.language)), unit_numbers(b, final_score(b.text, b.language))
    only_a = [x for x in na if not any(same_number(x, y) for y in nb)]
    only_b = [y for y in nb if not any(same_number(y, x) for x in na)]
    return next(((x.text, y.text) for x in only_a for y in only_b if value_measure(x) == value_measure(y)), None)


def kept_apart_by(u: Unit, v: Unit, found: ClaimAlignment, data: StoryData) -> str:
    """Why ``u`` (a left sentence) and ``v`` (another source's, scored at or above ``found.agree`` against it)
    are in no agreed item together, as words ending "kept apart by ...": the first check of :func:`_checks` that
    fires ("kept apart by a check of what each states: they share only a day"), else the grouping, naming the
    agreed item ``v``'s sentence is in, by its sources ("kept apart by the grouping: [2]'s sentence is in
    another agreed item, with [3], whose sentences this one does not all match"), or none ("... no agreed item
    holds both"). Raises nothing: an alignment without pairs or items (a stand-in) reads as the grouping."""
    pair = next(
        (p for p in getattr(found, "pairs", ()) if {p.a.index, p.b.index} == {u.index, v.index}),
        None,
    )
    if pair is not None:
        for words, fired in _checks(pair, found, data):
            if fired():
                if words == "what they give cannot both hold":
                    words = _what_cannot_both_hold(pair, data)
                return f"kept apart by a check of what each states: {words}"
    for item in getattr(found, "agreed", ()):
        members = found.units_of(item)
        if v in members and u not in members:
            others = [f"[{s}]" for s in sorted({w.source for w in members if w.source not in (v.source, u.source)})]
            if any(w.source == u.source for w in members):
                others.append(f"another sentence of [{u.source}]")
            with_ = "".join(f", with {s}" for s in others[:1]) + "".join(f" and {s}" for s in others[1:])
            return (
                f"kept apart by the grouping: [{v.source}]'s sentence is in another agreed item{with_}, whose "
                "sentences this one does not all match"
            )
    return "kept apart by the grouping: no agreed item holds both (an item's sentences each match every other)"
