"""One sentence two sources of one language print word for word but for its day: "Das Hafengericht entschied am
Dienstag, dass der Streik rechtmäßig war" / "Das Hafengericht entschied am Donnerstag, dass der Streik rechtmäßig
war" (a ruling's day given two ways, a class a new user met on an unseen story).

The English parse ties a day to its verb ("ruled on Tuesday": the slot ``("day", "rule")``), and the clash of two
such days in a pair the scorer takes for one claim is a conflict (:mod:`.clash`). Outside English no verb is read
(the date's ``verb`` is None), so the day has no slot, and two wordings that differ in their day read less alike to
the pair scorer (0.46 for the German pair above, under the agreement bar): the day of the act met nothing.

Here two sentences of two sources, one language other than English, each giving exactly one day and no verb
for it, whose words but for the two days are one wording (:func:`.clash.one_wording` at
:data:`.clash.NEAR_WORDING`, the bar a near copy's value clash is held to) and long enough to say one thing
(:data:`.clash.PARTY_WORDS` distinct words, the bar of a party named in one wording), are one claim told with two
days: a "different day" conflict of the slot ``("day", "")``. Offsets are the units' (character offsets into the
cleaned body). Written by hand: the rule is the comparison itself.
"""

from __future__ import annotations

import re

from crosswire.compare.claims.clash import NEAR_WORDING, PARTY_WORDS, one_wording
from crosswire.compare.claims.units import Unit
from crosswire.compare.claims.values import Reading, SlotComparison, compatible, reading
from crosswire.compare.claims.when import told_date
from crosswire.facts.records import Value

DAY_SLOT = ("day", "")
# Languages whose parse reads the verb of a day (the English parse, crosswire.facts): their days are keyed by the
# verb and compared by :mod:`.clash`; left out here, so the rule adds nothing on ECB+ (bench/compare_ecb.py).
PARSED = frozenset({"en"})


def _lone_day(u: Unit) -> Value | None:
    """The sentence's one date value giving a day (an ISO date) with no verb read for it; None when it gives no
    such day, two days, a day a verb governs (the slot path of :mod:`.clash` compares those), or the day the news
    was told ("ruszy w maju 2027 roku, poinformował w poniedziałek prezydent": :func:`.when.told_date`), which
    two outlets may give two ways of one act."""
    days = [v for v in u.values if v.kind == "date" and v.text_value and len(v.text_value) == 10]
    if len(days) != 1 or days[0].verb is not None or told_date(u, days[0]):
        return None
    return days[0]


def _distinct_words(text: str) -> int:
    return len(set(re.findall(r"[^\W_]+", text.casefold())))


def copied_day_pairs(units: list[Unit]) -> list[tuple[Reading, Reading]]:
    """(reading a, reading b), a before b in unit order: the two days of each pair of sentences of one language
    and two sources that are one wording but for them (see the module) and cannot both hold."""
    dated = [
        (u, v) for u in units if u.language not in PARSED and not u.claim.negated and (v := _lone_day(u)) is not None
    ]
    out = []
    for i, (a, va) in enumerate(dated):
        for b, vb in dated[i + 1 :]:
            if a.source == b.source or a.language != b.language or va.text_value == vb.text_value:
                continue
            if min(_distinct_words(a.text), _distinct_words(b.text)) < PARTY_WORDS:
                continue
            if one_wording(a, b, [va.text, vb.text]) < NEAR_WORDING:
                continue
            ra, rb = reading(a, va), reading(b, vb)
            if ra is not None and rb is not None and not compatible(ra, rb):
                out.append((ra, rb))
    return out


def copied_day_conflicts(units: list[Unit]) -> list[SlotComparison]:
    """The pairs of :func:`copied_day_pairs` as value comparisons of the slot ``("day", "")``, two sides each,
    aligned (one claim: one wording); :func:`.values.reason` types them "different day"."""
    return [SlotComparison(DAY_SLOT, [[ra], [rb]], aligned=True) for ra, rb in copied_day_pairs(units)]
