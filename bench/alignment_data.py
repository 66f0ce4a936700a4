"""The cross-source alignment development set: its documents, read from ``../shared``, and its gold, as offsets.

The set (``bench/alignment/``) lists real multi-outlet events from three corpora in ``../shared/bench``:

* ``semeval:<pair_id>#1`` / ``#2`` -- the ``text1`` / ``text2`` field of that pair in SemEval-2022 Task 8's
  ``training_set.csv`` (English pairs whose ``Overall`` score is at most 1.5: the same story);
* ``page:<file stem>`` -- the hand-checked article body (``articleBody``) of one of the 181 pages of the
  ScrapingHub article-extraction benchmark (``ground-truth.json``; key = file stem);
* ``ecb:<topic>/<file>`` -- one ECB+ article, its tokens joined back into text (one sentence per paragraph);
* ``semrow:<row>#1`` / ``#2`` -- the ``text1`` / ``text2`` field of the row of SemEval-2022 Task 8's CSV whose
  row number (column ``Unnamed: 0``) is ``<row>``: the multilingual set (``alignment/multi/``) names rows, not
  ``pair_id``, because some ``pair_id`` occur on two rows with different texts;
* ``bsnlp:<topic>/raw/<lang>/<file>`` -- one raw document of BSNLP-2021 (``../shared/bench/bsnlp2021``): its
  title (header line 5) and the body after it, one paragraph a line (the fourth set, ``alignment/multi2/``);
* ``seed:<file>`` -- one of the two seed articles (``../shared/seeds``), its body as the line-by-line gold of
  ``../shared/gold/seeds-cleaning.json`` labels it (the lines labelled ``body``, one paragraph each).

Each document's *text* is what :func:`load_text` returns; the gold stores character offsets into it, with the
text's sha256, so a change in the loader cannot silently shift the gold. The benchmark builds each article's
cleaned body from exactly this text (paragraphs split on blank lines), so offsets into the text are offsets into
the article body.

    .venv/bin/python bench/alignment_data.py view EVENT-ID        # an event's documents, sentences numbered
    .venv/bin/python bench/alignment_data.py convert DIR          # annotations (sentence numbers) -> gold.json
    .venv/bin/python bench/alignment_data.py check                # every gold span and digest still valid
    .venv/bin/python bench/alignment_data.py convert --multi bench/alignment/multi/annotations   # the
                                                                  # multilingual set -> alignment/multi/gold.json
    .venv/bin/python bench/alignment_data.py check --multi
    .venv/bin/python bench/alignment_data.py convert --multi2 bench/alignment/multi2/annotations   # the fourth
                                                                  # set (ru, uk, pl-ru ...) -> alignment/multi2/
    .venv/bin/python bench/alignment_data.py check --multi2

The annotation protocol is ``bench/alignment/PROTOCOL.md``.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path
from typing import Any

import shared_dir

HERE = Path(__file__).resolve().parent
SHARED = shared_dir.SHARED
GOLD_DIR = HERE / "alignment"
EVENTS_FILE = GOLD_DIR / "events.json"
GOLD_FILE = GOLD_DIR / "gold.json"
MULTI_DIR = GOLD_DIR / "multi"
"""The multilingual set (splits ``mtune`` / ``mreport``; PROTOCOL.md, "Third set"): its own events.json,
annotations/ and gold.json, so the English set's files (which the eval gate fingerprints) stay as they are."""
MULTI_EVENTS_FILE = MULTI_DIR / "events.json"
MULTI_GOLD_FILE = MULTI_DIR / "gold.json"
MULTI2_DIR = GOLD_DIR / "multi2"
"""The fourth set (splits ``mtune2`` / ``mreport2``; PROTOCOL.md, "Fourth set"): its own files, so the third
set's (which the eval gate fingerprints) stay as they are."""
MULTI2_EVENTS_FILE = MULTI2_DIR / "events.json"
MULTI2_GOLD_FILE = MULTI2_DIR / "gold.json"
MULTI_ORIGINS = ("semeval-multi", "bsnlp")
# The annotation protocol's vocabularies (PROTOCOL.md, "File format" and the reasons' table): an item's kind and a
# conflict's reason; the loaders' tests check every annotation file against them.
KINDS = frozenset({"event", "figure", "date", "role", "outcome", "quote", "attribute"})
REASONS = frozenset(
    {
        "different value",
        "vague vs precise",
        "different scope",
        "different time",
        "different role",
        "different agent",
        "different outcome",
        "different day",
    }
)
"""Event origins whose sentences the multilingual splitter numbers."""

