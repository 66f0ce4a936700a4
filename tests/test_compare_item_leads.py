"""An agreed claim states only what every cited sentence states, and two acts on two days never agree.

Invented sentences of a freight-train derailment in four languages and a bank story (new users' trials found
both faults): a compound English lead ("derailed ..., forcing the evacuation of 3,200 residents") agreed with
a French sentence on the derailment and with a Russian one on the evacuation, and the item cited the Russian
source for the derailment; two lead sentences on a bank's licence revoked on Thursday and customers queuing on
Friday were agreed at 0.94."""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.claims.align import two_days_two_acts
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.items import _lead, agreed_items
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value


def _day(iso: str) -> Value:
    return Value(kind="date", text=iso, start=0, end=1, text_value=iso, unit="day")


def _count(n: float) -> Value:
    return Value(kind="count", text=str(n), start=0, end=1, value=n)


def _unit(index: int, source: int, language: str, text: str, values: list[Value], verbs: list[str] = ()) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=values, predicates=list(verbs))
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


TUESDAY = "2026-11-24"
EN_A = _unit(
    0,
    1,
    "en",
    "A freight train derailed outside Dornava on Tuesday, forcing the evacuation of 3,200 residents.",
    [_day(TUESDAY), _count(3200)],
    ["derail", "force"],
)
EN_B = _unit(
    1,
    2,
    "en",
    "Fourteen wagons came off the tracks on Tuesday, and about 3,200 people were moved out.",
    [_count(14), _day(TUESDAY), _count(3200)],
    ["come", "move"],
)
FR = _unit(2, 3, "fr", "Un train de marchandises a déraillé mardi à la sortie de Dornava.", [_day(TUESDAY)])
ES = _unit(3, 4, "es", "Un tren de mercancías descarriló el martes a las afueras de Dornava.", [_day(TUESDAY)])
RU = _unit(4, 5, "ru", "Из домов рядом с железной дорогой эвакуированы 3200 жителей.", [_count(3200)])
DATA = StoryData(articles=[], bodies={}, facts={}, sources=[])


def test_the_lead_states_nothing_a_cited_sentence_leaves_out() -> None:
    # the Russian sentence gives only the evacuated, which both English sentences give too
    assert _lead([EN_A, RU, EN_B]) is RU
    assert _lead([EN_A, FR, ES]) is FR  # the 3,200 evacuated: neither the French nor the Spanish says it
    # of sentences that state the same, English heads the item (the comparison is read in English)
    en_c = _unit(9, 6, "en", "A freight train derailed outside Dornava on Tuesday.", [_day(TUESDAY)], ["derail"])
    assert _lead([FR, ES, en_c]) is en_c


def test_a_group_joins_an_item_only_when_every_sentence_of_it_states_its_figures() -> None:
    derailment = Group(units=[EN_A, FR, ES], score=0.99)
    evacuation = Group(units=[EN_A, RU, EN_B], score=0.72)
    items = agreed_items(DATA, [derailment, evacuation])
    cited = {it.summary: it.sources for it in items}
    assert cited == {FR.text: [1, 3, 4], RU.text: [1, 2, 5]}


def test_a_group_joins_an_item_whose_every_sentence_states_its_figures() -> None:
    """The neighbour: "12 000 evacuated" agreed by four sources, and a sentence paired only with one of
    them, are one item."""
    de = _unit(5, 6, "de", "Rund 3.200 Anwohner mussten ihre Häuser verlassen.", [_count(3200)])
    four = Group(units=[EN_A, EN_B, RU], score=0.9)
    one = Group(units=[RU, de], score=0.8)
    (item,) = agreed_items(DATA, [four, one])
    assert item.sources == [1, 2, 5, 6]


BANK_REVOKED = _unit(
    10,
    1,
    "en",
    "Selvania's central bank revoked the licence of Tarsk Savings Bank on Thursday.",
    [_day("2026-05-14")],
    ["revoke"],
)
BANK_QUEUE = _unit(
    11,
    2,
    "en",
    "About 300 customers queued outside the Tarsk Savings Bank branch before dawn on Friday.",
    [_count(300), _day("2026-05-15")],
    ["queue"],
)


def test_two_acts_on_two_days_are_two_claims() -> None:
    assert two_days_two_acts(BANK_REVOKED, BANK_QUEUE)


def test_one_act_on_two_days_or_one_day_or_two_languages_is_left_to_the_scorer() -> None:
    withdrawn = _unit(
        12, 3, "en", "The regulator revoked the bank's licence late on Wednesday.", [_day("2026-05-13")], ["revoke"]
    )
    assert not two_days_two_acts(BANK_REVOKED, withdrawn)  # one act, two days: a conflict, not two claims
    same_day = _unit(13, 3, "en", "Customers queued on Thursday.", [_day("2026-05-14")], ["queue"])
    assert not two_days_two_acts(BANK_REVOKED, same_day)
    undated = _unit(14, 3, "en", "About 300 customers queued outside the branch.", [_count(300)], ["queue"])
    assert not two_days_two_acts(BANK_REVOKED, undated)
    russian = _unit(15, 3, "ru", "Около 300 клиентов стояли в очереди в пятницу.", [_day("2026-05-15")], ["стоять"])
    assert not two_days_two_acts(BANK_REVOKED, russian)
