"""The day or year of one listed act compared story-wide where the pair scorer cannot relate the sentences:
outside English and across languages.

The pair scorer is fitted on English pairs: it rates "El regulador de Norland revocó el miércoles la licencia del
banco Vessia" against "... retiró el jueves la licencia ..." 0.38, under every bar, and a German and an English
sentence of one revocation lower still, so one act placed on two days is never set side by side. The acts of the
``day_acts`` list (``data/claim_acts.toml``: revoking a licence, resigning, an arrest, a fire breaking out, a
collapse, an opening, a building, chairing) name one thing each, so their days (and years) are compared across
the whole story, like the days set for a court event (:func:`.story_wide.event_days`), when:

* one of the sentences is not English (English pairs are the scorer's, measured on the gold), and
* every side shares a name with the first: a canonical entity, or a word of a name by its transliteration
  skeleton (:func:`.same_day.name_keys`: "Norland" and "Норланда" are one name), or the noun of one kind of
  event among its first :data:`EVENT_REACH` words (``data/event_nouns.toml``: "The strike began on Monday" /
  "Забастовка началась во вторник", the start of the story's strike, whose sentences name nothing else; dates14,
  a new user's trial 41), and
* no two of the sentences name people with no name in common (two people's arrests on two days).

Why hand-written: the rule is the comparison itself; the acts and their words are data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.same_day import NAME_PREFIX, name_keys
from crosswire.compare.claims.slots import DAY_ACT_NAMES, LEAD_ONLY_ACTS
from crosswire.compare.claims.story_wide import add_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import SlotComparison, compare_values
from crosswire.facts.name_skeleton import skeleton
from crosswire.vocab.data import data_toml

TIME_SLOTS = frozenset({"day", "year", "since"})
# Words at the opening of a sentence read for its event's noun: the subject of a lead-like sentence ("The strike
# began", "Der unbefristete Streik der Piloten begann", "Забастовка началась"); further in, an event noun is often
# another act's object or cause ("The talks began on Monday, a day before the strike"). Hand-set on the invented
# sentences of tests/test_dates14_days.py.
EVENT_REACH = 5
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _event_nouns() -> dict[str, dict[str, tuple[str, ...]]]:
    """language -> event group -> its nouns' lower-case beginnings (``data/event_nouns.toml``)."""
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for group, by_language in data_toml("event_nouns.toml")["groups"].items():
        for language, words in by_language.items():
            out.setdefault(language, {})[group] = tuple(words)
    return out


def event_keys(unit: Unit) -> frozenset[str]:
    """``{"event:<group>"}`` for each event group (``data/event_nouns.toml``) a noun of which begins one of the
    first :data:`EVENT_REACH` words of ``unit``'s sentence, a German compound matched at its end too ("Der
    Warnstreik", "La grève", "Забастовка"); empty for a language with no list."""
    groups = _event_nouns().get(unit.language or "en", {})
    words = [w.lower() for w in _WORD.findall(unit.text)[:EVENT_REACH]]
    found = set()
    for group, nouns in groups.items():
        if any(w.startswith(nouns) or (unit.language == "de" and w.rstrip("s").endswith(nouns)) for w in words):
            found.add(f"event:{group}")
    return frozenset(found)


def _person_keys(unit: Unit) -> frozenset[str]:
    """The name keys (as :func:`.same_day.name_keys`) of the people the unit's sentence names."""
    keys: set[str] = set()
    for entity in unit.entities:
        if entity.startswith("person:"):
            name = entity.split(":", 1)[-1]
            keys.update(w[:NAME_PREFIX] for w in skeleton(name, unit.language).split() if len(w) >= NAME_PREFIX)
    return frozenset(keys)


def listed_act_times(units: list[Unit], data: StoryData, found: list[SlotComparison]) -> None:
    """Add to ``found`` the conflicts over the day or year of a listed act that the module docstring's rule
    admits. Input: the story's units; ``found`` is extended in place (merged by :func:`.story_wide.add_conflict`).
    Raises nothing."""
    dated = [u for u in units if any(v.kind == "date" for v in u.values)]
    if not any((u.language or "en") != "en" for u in dated):
        return
    for cmp in compare_values(dated, data.canonical, aligned=True):
        if cmp.slot[0] not in TIME_SLOTS or cmp.slot[1] not in DAY_ACT_NAMES or not cmp.conflict:
            continue
        if cmp.slot[1] in LEAD_ONLY_ACTS:  # an announcement's day: the leads' (:mod:`.lead_days`)
            continue
        members = [r.unit for side in cmp.sides for r in side]
        if all((u.language or "en") == "en" for u in members):
            continue
        keys = [
            frozenset().union(*(name_keys(r.unit) | r.unit.entities | event_keys(r.unit) for r in side))
            for side in cmp.sides
        ]
        if not all(keys[0] & other for other in keys[1:]):
            continue
        people = [k for u in members if (k := _person_keys(u))]
        if any(not a & b for a in people for b in people):
            continue
        add_conflict(found, cmp)
