"""The day of a verdict read where the sentence dates it through other words than the verdict's verb.

Two wordings news copy uses, each dating the conviction (the verdict act of ``data/claim_acts.toml``:
deliberate = convict = find guilty):

- **A verdict coordinated with another act under one date**: "was convicted and sentenced to life in federal
  prison last Thursday" (the parse hangs the date from "sentenced", the last verb; the date dates both). Only
  when the sentence gives that one date: "convicted in June and sentenced last Thursday" dates each act apart.
- **A verdict after its trial**: "Following a two-day trial in September, a federal jury deliberated for less
  than 10 minutes before convicting Webb": the month is the trial's, and a jury's verdict closes its trial
  (it deliberates once the evidence and the closing arguments are in), so the trial's month is the verdict's.
  Only when the sentence's main act is the verdict: "Following a trial in September, the judge sentenced him
  last Thursday" dates the trial and the sentencing, two acts on two days, no verdict.

Why hand-written: no library dates an act through a coordinated verb or through the event it closes; the
verbs of the verdict act are data (``data/claim_acts.toml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getLemma

from crosswire.compare.claims.acts import verb_act
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value

VERDICT = "verdict"  # the act's name in data/claim_acts.toml
CONVICT = "convict"  # the verb the day of a verdict is keyed by (slots.slot_of keys a day by its verb)
# "Following a two-day trial in", "After his trial in": the trial phrase right before the date
_TRIAL_BEFORE = re.compile(
    r"\b(?:following|after)\s+(?:an?|the|his|her|their)?\s*(?:[\w-]+\s+){0,2}trial\s+(?:in|on|last)\s*$", re.I
)
# a verb and up to four more words of its clause before "and <verb>": "convicted of kidnapping and sentenced"
_AND = re.compile(r"((?:[^\W\d_]+\s+){1,5})and\s+([^\W\d_]+)\b")


def verdict_day(unit: Unit, v: Value) -> tuple[str, ...] | None:
    """The slot ``("day", "convict")`` for a date ``v`` of ``unit``'s sentence that dates a verdict through
    another verb (see the module doc), else None. Input: a unit and one of its values (character offsets of
    ``v`` are body offsets, as ``unit.claim``'s)."""
    if v.kind != "date" or v.unit not in ("day", "month") or v.scheduled or not v.verb:
        return None
    if verb_act(v.verb) == VERDICT:
        return None  # the verdict's own verb: the ordinary day slot keys it
    dates = [x for x in unit.values if x.kind == "date"]
    if len(dates) == 1 and _coordinated_with_verdict(unit.text, v.verb):
        return ("day", CONVICT)
    preds = unit.claim.predicates
    before = unit.text[: max(0, v.start - unit.claim.start)]
    if v.verb == "follow" and preds and verb_act(preds[0]) == VERDICT and _TRIAL_BEFORE.search(before):
        return ("day", CONVICT)
    return None


@lru_cache(maxsize=1 << 12)
def _coordinated_with_verdict(text: str, verb: str) -> bool:
    """Whether ``text`` joins a verb of the verdict and ``verb`` (a lemma) with "and", the verdict's verb
    within the five words before it: "convicted and sentenced", "convicted of kidnapping and sentenced",
    "found guilty and sentenced"."""
    for m in _AND.finditer(text):
        if verb not in getLemma(m.group(2).lower(), upos="VERB"):
            continue
        for word in m.group(1).lower().split():
            if word in ("guilty", "innocent") or any(verb_act(lem) == VERDICT for lem in getLemma(word, upos="VERB")):
                return True
    return False
