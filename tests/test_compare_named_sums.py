"""One amount of one named thing differing across sources of one language (`compare/claims/money.named_sum`),
on invented stories.

The facts stage gives a sum a noun only when the noun is written right beside it ("a $3 billion buyout"); "a
bailout worth $8 billion", "fined $2 million" or "a rescue of $9.5 billion" have none or another one, so two
outlets' sums of one rescue, one fine, one bail or one deal never met. Within one language a sum is now keyed by
the one money concept its own words name (``data/money_concepts.toml``), whatever the wording around it. The
class, not one sentence: rescues, fines, bail and takeover prices, in English, Spanish and German; equal sums
agree, two concepts never meet, and words naming two concepts key nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.money import named_sum, own_words
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts

PUBLISHED = "2026-03-04"

# (language, title, outlet A's sentence, outlet B's sentence, the concept both name)
DIFFERENT = [
    (
        "en",
        "Brenmark rescue",
        "The government of Valdor agreed on Tuesday to a $9.5 billion rescue of the carmaker Brenmark Motors, "
        "officials said.",
        "Brenmark Motors will receive a bailout worth $8 billion from the government of Valdor, officials said on "
        "Tuesday.",
        "bailout",
    ),
    (
        "en",
        "Ostrel fine",
        "Regulators in Valdor fined the airline Ostrel Air $2 million on Tuesday over late refunds.",
        "Ostrel Air must pay a penalty of $3.4 million imposed by regulators in Valdor on Tuesday for late refunds.",
        "fine",
    ),
    (
        "en",
        "Harlen bail",
        "A judge in Valdor set bail for the developer Tomas Harlen at $250,000 on Tuesday.",
        "Tomas Harlen was released on Tuesday after posting $400,000 bail, a court in Valdor said.",
        "bail",
    ),
    (
        "en",
        "Kessel takeover",
        "Marlow Foods agreed on Tuesday to buy the bakery chain Kessel in a deal valued at $1.2 billion.",
        "The takeover of the bakery chain Kessel by Marlow Foods is worth $900 million, the companies said on Tuesday.",
        "deal",
    ),
    (
        "es",
        "Rescate de Brenmark",
        "El gobierno de Valdor aprobó el martes un rescate de 9.500 millones de euros para el fabricante Brenmark.",
        "Brenmark recibirá del gobierno de Valdor un plan de rescate por valor de 8.000 millones de euros, según "
        "anunció el martes.",
        "bailout",
    ),
    (
        "de",
        "Rettung von Brenmark",
        "Die Regierung von Valdor hat am Dienstag ein Rettungspaket von 9,5 Milliarden Euro für den Autobauer "
        "Brenmark beschlossen.",
        "Der Autobauer Brenmark erhält von der Regierung von Valdor am Dienstag eine Finanzspritze über 8 "
        "Milliarden Euro.",
        "bailout",
    ),
]

OUTLETS = ("Valdor Times", "Coastal Post")


def _rows(lang: str, title: str, a: str, b: str) -> list[tuple[str, str, str, str]]:
    pairs = zip("ab", OUTLETS, (a, b), strict=True)
    return [(f"{lang}-{k}", outlet, PUBLISHED, f"{title}\n\n{text}") for k, outlet, text in pairs]


def _money_conflicts(comparison) -> list:
    return [c for c in comparison.conflicts if any("$" in ev.text or "uro" in ev.text for ev in c.evidence)]


@pytest.mark.parametrize(("lang", "title", "a", "b", "concept"), DIFFERENT, ids=[d[1] for d in DIFFERENT])
def test_one_named_sum_stated_differently_conflicts(tmp_path: Path, lang, title, a, b, concept) -> None:
    """Two outlets give one rescue, fine, bail or deal two amounts in other words: one conflict, each side
    citing its own outlet's sentence."""
    comparison = compare_texts(tmp_path, _rows(lang, title, a, b))
    found = _money_conflicts(comparison)
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    (conflict,) = found
    assert sorted(ev.article for side in conflict.sides for ev in side.evidence) == [f"{lang}-a", f"{lang}-b"]
    assert conflict.summary.lower().startswith(concept), conflict.summary


