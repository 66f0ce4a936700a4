"""The multilingual alignment gold (bench/alignment/multi/; PROTOCOL.md, "Third set"): its events are declared as
the selection rule gives them, its annotations are well formed, its gold is their conversion with every anchor a
whole sentence inside its text, and the benchmark reads it only when a multilingual split is asked for, leaving
the English set as it was. Texts are read from ../shared at run time (tests needing them skip without it)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

alignment_data = pytest.importorskip("alignment_data")
compare_alignment = pytest.importorskip("compare_alignment")
multigold_select = pytest.importorskip("multigold_select")

ANNOTATIONS = alignment_data.MULTI_DIR / "annotations"
KINDS = alignment_data.KINDS
REASONS = alignment_data.REASONS


def _events_file() -> dict[str, Any]:
    return json.loads(alignment_data.MULTI_EVENTS_FILE.read_text(encoding="utf-8"))


def _annotations() -> dict[str, dict[str, Any]]:
    return alignment_data.annotations(ANNOTATIONS)


def _texts_or_skip(event: dict[str, Any]) -> dict[str, str]:
    try:
        return {d["key"]: alignment_data.load_text(d["ref"]) for d in event["docs"]}
    except (OSError, KeyError):
        pytest.skip("the shared SemEval-2022 Task 8 CSV is not available")


# -- declared events and splits (no shared data needed) ---------------------------------------------------------


def test_events_and_splits_as_declared():
    events = alignment_data.multi_events()
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids)) == 31
    assert not set(ids) & {e["id"] for e in alignment_data.events()}, "an id is also an English event's"
    assert Counter(e["split"] for e in events) == {"mtune": 16, "mreport": 15}
    first = [e for e in events if not e.get("extension")]
    assert Counter(e["split"] for e in first) == {"mtune": 12, "mreport": 12}, "the first 24 are halved"
    assert Counter(e["group"] for e in first) == {g: n for g, n in multigold_select.QUOTA.items() if n}
    assert Counter(e["group"] for e in events if e.get("extension")) == multigold_select.EXTENSION
    for e in events:
        assert e["origin"] == "semeval-multi" and alignment_data.is_multi(e)
        lang1, lang2 = e["group"].split("-")
        assert [(d["key"], d["language"]) for d in e["docs"]] == [("A", lang1), ("B", lang2)]
        row = e["docs"][0]["ref"].removeprefix("semrow:").partition("#")[0]
        assert [d["ref"] for d in e["docs"]] == [f"semrow:{row}#1", f"semrow:{row}#2"]
        assert not any(c.isalpha() for c in e["pair_id"]), "a language suffix marks a machine-translated text"
    for group, want in multigold_select.slots().items():
        got = [e["split"] for e in events if e["group"] == group]
        assert Counter(got) == Counter(want), group


def test_annotations_are_well_formed():
    events = {e["id"]: e for e in alignment_data.multi_events()}
    anns = _annotations()
    assert set(anns) == set(events), "one annotation file per event, named by its id"
    for eid, ann in anns.items():
        assert ann["event"] == eid
        keys = {d["key"] for d in events[eid]["docs"]}
        assert ann["agreed"] or ann["conflicts"], eid
        for a in ann["agreed"]:
            assert a["kind"] in KINDS and a["fact"].strip(), (eid, a)
            assert len({r[0] for r in a["support"]}) >= 2, f"{eid}: an agreement needs two documents: {a}"
            assert {r[0] for r in a["support"]} <= keys
        for c in ann["conflicts"]:
            assert c["reason"] in REASONS, (eid, c)
            assert len(c["sides"]) >= 2 and all(s["value"].strip() and s["support"] for s in c["sides"])
            assert len({r[0] for s in c["sides"] for r in s["support"]}) >= 2, f"{eid}: sides in one document"


# -- against the texts in ../shared -------------------------------------------------------------------------------


def test_gold_is_the_conversion_of_the_annotations_and_valid():
    events = alignment_data.multi_events()
    _texts_or_skip(events[0])
    gold = json.loads(alignment_data.MULTI_GOLD_FILE.read_text(encoding="utf-8"))
    converted = alignment_data.convert(ANNOTATIONS, events)
    assert converted["events"] == gold["events"], "run: alignment_data.py convert --multi DIR"
    assert alignment_data.check(gold) == []
    assert {e["id"]: e["split"] for e in gold["events"]} == {e["id"]: e["split"] for e in events}


def test_every_anchor_is_a_whole_sentence_inside_its_text():
    gold = json.loads(alignment_data.MULTI_GOLD_FILE.read_text(encoding="utf-8"))
    for event in gold["events"]:
        texts = _texts_or_skip(event)
        sentences = {k: set(alignment_data.sentence_spans(t, multilingual=True)) for k, t in texts.items()}
        anchors = [a for it in event["agreed"] for a in it["support"]]
        anchors += [a for c in event["conflicts"] for s in c["sides"] for a in s["support"]]
        for a in anchors:
            assert 0 <= a["start"] < a["end"] <= len(texts[a["doc"]]), (event["id"], a)
            assert (a["start"], a["end"]) in sentences[a["doc"]], (event["id"], a)


def test_selection_rule_gives_the_events_and_the_skipped_rows():
    """Each group's kept and skipped rows are exactly the first candidates in the seeded reading order (nothing
    jumped), and the n-th kept pair has the n-th slot's split."""
    try:
        candidates = multigold_select.candidates()
    except OSError:
        pytest.skip("the shared SemEval-2022 Task 8 CSV is not available")
    declared = _events_file()
    skipped = {(s["group"], s["row"]) for s in declared["skipped"]}
    kept = {}
    for e in declared["events"]:
        kept[(e["group"], e["docs"][0]["ref"].removeprefix("semrow:").partition("#")[0])] = e["split"]
    slots = multigold_select.slots()
    for group, rows in candidates.items():
        order = [r["Unnamed: 0"] for r in rows]
        read = [row for row in order if (group, row) in kept or (group, row) in skipped]
        assert read == order[: len(read)], f"{group}: a candidate was jumped"
        assert [kept[(group, row)] for row in read if (group, row) in kept] == slots[group], group
        for row in read:
            r = next(x for x in rows if x["Unnamed: 0"] == row)
            assert float(r["Overall"]) == 1.0 and f"{r['lang1']}-{r['lang2']}" == group


