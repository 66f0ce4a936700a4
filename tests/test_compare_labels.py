"""Figure labels, on invented text: what a figure counts, as a reader would say it.

The classes: a participle made by a suffix rule ("Districts haved", "Signatures geted", "Shots stoped");
a light verb taken for what happens to the counted thing ("had 12 assists" -> "assists had"); a particle
dropped ("laid off 300 workers" -> "workers laid"); a scale word taken for the counted noun ("Trillion: $1",
"Bn: $12.9").
"""

from __future__ import annotations

import json

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.records import FigureItem
from crosswire.facts import extract_facts
from crosswire.model import Article, Block
from crosswire.pipeline import ingest_paths
from crosswire.store import Store


def counted(sentence: str) -> dict[str, str | None]:
    art = Article(
        id="f", source="f", content_hash="f", blocks=[Block("paragraph", sentence)], language="en", published=None
    )
    return {f.text: f.counted for f in extract_facts([art])[0].figures}


@pytest.mark.parametrize(
    ("sentence", "figure", "label"),
    [
        ("The Varrow sensors heard 17 calls from the reef.", "17", "calls heard"),
        ("The Kestel mill laid off 300 workers on Friday.", "300", "workers laid off"),
        ("Rangers in Ostrel have caught 40 poachers this year.", "40", "poachers caught"),
        ("The Brevik council has banned 12 trawlers from the bay.", "12", "trawlers banned"),
        ("Smugglers in Tarn sold 800 rifles to the militia.", "800", "rifles sold"),
        # a regular verb spelled otherwise than lemminflect's rule (British "enrol": its tables give "enroled")
        ("The Varrow trial enrolled 640 volunteers in a year.", "640", "volunteers enrolled"),
        ("The Kestel clinic has enrolled 90 patients so far.", "90", "patients enrolled"),
        ("Rangers in Ostrel patrolled 30 beaches in May.", "30", "beaches patrolled"),
    ],
)
def test_a_counted_participle_is_the_verbs_real_participle(sentence, figure, label):
    assert counted(sentence)[figure] == label


@pytest.mark.parametrize(
    ("sentence", "figure", "label"),
    [
        ("The Varrow goalkeeper had 31 saves in the final.", "31", "saves"),
        ("Organisers in Kestel got 5,000 signatures in a week.", "5,000", "signatures"),
        ("The city of Ostrel has 14 districts.", "14", "districts"),
        # neighbour: a participle after the light verb still says what happened to the counted thing
        ("There were 3,200 cases reported in Ostrel last year.", "3,200", "cases reported"),
    ],
)
def test_a_light_verb_adds_nothing_to_what_is_counted(sentence, figure, label):
    assert counted(sentence)[figure] == label