# -- documents -----------------------------------------------------------------------------------------------


@functools.cache
def _semeval_rows() -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 30)
    path = SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["pair_id"]: row for row in csv.DictReader(fh)}


@functools.cache
def _semeval_by_row() -> dict[str, dict[str, str]]:
    _semeval_rows()  # raises the csv field size limit
    path = SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["Unnamed: 0"]: row for row in csv.DictReader(fh)}


@functools.cache
def _ground_truth() -> dict[str, dict[str, Any]]:
    path = SHARED / "bench" / "article-extraction" / "ground-truth.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _bsnlp_text(rel: str) -> str:
    """A BSNLP raw document (header lines: id, language, date, URL, title; then the body): its title and body."""
    lines = (SHARED / "bench" / "bsnlp2021" / rel).read_text(encoding="utf-8").split("\n")
    return _paragraphs("\n".join(lines[4:]))


def _paragraphs(text: str) -> str:
    """Lines become paragraphs (joined by a blank line); runs of spaces inside a line become one space."""
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "").split("\n")]
    return "\n\n".join(line for line in lines if line)


def _ecb_detok(tokens: list[str]) -> str:
    """ECB+ tokens joined back into text: no space before closing punctuation or clitics, quotes restored,
    and numbers that ECB+ split ("6. 1", "22, 000") joined as the outlets printed them."""
    text = " ".join(tokens)
    text = re.sub(r"\s+([.,;:!?%)\]'’]|n't|'s)", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = text.replace("`` ", '"').replace(" ''", '"')
    text = re.sub(r"(\d)\. (\d)", r"\1.\2", text)
    return re.sub(r"(\d), (\d{3})\b", r"\1,\2", text)


@functools.cache
def _seeds_gold() -> dict[str, dict[str, Any]]:
    path = SHARED / "gold" / "seeds-cleaning.json"
    return {a["file"]: a for a in json.loads(path.read_text(encoding="utf-8"))["articles"]}


def _seed_body(file: str) -> str:
    lines = [line["text"] for line in _seeds_gold()[file]["lines"] if line["label"] == "body"]
    return _paragraphs("\n".join(lines))


def _ecb_text(rel: str) -> str:
    root = ET.parse(SHARED / "bench" / "ecbplus" / "ECB+" / rel).getroot()
    sents: dict[int, list[str]] = defaultdict(list)
    for tok in root.iter("token"):
        sents[int(tok.get("sentence", 0))].append(tok.text or "")
    return "\n\n".join(_ecb_detok(sents[k]) for k in sorted(sents))


def load_text(ref: str) -> str:
    """The text of one document of the set. Raises KeyError for an unknown reference, OSError when the
    corpus is missing."""
    kind, _, rest = ref.partition(":")
    if kind == "semeval":
        pair, _, side = rest.partition("#")
        return _paragraphs(_semeval_rows()[pair]["text" + side])
    if kind == "semrow":
        row, _, side = rest.partition("#")
        return _paragraphs(_semeval_by_row()[row]["text" + side])
    if kind == "page":
        return _paragraphs(_ground_truth()[rest]["articleBody"])
    if kind == "ecb":
        return _ecb_text(rest)
    if kind == "seed":
        return _seed_body(rest)
    if kind == "bsnlp":
        return _bsnlp_text(rest)
    raise KeyError(f"unknown document reference {ref!r}")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- sentences (for annotators only; the gold keeps offsets) --------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|"
    r"Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|Calif|Ariz|Ill|Mass|Wash|Fla|Conn|Pa|Va|La|Tenn|Mich|Minn|Ore|Okla)"
    r"|\b[A-Z]|\b(?:[A-Z]\.){1,3}[A-Z])\.$"
)
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
# The multilingual set's splitter: any capital (Ż, Über, Él) or an opening quote of any language starts a
# sentence, and the abbreviations of de, es, fr, pl (and a lowercase single letter: "z. B.", "r.") do not end one.
_END_MULTI = re.compile(r"[.!?…]+[\"”’»«')\]]*(?=\s+[\"“„‘'«»(\[¿¡–-]?\s?(\w))")
_ABBREV_MULTI = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Sra|Srta|Dña|Nr|Mio|Mrd|Mill|bzw|ca|usw|vgl|evtl|inkl|Abs|Str|Jh|Jan|"
    r"Feb|Okt|Dez|Mme|Mlle|MM|Me|ul|al|tys|mln|mld|prof|dr|hab|inż|św|gen|płk|ds|pkt|ok|tzw|np|godz|min|proc|"
    r"tj|wg|im|ks|pl|nr|art|EE\.\s?UU|etc|núm|pág|Ud|Uds|Av|Avda)"
    r"|\b[A-Za-zÀ-ž]|\b\d{1,2}|\b(?:[A-Z]\.){1,3}[A-Z])\.$"
)


