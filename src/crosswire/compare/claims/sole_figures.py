"""A story's only figure of one thing in each of two sources: one path for counts and sums.

Counts: "About 200 soldiers secured the crossing" [en] / "Al valico di Kolmar, 212 militari hanno garantito la
sicurezza" [it] (a new user's hostage story listed the English figure as "only X" and the Italian under "Not in any
item": the scorer rated the two sentences 0.43, under every bar). Each source gives one figure of that concept
(``data/concepts.toml``: "soldiers", "militari" and "Soldaten" count ``soldier``) in the whole story, so the two
figures are the story's one measure told twice.

Sums: "Four armed robbers made off with $137 million of diamonds" / "Armed robbers stole diamonds valued at 85
million euros ($108 million)" (the mined set's tune half: the pair scorer rated the two sentences 0.38). A sum is
keyed twice: by the money concept the sum is of (``data/money_concepts.toml``: ``loot``, ``ransom``, ``fine``;
:func:`_sum_concept`), in one language or two; and by its currency when its clause may name a money concept ("a
ransom of $4.5 million" / "un rescate de 5,4 millones de dólares": :func:`.money.one_money_kind` then decides
whether the two sums may be one), across languages. Two sentences naming nothing in common may be of two events
of one story (two heists, two kidnappings), so two sums of one concept need a person, body or place both name
(the event's anchor, as a toll under the conflict bar needs one: :data:`.align.TOLL_BAR`).

The two figures of a pair are compared (:func:`sole_figure_pairs` feeds :func:`.aligned.figure_conflicts`, whose
checks of one act, one year, one currency and the figures' rounding decide a conflict), and neither is a fact only
its source reports (:meth:`.align.ClaimAlignment.sole_figure`).

Left out: a source giving two figures of one key (a ransom demanded and a ransom paid: it does not say which the
other source's is), concepts that count a unit of measure or anyone at all (``person``, ``year``, ``day``, units:
two sentences' "people" or "years" are seldom one measure), negated sentences, sentences of two different days,
and counts in one language (the English figure aligner compares those by their slots). This module replaced
``sole_sums.py`` (figures36), whose concept-keyed sums it reads with the same guards.
"""

from __future__ import annotations

from crosswire.compare.claims.conversions import conversion_of
from crosswire.compare.claims.money import WORD, amount_clause, money_concept, named_sum, noun_follows, one_money_kind
from crosswire.compare.claims.units import Unit, different_days
from crosswire.facts.records import Value
from crosswire.vocab.concepts import money_senses, unit_of

# Concepts too wide to make two sources' only figures one measure: anyone, a span of time.
WIDE_CONCEPTS = frozenset({"person", "year", "day"})
MONEY = "money:"  # the key of a source's sums in one currency (then its ISO code): "money:USD"
SUM = "sum:"  # the key of a source's sums of one money concept (then the concept): "sum:loot"


def _concepts(u: Unit) -> dict[str, list[Value]]:
    """Key -> the sentence's figures of it: a concept id -> its counts (a number of 2 or more, no range, not a unit
    of measure); ``money:<currency>`` -> its sums in that currency whose clause names a money concept (a ransom, a
    fine); ``sum:<concept>`` -> its sums of that money concept (:func:`_sum_concept`; a bracketed conversion of
    another sum not counted). Empty for a negated sentence."""
    out: dict[str, list[Value]] = {}
    if u.claim.negated:
        return out
    for v in u.values:
        if v.kind != "count" or v.value is None or v.value < 2 or not v.concept:
            continue
        if v.concept in WIDE_CONCEPTS or unit_of(v.concept, None):
            continue
        if v.low is not None and v.high is not None and v.low != v.high:
            continue
        out.setdefault(v.concept, []).append(v)
    for v in u.values:
        if v.kind != "money" or v.value is None:
            continue
        if v.unit and money_senses_of(u, v):
            out.setdefault(f"{MONEY}{v.unit}", []).append(v)
        if conversion_of(u, v) is None and (concept := _sum_concept(u, v)):
            out.setdefault(f"{SUM}{concept}", []).append(v)
    return out


def money_senses_of(u: Unit, v: Value) -> set[str]:
    """The money concepts amount ``v``'s clause may name (``vocab.concepts.money_senses``; empty for none)."""
    return money_senses(WORD.findall(amount_clause(u, v)), u.language)


def _sum_concept(u: Unit, v: Value) -> str | None:
    """The money concept sum ``v`` is of: the one it is named as (:func:`.money.named_sum`), else its clause's,
    unless the noun the sum modifies says what it is ("a $400 million bridge loan ... to finance the deal" is a
    loan, no price of the deal); None for none."""
    concept = named_sum(u, v)
    if concept is None and not _named_by_its_noun(u, v):
        concept = money_concept(u, v)
    return concept or None


def _named_by_its_noun(u: Unit, v: Value) -> bool:
    """Whether the sum modifies a noun right after it ("a $400 million bridge loan", "a $3 billion buyout"),
    which then says what the sum is; a sum "of" something ("$137 million of diamonds") is told by its clause."""
    if not (v.noun and noun_follows(u, v)):
        return False
    after = u.text[max(0, v.end - u.claim.start) :].split()
    return not after or after[0].casefold() not in _OF


# the words after a sum that say what it is made of, not what it is (en, fr, de, es, it, pt)
_OF = frozenset({"of", "in", "worth", "de", "d'", "an", "von", "di", "en"})


def _one_thing(a: Unit, b: Unit, key: str) -> bool:
    """Whether two sources' only figures of ``key`` may be one figure: a count's concept is the key already, in
    two languages; sums of one currency in two languages, by what they are (:func:`.money.one_money_kind`); sums
    of one money concept in any language, naming a person, body or place both sentences name (see the module;
    a ransom's two sums in two languages need no name: "The group had demanded a ransom of $4.5 million" /
    "El Movimiento ... exigía un rescate de 5,4 millones de dólares", a new user's hostage story)."""
    if key.startswith(SUM):
        return bool(a.entities & b.entities)
    if a.language == b.language:
        return False
    if not key.startswith(MONEY):
        return True
    (va,), (vb,) = _concepts(a)[key], _concepts(b)[key]
    return one_money_kind(a, va, b, vb)


def _sole(units: list[Unit]) -> dict[str, dict[int, Unit]]:
    """Key -> source -> the one unit of that source giving one figure of the key, for the keys each such source
    gives in exactly one sentence, once."""
    found: dict[str, dict[int, list[tuple[Unit, int]]]] = {}
    for u in units:
        for key, values in _concepts(u).items():
            found.setdefault(key, {}).setdefault(u.source, []).append((u, len(values)))
    return {
        key: {source: told[0][0] for source, told in by_source.items() if len(told) == 1 and told[0][1] == 1}
        for key, by_source in found.items()
    }


def sole_figure_pairs(units: list[Unit]) -> list[tuple[Unit, Unit]]:
    """(a, b) in unit order: two sources' only sentences giving one figure of one key (:func:`_concepts`) that
    may be one figure (:func:`_one_thing`), of one day (or no day given), neither negated. Input: a story's units;
    output: unit pairs, each once."""
    out: dict[tuple[int, int], tuple[Unit, Unit]] = {}
    for key, by_source in _sole(units).items():
        told = sorted(by_source.values(), key=lambda u: u.index)
        for i, a in enumerate(told):
            for b in told[i + 1 :]:
                if not different_days(a, b) and _one_thing(a, b, key):
                    out[(a.index, b.index)] = (a, b)
    return [out[k] for k in sorted(out)]
