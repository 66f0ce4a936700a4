"""Who-said-what precision: 100 entries drawn at random from real coverage, read by hand.

Population: every ``who_said_what`` entry (one speaker, one quotation, one source) of every story crosswire
builds from the 181 real pages of ``../shared/bench/article-extraction/html`` plus the two seeds, ingested
through crosswire (clean, facts, stories, compare) into a temporary store. The sample: the ``--size`` entries
(default 100) whose keys hash lowest under ``--seed`` (a bottom-k sample: uniform, and an entry two versions
share is drawn in both or in neither, so the two samples differ only where the outputs do).

Judgements: ``bench/who_said_what.json``, written by reading each drawn entry with its evidence sentence
(``--show``). An entry is *correct* when the named speaker really said or wrote the content shown (the words
are theirs, the span is what they said and nothing of the narration around it); else *wrong*, with one error
class (``classes`` in the file). Entries are keyed by the source file's name, the quote's character offsets in
the cleaned body and a short hash of the speaker shown (the same words given to someone else are another
entry), so the file holds no third-party text.

Baseline in the same run: the same population drawn from another version of crosswire (``--baseline REF``, a
git commit; default the commit this work started from), computed from a temporary git worktree in a subprocess
and sampled and scored the same way. Each version's sample is drawn from its own output, so each is judged.

    .venv/bin/python bench/who_said_what.py                    # both versions: precision, errors by class
    .venv/bin/python bench/who_said_what.py --show after       # print the sample of this version for reading
    .venv/bin/python bench/who_said_what.py --show before --unjudged   # only entries without a judgement
    .venv/bin/python bench/who_said_what.py --no-baseline --json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import shared_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir.SHARED
PAGES = SHARED / "bench" / "article-extraction" / "html"
SEEDS = SHARED / "seeds"
JUDGEMENTS = Path(__file__).resolve().parent / "who_said_what.json"
DEFAULT_BASELINE = "06785a7"  # main where the who-said-what repairs started (issue "Compare claims ...")
SEED = 12
SIZE = 100


# -- the population (this part also runs under older versions of crosswire, in a subprocess) ---------------


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def entry_key(source: str, start: int, end: int, speaker: str) -> str:
    """``file:start-end:hash``: the quote's span in the cleaned body of ``source`` and who it is given to."""
    digest = hashlib.sha1(_fold(speaker).encode("utf-8")).hexdigest()[:6]
    return f"{Path(source).name}:{start}-{end}:{digest}"


def _quote_span(body: str, facts: dict[str, Any], text: str, ev: dict[str, Any]) -> tuple[int, int]:
    """The quote's own offsets: the facts quote of the evidence sentence whose words are the entry's."""
    for q in facts.get("quotes", []):
        if q["sentence_start"] < ev["end"] and ev["start"] < q["sentence_end"]:
            at = body.find(text, q["start"], q["end"] + 1)
            if at != -1:
                return at, at + len(text)
    at = body.find(text, ev["start"])
    return (at, at + len(text)) if at != -1 else (ev["start"], ev["end"])


def population() -> dict[str, Any]:
    """Every who-said-what entry of every story of the real pages and the seeds, by whatever crosswire is
    importable: ``{"entries": [...], "seconds": s}``."""
    from crosswire.compare import compare_story
    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store

    entries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "wsw.db") as store:
        t0 = time.perf_counter()
        ingest_paths(store, [PAGES, *sorted(SEEDS.glob("*.txt"))], facts=True, stories=True)
        sources = {a.id: (a.source or a.id, a.body) for a in store.iter_articles()}
        facts_of: dict[str, dict[str, Any]] = {}
        for sid in sorted(store.story_ids()):
            comparison = compare_story(store, sid)
            if comparison is None:
                continue
            for w in comparison.who_said_what:
                for q in w.quotes:
                    ev = q.evidence[0].to_dict()
                    aid = ev["article"]
                    source, body = sources[aid]
                    if aid not in facts_of:
                        facts_of[aid] = store.get_facts(aid) or {}
                    start, end = _quote_span(body, facts_of[aid], q.text, ev)
                    entries.append(
                        {
                            "key": entry_key(source, start, end, w.speaker),
                            "story": sid,
                            "speaker": w.speaker,
                            "kind": q.kind,
                            "text": q.text,
                            "sentence": body[ev["start"] : ev["end"]],
                            "context": body[max(0, ev["start"] - 300) : ev["end"] + 200],
                        }
                    )
        seconds = time.perf_counter() - t0
    return {"entries": entries, "seconds": seconds}


