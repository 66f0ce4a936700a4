"""What a sum of money is, read from the words before it: "valued at about £3.5 million" is a value, "sold
at auction for £900,000" a sale price, and of what, when the sentence names it ("The paintings ... are valued
at" -> "value of the paintings").

Why a word list and not a parse: the figure labeller runs without spaCy for speed (see
:mod:`crosswire.compare.figures.lexicon`), and the verbs and nouns that say what a sum is in news copy are
few. The measure word must stand in the figure's own clause (after the last comma, semicolon or dash before
the number), nearest the number. The thing the sum is of, a noun phrase opened by an article or possessive
and not a time phrase, is: the phrase after "of" when the measure word is a noun ("the value of the
paintings"); for a sale or purchase, the phrase right after the verb ("sold the painting for"); for a value,
price or cost, else a sale, the nearest phrase before the measure word in the sentence (its subject in news
copy: "The works, X and Y, are worth"). A payment, fine or loss names no owner: its subject is who pays.
"""

from __future__ import annotations

import re

from crosswire.compare.figures.lexicon import CLAUSE_END, STOPWORDS, TIME_WORDS

# measure word (lower case) -> how the label names the sum
MEASURES: dict[str, str] = {
    **dict.fromkeys(("valued", "value", "worth"), "value"),
    **dict.fromkeys(("sold", "sell", "sells", "selling", "fetched", "auctioned"), "sale price"),
    **dict.fromkeys(("bought", "buy", "buys", "buying", "purchased"), "purchase price"),
    **dict.fromkeys(("paid", "pay", "pays", "payment"), "payment"),
    **dict.fromkeys(("cost", "costs", "costing"), "cost"),
    **dict.fromkeys(("fined", "fine"), "fine"),
    **dict.fromkeys(("raised", "raising"), "amount raised"),
    **dict.fromkeys(("lost", "loss", "losses"), "loss"),
    **dict.fromkeys(("spent", "spending"), "spending"),
    **dict.fromkeys(("price", "priced"), "price"),
    **{word: word for word in ("budget", "salary", "ransom", "bail", "compensation")},  # the word is the label
}
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "our"})
# Words that end a noun phrase besides stopwords: auxiliaries and adverbs that stand between subject and verb.
PHRASE_END = frozenset(
    {"would", "will", "could", "can", "may", "might", "has", "have", "had", "are", "were", "together", "also", "said"}
)
TIME_NOUNS = frozenset({"year", "years", "decade", "month", "months", "week", "weeks", "day", "days", "time", "night"})
# Verbs of trading whose object the sum may be: right after the verb (qualifiers aside) the sum is what was sold
# or bought ("The bank said it had sold 1.2 billion euros from its reserves"), not a sale price of the sentence's
# subject (trial 38's "Sale price of the bank"); a price stands after "for" or "at" ("sold the painting for").
# "fetched" and "auctioned" stay prices: what fetches a sum is the thing sold.
TRADED: dict[str, str] = {
    **dict.fromkeys(("sold", "sell", "sells", "selling"), "amount sold"),
    **dict.fromkeys(("bought", "buy", "buys", "buying", "purchased"), "amount bought"),
}
# words that may stand between such a verb and the sum it governs: qualifiers of the number
OBJECT_LEAD = frozenset(
    "about some nearly almost around roughly over more than less fewer up to an a estimated another further "
    "additional extra just only".split()
)
OWNED_BY_SUBJECT = frozenset({"value", "sale price", "cost", "price"})
OWNED_BY_OBJECT = frozenset({"sale price", "purchase price"})
_WORD = re.compile(r"[a-z][a-z'-]*|[^\sa-z]")
_MAX_PHRASE = 3  # words after the article: "a smaller oil painting"


def money_label(before: str) -> str | None:
    """What the sum right after ``before`` (the sentence up to the figure, any case) is, as a label ("value of
    the paintings", "sale price of a smaller painting", "cost"); None when no measure word stands in the
    figure's clause."""
    text = before.lower()
    cuts = list(CLAUSE_END.finditer(text))
    clause_start = cuts[-1].end() if cuts else 0
    tokens = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    at = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i][0] in MEASURES), None)
    if at is None or tokens[at][1] < clause_start:
        return None
    word = tokens[at][0]
    measure = MEASURES[word]
    words = [t for t, _ in tokens]
    if word in TRADED and all(w in OBJECT_LEAD for w in words[at + 1 :]):
        return TRADED[word]  # "the bank sold 1.2 billion euros": the sum is what was sold, not its price
    owner = None
    if at + 2 < len(words) and words[at + 1] == "of":
        owner = _phrase(words, at + 2)
    elif measure in OWNED_BY_OBJECT and at + 1 < len(words):
        owner = _phrase(words, at + 1)
    if owner is None and measure in OWNED_BY_SUBJECT:
        owner = next((p for i in range(at - 1, -1, -1) if (p := _phrase(words, i)) is not None), None)
    return f"{measure} of {owner}" if owner else measure


def _phrase(words: list[str], i: int) -> str | None:
    """The noun phrase opened by the article or possessive ``words[i]``: up to :data:`_MAX_PHRASE` words, ended
    by punctuation, a stopword, an auxiliary or a measure word; None when ``words[i]`` opens none, or it names
    a time ("the past decade")."""
    if words[i] not in DETERMINERS:
        return None
    body: list[str] = []
    for w in words[i + 1 : i + 1 + _MAX_PHRASE]:
        if not w[0].isalpha() or w in STOPWORDS or w in PHRASE_END or w in MEASURES or w in DETERMINERS:
            break
        body.append(w)
    if not body or body[-1] in TIME_NOUNS or body[-1].capitalize() in TIME_WORDS:
        return None
    return " ".join([words[i], *body])
