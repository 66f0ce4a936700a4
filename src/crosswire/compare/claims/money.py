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

from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Value
from crosswire.vocab.concepts import money_concepts

# Where a clause ends around an amount: a semicolon, colon, bracket or dash, or a comma before a space (a
# comma inside "2,3" is a decimal mark).
_CLAUSE_END = re.compile(r"[;:()\u2014\u2013]|,\s|\s-\s")
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


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
    found = money_concepts(_WORD.findall(amount_clause(unit, v)), unit.language)
    return found.pop() if len(found) == 1 else None
