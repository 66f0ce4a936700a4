"""The fourth multilingual alignment gold (bench/alignment/multi2/; PROTOCOL.md, "Fourth set", splits ``mtune2`` /
``mreport2``): its events are the selection rule's (BSNLP-2021 same-day pairs in ru, uk, ru-uk, pl-ru, pl-uk and
the SemEval-2022 Task 8 rows left in de, es, pl), its annotations are well formed, its gold is their conversion
with every anchor a whole sentence of its text, the benchmark reads it only when a new half is asked for (the
third set's files, which the eval gate fingerprints, unchanged), and every per-item tool refuses ``mreport2``.
Texts are read from ../shared at run time (tests needing them skip without it)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import pytest

alignment_data = pytest.importorskip("alignment_data")
compare_alignment = pytest.importorskip("compare_alignment")
multigold_select = pytest.importorskip("multigold_select")

ANNOTATIONS = alignment_data.MULTI2_DIR / "annotations"
KINDS = alignment_data.KINDS
REASONS = alignment_data.REASONS


def _declared() -> dict[str, Any]:
    return json.loads(alignment_data.MULTI2_EVENTS_FILE.read_text(encoding="utf-8"))


def _annotations() -> dict[str, dict[str, Any]]:
    return alignment_data.annotations(ANNOTATIONS)


def _texts_or_skip(event: dict[str, Any]) -> dict[str, str]:
    try:
        return {d["key"]: alignment_data.load_text(d["ref"]) for d in event["docs"]}
    except (OSError, KeyError):
        pytest.skip("the shared BSNLP-2021 / SemEval-2022 Task 8 data is not available")


# -- declared events and splits (no shared data needed) ---------------------------------------------------------


def test_events_and_halves_as_declared():
    events = alignment_data.multi2_events()
    ids = [e["id"] for e in events]
    assert len(ids) == len(set(ids)) == 16
    older = {e["id"] for e in alignment_data.events()} | {e["id"] for e in alignment_data.multi_events()}
    assert not set(ids) & older, "an id is also an earlier set's"
    assert Counter(e["split"] for e in events) == {"mtune2": 8, "mreport2": 8}
    first = [e for e in events if not e.get("extension")]
    assert Counter(e["group"] for e in first) == dict.fromkeys(multigold_select.FOURTH_ORDER, 2) | {"pl-pl": 1}
    assert [e["group"] for e in events if e.get("extension")] == ["ru-uk"]
    assert set(multigold_select.FOURTH_EXTENSION) == {"ru-uk", "uk-uk"}
    assert {e["group"] for e in events} == set(multigold_select.FOURTH_ORDER)
    slots = multigold_select.fourth_slots()
    for e in events:
        assert alignment_data.is_multi(e), e["id"]
        lang1, lang2 = e["group"].split("-")
        assert [(d["key"], d["language"]) for d in e["docs"]] == [("A", lang1), ("B", lang2)]
        assert e["split"] in slots[e["group"]]
    for group, want in slots.items():
        got = [e["split"] for e in events if e["group"] == group]
        assert got == want[: len(got)], f"{group}: the n-th kept pair has the n-th slot's split"


def test_no_document_is_used_twice_nor_taken_from_the_third_set():
    refs = [d["ref"] for e in alignment_data.multi2_events() for d in e["docs"]]
    assert len(refs) == len(set(refs))
    third = {d["ref"] for e in alignment_data.multi_events() for d in e["docs"]}
    third_outlets = {d["outlet"] for e in alignment_data.multi_events() for d in e["docs"]}
    assert not set(refs) & third
    assert not {d["outlet"] for e in alignment_data.multi2_events() for d in e["docs"]} & third_outlets


def test_annotations_are_well_formed():
    events = {e["id"]: e for e in alignment_data.multi2_events()}
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


def test_benchmark_reads_the_fourth_set_only_when_asked():
    third = {e["id"] for e in compare_alignment.load_gold(["mtune", "mreport"])["events"]}
    fourth = {e["id"] for e in alignment_data.multi2_events()}
    assert not third & fourth
    both = compare_alignment.load_gold(["mtune2"])["events"]
    assert {e["id"] for e in both} >= fourth
    assert {e["split"] for e in both if e["id"] in fourth} == {"mtune2", "mreport2"}
    assert {"mtune2", "mreport2"} <= set(compare_alignment.SPLITS)


def test_third_set_files_unchanged():
    """The eval gate fingerprints multi/gold.json and multi/events.json: the fourth set adds none of its events
    there."""
    third = json.loads(alignment_data.MULTI_GOLD_FILE.read_text(encoding="utf-8"))
    assert len(third["events"]) == 31
    assert {e["split"] for e in third["events"]} == {"mtune", "mreport"}
    assert alignment_data.MULTI2_GOLD_FILE.parent == alignment_data.GOLD_DIR / "multi2"


def test_per_item_tools_refuse_the_new_held_out_half(monkeypatch, capsys):
    agreed_misses = pytest.importorskip("agreed_misses")
    monkeypatch.setattr(sys, "argv", ["agreed_misses.py", "--split", "mreport2"])
    assert agreed_misses.main() == 2
    assert "held out" in capsys.readouterr().err
    assert "mreport2" in agreed_misses.HELD_OUT and "mtune2" in agreed_misses.READABLE
    single_source_misses = pytest.importorskip("single_source_misses")
    with pytest.raises(ValueError):
        single_source_misses.misses("mreport2")
    train_alignment = pytest.importorskip("train_alignment")
    assert "mreport2" in train_alignment.HELD_OUT
    monkeypatch.setattr(sys, "argv", ["train_alignment.py", "--splits", "mtune2,mreport2", "--dry-run"])
    with pytest.raises(SystemExit, match="held out"):
        train_alignment.main()
    monkeypatch.setattr(sys, "argv", ["compare_alignment.py", "--errors", "mreport2"])
    with pytest.raises(SystemExit):  # compare_alignment prints no error list of a held-out half
        compare_alignment.main()


# -- the BSNLP document loader (invented file) -------------------------------------------------------------------


def test_bsnlp_text_is_title_and_body(tmp_path, monkeypatch):
    """A BSNLP raw file: id, language, date, URL, title, then the body; the text is the title and the body, one
    paragraph a line, spaces collapsed (the header's id, language, date and URL are not part of it)."""
    doc = tmp_path / "bench" / "bsnlp2021" / "topic" / "raw" / "uk" / "f.txt"
    doc.parent.mkdir(parents=True)
    doc.write_text(
        "uk-1\nuk\n2018-08-10\nhttp://example.org/a\nЗаголовок новини\nПерше  речення. Друге.\n\nТретє.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(alignment_data, "SHARED", tmp_path)
    assert alignment_data.load_text("bsnlp:topic/raw/uk/f.txt") == "Заголовок новини\n\nПерше речення. Друге.\n\nТретє."
    header = multigold_select.bsnlp_header(doc)
    assert (header["lang"], header["date"], header["host"], header["chars"]) == (
        "uk",
        "2018-08-10",
        "example.org",
        "30",
    )


def test_cyrillic_sentences_split_by_the_multilingual_splitter():
    text = "Рейси скасовано. Пасажирів повідомили. Около 400 рейсов."
    assert [text[s:e] for s, e in alignment_data.sentence_spans(text, multilingual=True)] == [
        "Рейси скасовано.",
        "Пасажирів повідомили.",
        "Около 400 рейсов.",
    ]


# -- against the texts in ../shared -------------------------------------------------------------------------------


def test_gold_is_the_conversion_of_the_annotations_and_valid():
    events = alignment_data.multi2_events()
    _texts_or_skip(events[0])
    gold = json.loads(alignment_data.MULTI2_GOLD_FILE.read_text(encoding="utf-8"))
    converted = alignment_data.convert(ANNOTATIONS, events)
    assert converted["events"] == gold["events"], "run: alignment_data.py convert --multi2 DIR"
    assert alignment_data.check(gold) == []
    assert {e["id"]: e["split"] for e in gold["events"]} == {e["id"]: e["split"] for e in events}


def test_every_anchor_is_a_whole_sentence_inside_its_text():
    gold = json.loads(alignment_data.MULTI2_GOLD_FILE.read_text(encoding="utf-8"))
    for event in gold["events"]:
        texts = _texts_or_skip(event)
        sentences = {k: set(alignment_data.sentence_spans(t, multilingual=True)) for k, t in texts.items()}
        anchors = [a for it in event["agreed"] for a in it["support"]]
        anchors += [a for c in event["conflicts"] for s in c["sides"] for a in s["support"]]
        for a in anchors:
            assert 0 <= a["start"] < a["end"] <= len(texts[a["doc"]]), (event["id"], a)
            assert (a["start"], a["end"]) in sentences[a["doc"]], (event["id"], a)


def test_selection_rule_gives_the_events_and_the_skipped_pairs():
    """Per group, the pairs read (kept or skipped) are the first candidates in the seeded reading order, nothing
    jumped; one skipped pair is declared read out of order (by mistake, from a listing printed before the rule's
    empty-date filter)."""
    try:
        bsnlp, semeval = multigold_select.fourth_bsnlp(), multigold_select.fourth_semeval()
    except OSError:
        pytest.skip("the shared BSNLP-2021 / SemEval-2022 Task 8 data is not available")
    declared = _declared()
    read: dict[str, set[tuple[str, str]]] = {g: set() for g in multigold_select.FOURTH_ORDER}
    for e in declared["events"]:
        read[e["group"]].add((e["docs"][0]["ref"], e["docs"][1]["ref"]))
    for s in declared["skipped"]:
        if "read out of order" not in s["reason"]:
            read[s["group"]].add(tuple(s["refs"]))
    assert sum("read out of order" in s["reason"] for s in declared["skipped"]) == 1
    for group in multigold_select.FOURTH_ORDER:
        if group in semeval:
            order = [(f"semrow:{r['Unnamed: 0']}#1", f"semrow:{r['Unnamed: 0']}#2") for r in semeval[group]]
        else:
            order = [(a["ref"], b["ref"]) for a, b in bsnlp[group]]
        in_order = [p for p in order if p in read[group]]
        assert in_order == order[: len(in_order)], f"{group}: a candidate was jumped"
        assert read[group] <= set(order), f"{group}: a pair read is no candidate"
    for a, b in (p for g in bsnlp for p in bsnlp[g]):
        assert a["date"] == b["date"] and a["host"] != b["host"] and a["topic"] == b["topic"]