def labels(tmp_path, texts: list[str]) -> list[str]:
    rows = [
        {"id": f"a{i}", "outlet": f"Outlet {i}", "published": "2023-12-06", "text": text}
        for i, text in enumerate(texts)
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        comparison = compare_articles(store, [r["id"] for r in rows])
    items = [*comparison.agreed, *comparison.conflicts, *comparison.single_source]
    return [it.slot.counted for it in items if isinstance(it, FigureItem)]


def test_no_label_is_a_suffixed_irregular_verb_or_a_scale_word(tmp_path):
    got = labels(
        tmp_path,
        [
            "The Selvian budget will cost $1 trillion over a decade, the finance ministry of Selvia said. The "
            "Varrow clinic had 42 beds. Volunteers in Varrow got 5,000 signatures for the petition.",
            "The Varrow flood defences will cost $2.4bn, engineers in Varrow said. Smugglers in Tarn sold 800 "
            "rifles. The Kestel mill laid off 300 workers, the union in Kestel said.",
        ],
    )
    assert got, "the figures are compared"
    for label in got:
        words = label.lower().split()
        assert not {"trillion", "bn", "billion", "tn"} & set(words), label
        assert not any(w.endswith(("haved", "geted", "selled", "layed", "ed ed")) for w in words), label
        assert words[-1] not in ("had", "got", "have", "get"), label


def test_a_money_figure_keeps_its_scale(tmp_path):
    texts = [
        "The Selvian rail plan will cost $1 trillion, the Selvian transport ministry said on Monday.",
        "Selvia's rail plan will cost $1.2 trillion, according to the Selvian audit office.",
    ]
    rows = [{"id": f"m{i}", "outlet": f"Outlet {i}", "published": "2023-12-06", "text": t} for i, t in enumerate(texts)]
    path = tmp_path / "money.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "m.db") as store:
        ingest_paths(store, [path], stories=False)
        comparison = compare_articles(store, [r["id"] for r in rows])
    values = [
        v
        for it in (*comparison.agreed, *comparison.conflicts, *comparison.single_source)
        if isinstance(it, FigureItem)
        for v in it.values
    ]
    assert values
    assert all(v.high is None or v.high >= 1e12 for v in values), values
    assert all(not it.summary.lower().startswith("trillion") for it in comparison.single_source)


@pytest.mark.parametrize(
    ("before", "after", "concept"),
    [
        # a car review: power that was never lost counts no one "without power"
        ("the new engine is", "more powerful than the old one", None),
        ("it makes", "hp of power at the wheels", None),
        ("the storm left", "homes without power", "without power"),
        ("power was cut to", "homes overnight", "without power"),
        ("an outage hit", "customers in the city", "without power"),
    ],
)
def test_without_power_needs_power_lost(before: str, after: str, concept: str | None) -> None:
    from crosswire.compare.figures.slots import _concept

    got, _noun = _concept(after.lower().split(), before.lower().split()[::-1], None)
    assert got == concept


def _items(tmp_path, texts: list[str]) -> list[FigureItem]:
    rows = [{"id": f"l{i}", "outlet": f"Outlet {i}", "published": "2023-12-06", "text": t} for i, t in enumerate(texts)]
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with Store(tmp_path / "l.db") as store:
        ingest_paths(store, [path], stories=False)
        comparison = compare_articles(store, [r["id"] for r in rows])
    items = (*comparison.agreed, *comparison.conflicts, *comparison.single_source)
    return [it for it in items if isinstance(it, FigureItem)]


def _label_of(items: list[FigureItem], figure: str) -> str:
    (label,) = {it.slot.counted for it in items if any(v.text == figure for v in it.values)}
    return label


def test_a_label_names_the_thing_the_number_counts(tmp_path):
    """'opened 140 shelters' counts shelters, not people in shelters; 'three missing' still counts people."""
    items = _items(
        tmp_path,
        [
            "The Varrow Red Cross said it had opened 140 shelters in schools and sports halls across the valley. "
            "Three fishermen were missing off Varrow on Monday.",
            "About 9,000 people spent Sunday night in shelters in Varrow, the Varrow council said.",
        ],
    )
    assert _label_of(items, "140") == "shelters"
    assert _label_of(items, "About 9,000") == "people in shelters"
    assert _label_of(items, "Three") == "fishermen missing"


def test_a_sum_says_what_it_is_and_of_what(tmp_path):
    """Two different sums are never both "amount": a value, a sale price, each of the thing the sentence
    names; a sum the sentence says nothing about stays "amount"."""
    items = _items(
        tmp_path,
        [
            "The two sculptures, Heron at Dusk (1902) and Salt Wind (1907), are together valued at about $2.1 "
            "million. Her work has risen in value over the past decade, and a smaller bronze sold at auction "
            "last year for $400,000.",
            "The works, Heron at Dusk and Salt Wind, are worth about $2.1 million, the Tarn gallery said. The "
            "dealer sold the vase for $8,000. The Tarn gallery was fined $15,000 in 2019. The total came to "
            "$52,000.",
        ],
    )
    assert _label_of(items, "about $2.1 million") == "value of the two sculptures"
    assert _label_of(items, "$400,000") == "sale price of a smaller bronze"
    assert _label_of(items, "$8,000") == "sale price of the vase"
    assert _label_of(items, "$15,000") == "fine"
    assert _label_of(items, "$52,000") == "amount"


@pytest.mark.parametrize(
    ("before", "label"),
    [
        ("The value of the collection is ", "value of the collection"),
        ("Over the past decade the club paid ", "payment"),  # a payment is not the payer's
        ("The house, which was built in 1890, was sold last month for ", "sale price of the house"),
        ("The museum said ", None),  # no measure word: nothing to name
        ("The paintings are valued at $1m, and police said ", None),  # the measure is another clause's
    ],
)
def test_money_label_reads_the_figures_own_clause(before: str, label: str | None) -> None:
    from crosswire.compare.figures.measures import money_label

    assert money_label(before) == label


def test_a_count_of_part_of_a_group_named_before_has_no_label_of_its_own(tmp_path):
    """ "Four of them were taken to hospital" counts part of the injured: it read "Them: Four" (and the brief
    "Figures for the them are consistent"). Invented text."""
    from test_compare_core import compare_texts

    rows = [
        (
            "a",
            "Harbourline Post",
            "2026-03-14",
            "Twenty people were injured in Brannock. Four of them were taken to hospital.",
        ),
        ("b", "Northgate Courier", "2026-03-14", "In Brannock 20 people were injured, four of them seriously."),
    ]
    comparison = compare_texts(tmp_path, rows)
    labels = [it.summary for it in [*comparison.agreed, *comparison.single_source, *comparison.conflicts]]
    assert not any(s.lower().startswith("them") for s in labels), labels
    brief = " ".join(b.text for b in comparison.brief).lower()
    assert "the them" not in brief and "them:" not in brief, brief