def sentence_spans(text: str, multilingual: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence: paragraphs split on blank lines, then at sentence-final punctuation
    followed by a capital or digit, except after a known abbreviation or an initial. ``multilingual``: the
    splitter of the multilingual set (any script's capitals, de/es/fr/pl abbreviations, German ordinals "3.")."""
    end_re, abbrev_re = (_END_MULTI, _ABBREV_MULTI) if multilingual else (_END, _ABBREV)
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start = para.start()
        for m in end_re.finditer(para.group()):
            end = para.start() + m.end()
            if multilingual and not (m.group(1).isupper() or m.group(1).isdigit()):
                continue
            if abbrev_re.search(text[start:end]):
                continue
            spans.append((start, end))
            start = end
            while start < para.end() and text[start].isspace():
                start += 1
        if start < para.end():
            spans.append((start, para.end()))
    return spans


def events() -> list[dict[str, Any]]:
    """The English set's events (``alignment/events.json``)."""
    return json.loads(EVENTS_FILE.read_text(encoding="utf-8"))["events"]


def multi_events() -> list[dict[str, Any]]:
    """The multilingual set's events (``alignment/multi/events.json``; each document has its ``language``)."""
    return json.loads(MULTI_EVENTS_FILE.read_text(encoding="utf-8"))["events"]


def multi2_events() -> list[dict[str, Any]]:
    """The fourth set's events (``alignment/multi2/events.json``; each document has its ``language``)."""
    return json.loads(MULTI2_EVENTS_FILE.read_text(encoding="utf-8"))["events"]


def all_events() -> list[dict[str, Any]]:
    return [*events(), *multi_events(), *multi2_events()]


def is_multi(event: dict[str, Any]) -> bool:
    """Whether an event is of a multilingual set (its sentences are split by the multilingual splitter)."""
    return event.get("origin") in MULTI_ORIGINS


def view(event_id: str) -> str:
    """An event's documents with every sentence numbered ``[A3]`` (document key, 1-based sentence)."""
    event = next(e for e in all_events() if e["id"] == event_id)
    out = [f"# {event['id']}: {event['title']}", ""]
    for doc in event["docs"]:
        text = load_text(doc["ref"])
        out.append(f"## {doc['key']} -- {doc.get('outlet') or '?'} ({doc.get('published') or 'no date'})")
        for n, (s, e) in enumerate(sentence_spans(text, is_multi(event)), 1):
            out.append(f"[{doc['key']}{n}] {text[s:e]}")
        out.append("")
    return "\n".join(out)


# -- annotations -> gold -------------------------------------------------------------------------------------

_REF = re.compile(r"^([A-Z])(\d+)$")


def _anchor(ref: str, spans: dict[str, list[tuple[int, int]]], quote: str | None, texts: dict[str, str]) -> dict:
    m = _REF.match(ref)
    if not m or m.group(1) not in spans or not 1 <= int(m.group(2)) <= len(spans[m.group(1)]):
        raise ValueError(f"bad sentence reference {ref!r}")
    doc, n = m.group(1), int(m.group(2))
    start, end = spans[doc][n - 1]
    if quote:  # an exact phrase inside the sentence narrows the anchor
        at = texts[doc].find(quote, start, end)
        if at < 0:
            raise ValueError(f"{ref}: {quote!r} is not in the sentence")
        start, end = at, at + len(quote)
    return {"doc": doc, "start": start, "end": end}


def _support(refs: list[str], spans, texts) -> list[dict]:
    return [_anchor(r, spans, None, texts) for r in refs]


def annotations(annotation_dir: Path) -> dict[str, dict[str, Any]]:
    """The annotation files of a set (``<event>.json`` in ``annotation_dir``), by event id, in name order."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(annotation_dir.glob("*.json"))}


def convert(annotation_dir: Path, event_list: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Annotation files (``<event>.json``, sentence references as in :func:`view`) -> the gold document.
    ``event_list``: the set's events (default the English set's)."""
    gold_events = []
    for event in events() if event_list is None else event_list:
        path = annotation_dir / f"{event['id']}.json"
        if not path.exists():
            continue
        ann = json.loads(path.read_text(encoding="utf-8"))
        texts = {d["key"]: load_text(d["ref"]) for d in event["docs"]}
        spans = {k: sentence_spans(t, is_multi(event)) for k, t in texts.items()}
        agreed = [
            {
                "id": f"{event['id']}/a{i}",
                "fact": a["fact"],
                "kind": a.get("kind", "event"),
                "support": _support(a["support"], spans, texts),
            }
            for i, a in enumerate(ann.get("agreed", []), 1)
        ]
        conflicts = [
            {
                "id": f"{event['id']}/c{i}",
                "fact": c["fact"],
                "reason": c["reason"],
                "sides": [{"value": s["value"], "support": _support(s["support"], spans, texts)} for s in c["sides"]],
            }
            for i, c in enumerate(ann.get("conflicts", []), 1)
        ]
        gold_events.append(
            {
                "id": event["id"],
                "split": event["split"],
                "docs": [{**d, "sha256": digest(texts[d["key"]])} for d in event["docs"]],
                "agreed": agreed,
                "conflicts": conflicts,
                "notes": ann.get("notes", ""),
            }
        )
    return {"protocol": "bench/alignment/PROTOCOL.md", "events": gold_events}


def check(gold: dict[str, Any]) -> list[str]:
    """Every digest still matches its document and every span is inside its text; a list of problems."""
    problems = []
    for event in gold["events"]:
        texts = {}
        for d in event["docs"]:
            texts[d["key"]] = load_text(d["ref"])
            if digest(texts[d["key"]]) != d["sha256"]:
                problems.append(f"{event['id']}: {d['ref']} text changed")
        items = [*event["agreed"], *(s for c in event["conflicts"] for s in c["sides"])]
        for item in items:
            for a in item["support"]:
                if not 0 <= a["start"] < a["end"] <= len(texts[a["doc"]]):
                    problems.append(f"{event['id']}: span {a} outside {a['doc']}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("view")
    v.add_argument("event")
    c = sub.add_parser("convert")
    c.add_argument("dir", type=Path)
    c.add_argument("--multi", action="store_true", help="the multilingual set (alignment/multi/)")
    c.add_argument("--multi2", action="store_true", help="the fourth set (alignment/multi2/)")
    k = sub.add_parser("check")
    k.add_argument("--multi", action="store_true", help="the multilingual set (alignment/multi/)")
    k.add_argument("--multi2", action="store_true", help="the fourth set (alignment/multi2/)")
    args = ap.parse_args()
    if args.cmd == "view":
        print(view(args.event))
    elif args.cmd == "convert":
        gold_file = MULTI2_GOLD_FILE if args.multi2 else MULTI_GOLD_FILE if args.multi else GOLD_FILE
        gold = convert(args.dir, multi2_events() if args.multi2 else multi_events() if args.multi else None)
        if args.multi:
            gold["protocol"] = "bench/alignment/PROTOCOL.md (Third set)"
        if args.multi2:
            gold["protocol"] = "bench/alignment/PROTOCOL.md (Fourth set)"
        gold_file.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_a = sum(len(e["agreed"]) for e in gold["events"])
        n_c = sum(len(e["conflicts"]) for e in gold["events"])
        print(f"{len(gold['events'])} events, {n_a} agreements, {n_c} conflicts -> {gold_file}")
    else:
        gold_file = MULTI2_GOLD_FILE if args.multi2 else MULTI_GOLD_FILE if args.multi else GOLD_FILE
        problems = check(json.loads(gold_file.read_text(encoding="utf-8")))
        print("\n".join(problems) or "gold valid")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