# -- the splitter and the benchmark's reading (invented text) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Am 4. März kam sie an. Über Nacht blieb sie.", ["Am 4. März kam sie an.", "Über Nacht blieb sie."]),
        ("Das kostet z. B. 3 Mio. Euro. Ärzte warnen.", ["Das kostet z. B. 3 Mio. Euro.", "Ärzte warnen."]),
        ("W 2019 r. padł rekord. Świadkowie milczą.", ["W 2019 r. padł rekord.", "Świadkowie milczą."]),
        ("Lo dijo el Sr. Ruiz. ¿Quién lo sabía?", ["Lo dijo el Sr. Ruiz.", "¿Quién lo sabía?"]),
        ("Il part. « Éric reste », dit-il.", ["Il part.", "« Éric reste », dit-il."]),
        ("Er kam. żadnych zmian.", ["Er kam. żadnych zmian."]),
    ],
)
def test_multilingual_splitter(text, sentences):
    assert [text[s:e] for s, e in alignment_data.sentence_spans(text, multilingual=True)] == sentences


def test_english_splitter_unchanged_by_default():
    """The English set's splitter (its gold's sentence numbers depend on it) still splits before ASCII capitals
    only."""
    text = "It rained on Gov. Ruiz. Then Él volvió. Über alles."
    assert [text[s:e] for s, e in alignment_data.sentence_spans(text)] == [
        "It rained on Gov. Ruiz.",
        "Then Él volvió. Über alles.",
    ]


def test_benchmark_reads_the_multilingual_gold_only_when_asked():
    english = {e["id"] for e in compare_alignment.load_gold(["tune", "report", "tune2", "report2"])["events"]}
    with_multi = {e["id"] for e in compare_alignment.load_gold(["tune", "mtune"])["events"]}
    multi = {e["id"] for e in alignment_data.multi_events()}
    assert not english & multi
    assert with_multi == english | multi
    assert {"mtune", "mreport"} <= set(compare_alignment.SPLITS)


def test_english_gold_file_untouched_by_the_multilingual_set():
    english = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    assert english["protocol"] == "bench/alignment/PROTOCOL.md"
    assert not any(e["split"] in ("mtune", "mreport") for e in english["events"])
    assert Path(alignment_data.MULTI_GOLD_FILE).parent == alignment_data.GOLD_DIR / "multi"


def test_language_groups_of_the_sets():
    groups = Counter(compare_alignment.language_group(e) for e in alignment_data.multi_events())
    assert groups == {"de-de": 6, "es-es": 7, "fr-fr": 3, "pl-pl": 7, "de-en": 8}
    english = alignment_data.events()[0]
    assert compare_alignment.language_group(english) == "-".join("en" for _ in english["docs"])


def test_by_group_scores_each_group_apart(monkeypatch):
    """Two invented events in two groups: each clause counts only its own group's items."""
    monkeypatch.setattr(compare_alignment, "_text", lambda ref: "Invented text of a document.")

    def event(eid: str, langs: tuple[str, str]) -> dict[str, Any]:
        anchor = [{"doc": "A", "start": 0, "end": 10}, {"doc": "B", "start": 0, "end": 10}]
        return {
            "id": eid,
            "docs": [
                {"key": "A", "ref": "invented:A", "language": langs[0]},
                {"key": "B", "ref": "invented:B", "language": langs[1]},
            ],
            "agreed": [{"id": f"{eid}/a1", "fact": "x", "support": anchor}],
            "conflicts": [],
        }

    hit = [{"article": "e:A", "start": 2, "end": 5}, {"article": "e:B", "start": 2, "end": 5}]
    comparisons = {
        "one": {"agreed": [{"summary": "x", "evidence": hit}], "single_source": []},
        "two": {"agreed": [], "single_source": []},
    }
    line = compare_alignment.by_group(comparisons, [event("one", ("de", "en")), event("two", ("pl", "pl"))])
    assert line == (
        "de-en (1): agreed P 1/1 R 1/1, conflicts P 0/0 R 0/0, single P 0/0; "
        "pl-pl (1): agreed P 0/0 R 0/1, conflicts P 0/0 R 0/0, single P 0/0"
    )