def run_baseline(ref: str) -> dict[str, Any]:
    """The population computed by crosswire at git commit ``ref``, from a temporary worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), ref], check=True)
        try:
            out = Path(tmp) / "out.json"
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            subprocess.run([sys.executable, __file__, "--emit", str(out)], check=True, env=env, cwd=REPO)
            return json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)


# -- sampling and scoring -----------------------------------------------------------------------------------


def _rank(key: str, seed: int) -> str:
    return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()


def sample(entries: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """``size`` entries drawn at random: those whose keys hash lowest under ``seed`` (a bottom-k sample,
    uniform over the population). An entry two versions share has the same rank in both, so the samples of
    two versions differ only where their outputs do."""
    by_key = {e["key"]: e for e in entries}
    return [by_key[k] for k in sorted(by_key, key=lambda k: _rank(k, seed))[:size]]


def score(drawn: list[dict[str, Any]], judged: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Precision over the judged entries of the sample, and the wrong ones by class."""
    verdicts = [judged[e["key"]] for e in drawn if e["key"] in judged]
    right = sum(1 for v in verdicts if v["ok"])
    classes = Counter(v["class"] for v in verdicts if not v["ok"])
    return {
        "drawn": len(drawn),
        "judged": len(verdicts),
        "correct": right,
        "precision": round(right / len(verdicts), 3) if verdicts else None,
        "errors": dict(classes.most_common()),
    }


def show(drawn: list[dict[str, Any]], judged: dict[str, dict[str, Any]], unjudged: bool) -> None:
    for i, e in enumerate(drawn):
        verdict = judged.get(e["key"])
        if unjudged and verdict is not None:
            continue
        mark = "?" if verdict is None else ("ok" if verdict["ok"] else "WRONG " + verdict["class"])
        print(f"--- {i:3d} {e['key']}  [{mark}]")
        print(f"    {e['speaker']} ({e['kind']}): {e['text']}")
        print(f"    sentence: {e['sentence']}")
        print(f"    context: ...{' '.join(e['context'].split())}...")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default=DEFAULT_BASELINE, help="git commit of the baseline version")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--size", type=int, default=SIZE)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", choices=["before", "after"], help="print that version's sample for reading")
    ap.add_argument("--unjudged", action="store_true", help="with --show: only entries not yet judged")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.emit:  # subprocess mode: compute and write the population, nothing else
        args.emit.write_text(json.dumps(population(), ensure_ascii=False), encoding="utf-8")
        return 0
    if not PAGES.is_dir():
        print(f"{PAGES}: missing (the real pages live in ../shared)", file=sys.stderr)
        return 1
    judged = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["judgements"] if JUDGEMENTS.exists() else {}
    runs: dict[str, dict[str, Any]] = {}
    if args.show != "before":
        runs["after"] = population()
    if not args.no_baseline and args.show != "after":
        runs["before"] = run_baseline(args.baseline)
    if args.show:
        show(sample(runs[args.show]["entries"], args.size, args.seed), judged, args.unjudged)
        return 0
    results = {
        name: {"entries": len(run["entries"]), **score(sample(run["entries"], args.size, args.seed), judged)}
        for name, run in runs.items()
    }
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print("| version | entries | sample | judged | precision | errors by class |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        label = "crosswire (this tree)" if name == "after" else f"baseline {args.baseline}"
        errors = ", ".join(f"{k} {v}" for k, v in r["errors"].items()) or "none"
        prec = "–" if r["precision"] is None else f"{r['precision']:.2f}"
        print(
            f"| {label} | {r['entries']} | {r['drawn']} | {r['judged']} | {prec} ({r['correct']}/{r['judged']}) "
            f"| {errors} |"
        )
    for name, run in runs.items():
        print(f"{name}: {run['seconds']:.1f} s (ingest, facts, stories, comparisons)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
