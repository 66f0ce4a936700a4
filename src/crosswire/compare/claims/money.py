"""What a sum of money is, read in any language: the slot of an amount across languages.

In one language an amount is keyed by the noun the facts stage gives it ("fine", "value") and its currency;
across languages that noun is each language's own word, so "a capital shortfall of 2.3 billion crowns" and
"Дыра в капитале банка составляет 3,1 млрд крон" never met. Here the words of the amount's own clause name
its concept (``data/money_concepts.toml``: shortfall, loss, fine, bailout, deposit, damage, cost, budget), and
an amount whose clause names exactly one is keyed by it and its currency.

Why hand-written: no installed library maps the nouns of money in news copy to shared ids across languages;
the words are data (see the data file for their source).
"""

from __future__ import annotations

import re

from crosswire.compare.claims.conversions import conversion_of
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.concepts import money_concepts, money_senses

# Where a clause ends around an amount: a semicolon, colon, bracket or dash, or a comma before a space (a
# comma inside "2,3" is a decimal mark).
_CLAUSE_END = re.compile(r"[;:()\u2014\u2013，；：（）]|,\s|\s-\s")  # and the full-width marks of Chinese
WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def amount_clause(unit: Unit, v: Value) -> str:
    """The clause of the sentence that holds amount ``v``: from the clause break before it to the one after
    it (the amount's own words left out)."""
    s, e = max(0, v.start - unit.claim.start), max(0, v.end - unit.claim.start)
    cuts = list(_CLAUSE_END.finditer(unit.text))
    left = max((m.end() for m in cuts if m.end() <= s), default=0)
    right = min((m.start() for m in cuts if m.start() >= e), default=len(unit.text))
    return unit.text[left:s] + " " + unit.text[e:right]


def money_concept(unit: Unit, v: Value) -> str | None:
    """The concept of amount ``v`` of ``unit``'s sentence ("shortfall", "fine", ...): the one money concept
    its clause names; None when it names none or two ("a budget deficit": budget and shortfall), or the
    amount is no money."""
    if v.kind != "money":
        return None
    found = money_concepts(WORD.findall(amount_clause(unit, v)), unit.language)
    return found.pop() if len(found) == 1 else None


def sum_concept(unit: Unit, v: Value) -> str | None:
    """:func:`money_concept` of amount ``v``, or, for a bracketed conversion of another amount of the sentence
    ("diamonds valued at 85 million euros ($108 million)": :func:`.conversions.conversion_of`), the concept of
    the amount it converts: the brackets cut the conversion's own clause down to nothing, yet it is the same sum
    in another currency. None as :func:`money_concept`."""
    converted = conversion_of(unit, v) if v.kind == "money" else None
    if converted is None:
        return money_concept(unit, v)
    start = v.start - unit.claim.start
    before = [
        x
        for x in unit.values
        if x is not v
        and x.kind == "money"
        and x.value
        and f"{x.value:.0f}" == converted
        and x.end - unit.claim.start <= start
    ]
    return money_concept(unit, before[-1]) if before else None


def one_money_kind(a: Unit, va: Value, b: Unit, vb: Value) -> bool:
    """Whether two amounts of two sentences may be one sum by what they are: one money concept each (a clause
    naming two, "a budget deficit", keys none), the same (:func:`money_concept`), or one side's concept among the
    senses the other's clause may have
    (``vocab.concepts.money_senses``: "a ransom of $4.5 million" and "un rescate de 5,4 millones de dólares",
    keyed a bailout, may be one ransom)."""
    ca, cb = sum_concept(a, va), sum_concept(b, vb)
    if ca is not None and ca == cb:
        return True
    if ca is None or cb is None:
        return False  # a clause naming none or two concepts ("a budget deficit") keys no sum, in any sense
    sa = money_senses(WORD.findall(amount_clause(a, va)), a.language)
    sb = money_senses(WORD.findall(amount_clause(b, vb)), b.language)
    return (ca is not None and ca in sb and len(sa) == 1) or (cb is not None and cb in sa and len(sb) == 1)


def own_words(unit: Unit, v: Value) -> str:
    """The words of amount ``v``'s clause that are its own: the clause of :func:`amount_clause` cut at the
    sentence's other amounts, so that the words between two amounts belong to both and those beyond another
    amount to neither ("agreed to inject $6.5 billion into the firm and to fund a $3 billion buyout": the
    buyout is the second sum's, not the first's). Input: a unit and one of its values (body offsets, as the
    unit's claim)."""
    s, e = max(0, v.start - unit.claim.start), max(0, v.end - unit.claim.start)
    left, right = 0, len(unit.text)
    for w in unit.values:
        if w is v or w.kind != "money":
            continue
        ws, we = max(0, w.start - unit.claim.start), max(0, w.end - unit.claim.start)
        if we <= s:
            left = max(left, we)
        elif ws >= e:
            right = min(right, ws)
    cuts = list(_CLAUSE_END.finditer(unit.text))
    left = max([left, *(m.end() for m in cuts if m.end() <= s)])
    right = min([right, *(m.start() for m in cuts if m.start() >= e)])
    return unit.text[left:s] + " " + unit.text[e:right]


def named_sum(unit: Unit, v: Value) -> str | None:
    """The concept of amount ``v`` within one language: the one money concept its own words
    (:func:`own_words`) name, so that "a $9.5 billion rescue", "a bailout worth $8 billion" and "SoftBank's
    lifeline of $8 billion" are one sum (``bailout``) though the facts stage gives them three nouns or none,
    and "fined $2 million" meets "a penalty of $3 million" (``fine``). None when the words name no concept
    or two ("fined $500 and released on bail": a fine and a bail), or the amount is no money. A noun the facts
    stage gives the sum names it first: "a $2.5 billion term loan it is using to finance the deal" is a loan
    (no concept), not the deal (ECB+: it had set a loan against the price of AMD's takeover of ATI)."""
    if v.kind != "money":
        return None
    if v.noun and noun_follows(unit, v):
        named = money_concepts(v.noun.split(), unit.language)
        return named.pop() if len(named) == 1 else None
    found = money_concepts(WORD.findall(own_words(unit, v)), unit.language)
    return found.pop() if len(found) == 1 else None


def noun_follows(unit: Unit, v: Value) -> bool:
    """Whether a word of the sum's noun is among the three words right after it ("$2.5 billion term loan",
    "a $3 billion buyout"): the noun the sum modifies, not a word the facts stage took from before it ("fined
    Ostrel Air $2 million": "air")."""
    after = WORD.findall(unit.text[max(0, v.end - unit.claim.start) :].casefold())[:3]
    return any(a.startswith(n) for a in after for n in (v.noun or "").casefold().split())  # "loans": "loan"