@pytest.mark.parametrize(
    ("lang", "title", "a", "b"),
    [
        (
            "en",
            "Brenmark rescue",
            "The government of Valdor agreed on Tuesday to an $8 billion rescue of the carmaker Brenmark Motors.",
            "Brenmark Motors will receive a bailout worth $8 billion from the government of Valdor, officials said "
            "on Tuesday.",
        ),
        (
            "es",
            "Multa a Ostrel",
            "El regulador de Valdor impuso el martes una multa de 2 millones de euros a la aerolínea Ostrel.",
            "La aerolínea Ostrel deberá pagar una multa de 2 millones de euros, decidió el martes el regulador de "
            "Valdor.",
        ),
    ],
)
def test_one_named_sum_stated_alike_is_no_conflict(tmp_path: Path, lang, title, a, b) -> None:
    comparison = compare_texts(tmp_path, _rows(lang, title, a, b))
    assert not _money_conflicts(comparison), [c.summary for c in comparison.conflicts]


def test_a_fine_and_a_rescue_of_one_firm_never_meet(tmp_path: Path) -> None:
    """Two concepts, two sums: a fine of one outlet and a rescue of the other are no conflict."""
    a = "Regulators in Valdor fined the carmaker Brenmark Motors $2 million on Tuesday over faulty brakes."
    b = "Brenmark Motors will receive a bailout worth $8 billion from the government of Valdor, officials said."
    comparison = compare_texts(tmp_path, _rows("en", "Brenmark", a, b))
    assert not _money_conflicts(comparison), [c.summary for c in comparison.conflicts]


def test_a_loan_that_finances_a_deal_is_no_price_of_it(tmp_path: Path) -> None:
    """The noun beside a sum names it before the words around it: "a $400 million bridge loan it is taking out
    to finance the deal" is a loan, not the takeover's price (a false conflict of this kind on ECB+)."""
    a = "Marlow Foods agreed on Tuesday to buy the bakery chain Kessel in a deal valued at $1.2 billion."
    b = "Marlow Foods shares fell on Tuesday over a $400 million bridge loan it is taking out to finance the deal."
    comparison = compare_texts(tmp_path, _rows("en", "Kessel takeover", a, b))
    assert not _money_conflicts(comparison), [c.summary for c in comparison.conflicts]


def _unit(text: str, values: list[Value], language: str = "en") -> Unit:
    claim = Claim(id="c0", start=0, end=len(text), language=language, values=values)
    return Unit(index=0, source=0, article="x", claim=claim, text=text, position=0.0)


def _money(text: str, sentence: str) -> Value:
    at = sentence.index(text)
    return Value(kind="money", text=text, start=at, end=at + len(text), unit="USD")


def test_the_words_of_a_sum_stop_at_the_next_sum() -> None:
    """ "inject $6.5 billion ... and to fund a $3 billion buyout": the buyout is the second sum's."""
    s = "Hollis agreed to inject $6.5 billion into the firm and to fund a $3 billion buyout of its shareholders."
    first, second = _money("$6.5 billion", s), _money("$3 billion", s)
    unit = _unit(s, [first, second])
    assert "buyout" not in own_words(unit, first) and "buyout" in own_words(unit, second)
    assert named_sum(unit, first) is None
    assert named_sum(unit, second) == "deal"


@pytest.mark.parametrize(
    ("sentence", "amount", "language", "concept"),
    [
        ("He was fined $500 and released on bail by the court.", "$500", "en", None),  # a fine and a bail
        ("The company reported $40 million in royalties.", "$40 million", "en", None),  # no concept named
        ("The company reported $40 million in revenue.", "$40 million", "en", "revenue"),  # a firm's results
        ("Le tribunal a fixé sa caution à 50 000 euros.", "50 000 euros", "fr", "bail"),
        ("Гендиректор вышел под залог в 3 млн рублей.", "3 млн рублей", "ru", "bail"),
        ("Für Übernahme und Geldstrafe zahlt der Konzern 2 Milliarden Euro.", "2 Milliarden Euro", "de", None),
    ],
)
def test_the_concept_of_a_sum_is_the_one_its_words_name(sentence, amount, language, concept) -> None:
    unit = _unit(sentence, [_money(amount, sentence)], language)
    assert named_sum(unit, unit.values[0]) == concept
