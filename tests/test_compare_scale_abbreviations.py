"""Values the facts stage did not read, so two outlets' figures were never compared (mined set, bench/mined_conflicts,
2 Dec 2026: "about 70 mln lev" was read as a count of 70 lev, "for the hundreds of thousands of spectators" as
nothing). Invented sentences of other events:

* a wire service's scale abbreviation written apart from the number ("70 mln lev", "35 mln euro", "$1.2 bln",
  "40 mln EUR"; TASS, BTA, Xinhua English copy), with a currency word or code after it;
* a vague count of a scale after "the" ("the hundreds of thousands of spectators"), which the model tags with
  its article.
"""

from __future__ import annotations

import pytest

from invented import paragraph_facts
from test_compare_core import compare_texts, wire_and_one_other

DAY = "2026-03-04"


def _values(text: str) -> list[tuple[str, str, float | None, str | None, float | None, float | None]]:
    facts = paragraph_facts("en", text, DAY)
    return [(v.kind, v.text, v.value, v.unit, v.low, v.high) for c in facts.claims for v in c.values]


@pytest.mark.parametrize(
    ("text", "written", "value", "currency"),
    [
        (
            "The new route will save Kestrel Gas about 70 mln lev a year in transit fees.",
            "about 70 mln lev",
            70e6,
            "BGN",
        ),
        ("The port upgrade will cost 35 mln euro, the ministry said.", "35 mln euro", 35e6, "EUR"),
        ("Talvo Mining lost $1.2 bln in the third quarter.", "$1.2 bln", 1.2e9, "USD"),
        ("The city's budget for roads is 40 mln EUR this year.", "40 mln EUR", 40e6, "EUR"),
        ("Orvel Bank posted a net profit of 12.5 mln dollars in 2025.", "12.5 mln dollars", 12.5e6, "USD"),
        ("The fund holds 2.4 trln rubles in reserves.", "2.4 trln rubles", 2.4e12, "RUB"),
    ],
)
def test_a_spaced_scale_abbreviation_reads_as_one_amount(text: str, written: str, value: float, currency: str) -> None:
    found = _values(text)
    assert ("money", written, pytest.approx(value), currency, None, None) in found, found


def test_a_spaced_scale_abbreviation_counts_what_follows() -> None:
    found = _values("The province has 1,500 mln cubic metres of water in its reservoirs and 3 mln residents.")
    assert ("count", "3 mln", 3e6, None, None, None) in found, found
    assert not any(kind == "money" for kind, *_ in found)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        (
            "Fireworks lit up the sky for the hundreds of thousands of spectators on the quay.",
            "hundreds of thousands",
            1e5,
            1e6,
        ),
        ("Police watched the tens of thousands of marchers in Orvel on Sunday.", "tens of thousands", 1e4, 1e5),
        ("The minister thanked the dozens of volunteers who cleared the beach.", "dozens", 24, 100),
    ],
)
def test_a_vague_count_after_the_is_read(text: str, written: str, low: float, high: float) -> None:
    found = _values(text)
    assert any(k == "count" and t == written and lo == low and hi == high for k, t, _, _, lo, hi in found), found


def test_two_costs_written_with_and_without_the_abbreviation_conflict(tmp_path) -> None:
    wire = (
        "The upgrade of the Varna-Ruse railway will cost 120 mln euro, the transport ministry said on Tuesday. "
        "Work starts in May."
    )
    other = (
        "Bulgaria's transport ministry said on Tuesday that the Varna-Ruse railway upgrade would cost 180 million "
        "euros. Construction is due to begin in May."
    )
    comparison = compare_texts(tmp_path, wire_and_one_other(("Wire", wire), ("Other", other), "en", DAY)).to_dict()
    assert [c["summary"] for c in comparison["conflicts"]] == ["Upgrade: 180 million euros [1] vs 120 mln euro [2]"]
    assert not any("180 million" in a["summary"] for a in comparison["agreed"])  # no longer agreed on main's "120"


def test_two_fees_in_lev_conflict(tmp_path) -> None:
    wire = (
        "Kestrel Gas will save about 70 mln lev a year in transit fees, its director Ivo Danev said on Tuesday. "
        "The new route opens in January."
    )
    other = (
        "Kestrel Gas director Ivo Danev said on Tuesday the company would save 95 million leva a year in transit "
        "fees. The route opens in January."
    )
    comparison = compare_texts(tmp_path, wire_and_one_other(("Wire", wire), ("Other", other), "en", DAY)).to_dict()
    (conflict,) = comparison["conflicts"]
    assert "95 million leva" in conflict["summary"] and "about 70 mln lev" in conflict["summary"]


def test_one_cost_written_both_ways_agrees(tmp_path) -> None:
    wire = (
        "The upgrade of the Varna-Ruse railway will cost 120 mln euro, the transport ministry said on Tuesday. "
        "Work starts in May."
    )
    other = (
        "Bulgaria's transport ministry said on Tuesday that the Varna-Ruse railway upgrade would cost 120 million "
        "euros. Construction is due to begin in May."
    )
    comparison = compare_texts(tmp_path, wire_and_one_other(("Wire", wire), ("Other", other), "en", DAY)).to_dict()
    assert comparison["conflicts"] == []
    assert any("120 million euros" in a["summary"] for a in comparison["agreed"])
