"""A story's only sum of one kind of money in each of two sources: "Four armed robbers made off with $137
million of diamonds" / "Armed robbers stole diamonds valued at 85 million euros ($108 million)" (the mined set's
tune half: the pair scorer rated the two sentences 0.38, under every bar, so the two sums of one haul were never
compared and the story showed no conflict). Each source gives one sum of that concept (``data/
money_concepts.toml``: ``loot``, ``ransom``, ``bailout``, ``fine``, ...) in one sentence of the whole story, so
the two sums are the story's one amount told twice: they are compared (:func:`sole_sum_pairs` feeds
:func:`.aligned.figure_conflicts`, whose checks of one act, one year, one currency and the figures' rounding
decide a conflict), in one language or two.

Why not the pair scorer: sentences that give one amount differently share few words besides it (the figure
itself differs), and the concept words are the claim's anchor. Why a sole sum only: a source giving two sums
of one concept (a ransom demanded and a ransom paid, two fines) does not say which of them the other source's
sum is; such a source is left out for that concept. Two sentences naming nothing in common may be of two
events of one story (two heists, two kidnappings), so a shared name or place is needed. Negated sentences and
sentences of two different days are left out as in :mod:`.sole_figures`.
"""

from __future__ import annotations

from crosswire.compare.claims.conversions import conversion_of
from crosswire.compare.claims.money import money_concept, named_sum, noun_follows
from crosswire.compare.claims.units import Unit, different_days
from crosswire.facts.records import Value


def _sum_concepts(u: Unit) -> dict[str, int]:
    """Concept -> how many sums of it the sentence gives (a bracketed conversion of another sum not counted)."""
    out: dict[str, int] = {}
    if u.claim.negated:
        return out
    for v in u.values:
        if v.kind != "money" or v.value is None or conversion_of(u, v) is not None:
            continue
        concept = named_sum(u, v)
        if concept is None and not _named_by_its_noun(u, v):
            # the clause's concept, unless the noun the sum modifies names it otherwise ("a $400 million bridge
            # loan ... to finance the deal" is a loan, no price of the deal: :func:`.money.named_sum`)
            concept = money_concept(u, v)
        if concept:
            out[concept] = out.get(concept, 0) + 1
    return out


def _named_by_its_noun(u: Unit, v: Value) -> bool:
    """Whether the sum modifies a noun right after it ("a $400 million bridge loan", "a $3 billion buyout"),
    which then says what the sum is; a sum "of" something ("$137 million of diamonds") is told by its clause."""
    if not (v.noun and noun_follows(u, v)):
        return False
    after = u.text[max(0, v.end - u.claim.start) :].split()
    return not after or after[0].casefold() not in _OF


# the words after a sum that say what it is made of, not what it is (en, fr, de, es, it, pt)
_OF = frozenset({"of", "in", "worth", "de", "d'", "an", "von", "di", "en"})


def sole_sum_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """(a, b) in unit order: two sources' only sentences giving a sum of one money concept, each giving one
    such sum, naming a person, body or place both name (the event's anchor, as a toll under the conflict bar
    needs one: :data:`.align.TOLL_BAR`), of one day (or no day given), neither negated. Input: a story's units;
    output: unit pairs."""
    found: dict[str, dict[int, list[tuple[Unit, int]]]] = {}
    for u in units:
        for concept, n in _sum_concepts(u).items():
            found.setdefault(concept, {}).setdefault(u.source, []).append((u, n))
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for by_source in found.values():
        told = sorted(
            (said[0][0] for said in by_source.values() if len(said) == 1 and said[0][1] == 1), key=lambda u: u.index
        )
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if a.entities & b.entities and not different_days(a, b):
                    out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]
