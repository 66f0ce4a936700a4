"""Names found by the language-light tier (no model: German, Ukrainian, Belarusian, Polish, Spanish), against a
baseline revision of the same front-end run in the same command.

**Polish and Ukrainian (BSNLP 2021, gold).** Every document of the chosen half's topics in ``pl`` and ``uk``
(``../shared/bench/bsnlp2021``, read, never copied; the tune half by default: never choose a rule on the report
half) goes through ``LightFrontEnd.analyse``. Per document, the predicted (surface, type) set is scored against
the annotated distinct mentions of type PER, LOC and ORG (BSNLP's EVT and PRO are left out of both sides), as
``bsnlp.py`` scores the Russian NER: ``typed`` needs the type too, ``names`` only the surface (is the span a
name of any kind at all; a predicted MISC counts there).

**German (SemEval-2022 Task 8, no gold).** The first ``--per`` distinct German article texts: how many names of
each type the tier gives per 1,000 words, and how many distinct single-word MISC names ("other" entities:
where common nouns showed up). No gold exists for German names here; the counts say what moved, a sample
printed with ``--show N`` says whether it moved the right way.

    nice -n 19 .venv/bin/python bench/light_names.py [--half tune|report] [--per 150] [--baseline REV] [--show N]

Each side runs in its own subprocess with its own ``src`` (the baseline from ``git archive``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import shared_dir
from bsnlp import DATA, REPORT, TUNE

REPO = Path(__file__).resolve().parent.parent
SHARED = shared_dir.SHARED / "bench"
BASELINE_REV = "9f003c8"  # the light tier before simplemma's dictionaries and organisation words
TYPES = ("PER", "LOC", "ORG")


def _bsnlp_docs(topics: tuple[str, ...]) -> list[dict]:
    docs = []
    for topic in topics:
        for lang in ("pl", "uk"):
            for raw in sorted((DATA / topic / "raw" / lang).glob("*")):
                ann = DATA / topic / "annotated" / lang / (raw.name.rsplit(".", 1)[0] + ".out")
                if not ann.exists():
                    continue
                lines = raw.read_text(encoding="utf-8").splitlines()
                gold = []
                for line in ann.read_text(encoding="utf-8").splitlines()[1:]:
                    cols = [c.strip() for c in line.split("\t")]
                    if len(cols) >= 4 and cols[0] and cols[2] in TYPES:
                        gold.append([" ".join(cols[0].split()), cols[2]])
                docs.append(
                    {"id": f"{topic}/{lang}/{raw.name}", "lang": lang, "text": "\n".join(lines[4:]), "gold": gold}
                )
    return docs


def _german_docs(per: int) -> list[dict]:
    csv.field_size_limit(10**9)
    seen: set[str] = set()
    docs = []
    with (SHARED / "semeval2022-t8" / "training_set.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for k in ("1", "2"):
                text = row[f"text{k}"]
                if row[f"lang{k}"] == "de" and len(seen) < per and text not in seen:
                    seen.add(text)
                    docs.append({"id": f"semeval/de/{len(seen)}", "lang": "de", "text": text, "gold": None})
    return docs


def _worker(docs_path: str) -> None:
    """Names of every document by whichever crosswire is importable; one JSON object per document."""
    import crosswire
    from crosswire.facts.languages.light import LightFrontEnd

    front = LightFrontEnd()
    docs = json.loads(Path(docs_path).read_text("utf-8"))
    load = {}
    for lang in sorted({d["lang"] for d in docs}):  # first use: a language's tables load (timed apart)
        t0 = time.process_time()
        front.analyse("Kleinere Banken, Wczoraj Anna Nowak, Вчора Олена Коваль.", lang)
        load[lang] = time.process_time() - t0
    print(json.dumps({"crosswire": crosswire.__file__, "load": load}))
    for doc in docs:
        names = []
        t0 = time.process_time()
        for para in doc["text"].split("\n"):
            a = front.analyse(para, doc["lang"])
            kept = [n for n in a.names if not getattr(n, "common", False)]  # the extractor drops a common noun
            names += [[" ".join(para[n.start : n.end].split()), n.label] for n in kept]
        cpu = time.process_time() - t0
        print(json.dumps({"id": doc["id"], "names": names, "cpu": cpu}, ensure_ascii=False))


def _run(docs_path: str, src: Path) -> dict:
    env = dict(os.environ)
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != REPO / "src"]
    env["PYTHONPATH"] = os.pathsep.join([str(src), *rest])
    proc = subprocess.run([sys.executable, __file__, "--worker", docs_path], env=env, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"light_names.py: the worker for {src} failed:\n{proc.stderr[-3000:]}")
    lines = proc.stdout.splitlines()
    head = json.loads(lines[0])
    assert head["crosswire"].startswith(str(src)), f"worker imported crosswire from {head['crosswire']}, not {src}"
    docs = list(map(json.loads, lines[1:]))
    return {d["id"]: d["names"] for d in docs} | {"_cpu": {d["id"]: d["cpu"] for d in docs}, "_load": head["load"]}


def _scores(docs: list[dict], got: dict[str, list[list[str]]]) -> dict[str, str]:
    tp = fp = fn = ntp = nfp = 0
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        gold = {tuple(g) for g in doc["gold"]}
        pred = {tuple(n) for n in got[doc["id"]] if n[1] in TYPES}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        for t in TYPES:
            g, p = {x for x in gold if x[1] == t}, {x for x in pred if x[1] == t}
            per_type[t].update(tp=len(g & p), fp=len(p - g), fn=len(g - p))
        surfaces, any_pred = {g[0] for g in gold}, {n[0] for n in got[doc["id"]]}
        ntp, nfp = ntp + len(any_pred & surfaces), nfp + len(any_pred - surfaces)
    out = {"typed": _prf(tp, fp, fn), "names": f"P {ntp / max(1, ntp + nfp):.3f} ({ntp} of {ntp + nfp})"}
    for t in TYPES:
        c = per_type[t]
        out[t] = _prf(c["tp"], c["fp"], c["fn"])
    return out


def _prf(tp: int, fp: int, fn: int) -> str:
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}"


def _german(docs: list[dict], got: dict[str, list[list[str]]]) -> dict[str, str]:
    words = sum(len(d["text"].split()) for d in docs)
    kinds: Counter[str] = Counter(n[1] for d in docs for n in got[d["id"]])
    misc_one = {n[0] for d in docs for n in got[d["id"]] if n[1] == "MISC" and " " not in n[0]}
    out = {t: f"{kinds[t] * 1000 / words:.1f}" for t in ("PER", "LOC", "ORG", "MISC")}
    return out | {"distinct one-word MISC": str(len(misc_one))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("tune", "report"), default="tune")
    ap.add_argument("--per", type=int, default=150, help="German SemEval texts")
    ap.add_argument("--baseline", default=BASELINE_REV, help="git revision of the baseline front-end")
    ap.add_argument("--show", type=int, default=0, help="print this many German names each side has alone")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    slavic = _bsnlp_docs(TUNE if args.half == "tune" else REPORT)
    german = _german_docs(args.per)
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = Path(tmp) / "docs.json"
        docs_path.write_text(json.dumps(slavic + german, ensure_ascii=False), "utf-8")
        archive = Path(tmp) / "base.tar"
        subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), args.baseline, "src"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "base", filter="data")
        results = {
            f"baseline {args.baseline}": _run(str(docs_path), Path(tmp) / "base" / "src"),
            "crosswire": _run(str(docs_path), REPO / "src"),
        }
    for lang in ("pl", "uk"):
        group = [d for d in slavic if d["lang"] == lang]
        print(f"\nBSNLP {args.half} half, {lang}: {len(group)} documents (PER, LOC, ORG; distinct per document)")
        print("| front-end | typed | names (any type) | PER | LOC | ORG |\n|---|---|---|---|---|---|")
        for side, got in results.items():
            s = _scores(group, got)
            print(f"| {side} | {s['typed']} | {s['names']} | {s['PER']} | {s['LOC']} | {s['ORG']} |")
    print(f"\nSemEval German: {len(german)} texts, {sum(len(d['text'].split()) for d in german):,} words")
    print("| front-end | PER / 1k words | LOC | ORG | MISC | distinct one-word MISC |\n|---|---|---|---|---|---|")
    for side, got in results.items():
        g = _german(german, got)
        print(f"| {side} | {g['PER']} | {g['LOC']} | {g['ORG']} | {g['MISC']} | {g['distinct one-word MISC']} |")
    print("\nSpeed (CPU time of analyse; the first use of each language, its tables' load, timed apart)")
    print("| front-end | " + " | ".join(f"{x} words per CPU-s | {x} load s" for x in ("pl", "uk", "de")) + " |")
    print("|---|" + "---|---|" * 3)
    everything = slavic + german
    for side, got in results.items():
        cells = []
        for lang in ("pl", "uk", "de"):
            group = [d for d in everything if d["lang"] == lang]
            cpu = sum(got["_cpu"][d["id"]] for d in group)
            n = sum(len(d["text"].split()) for d in group)
            cells.append(f"{n / max(cpu, 1e-9):,.0f} | {got['_load'][lang]:.2f}")
        print(f"| {side} | " + " | ".join(cells) + " |")
    if args.show:
        a, b = (Counter(tuple(n) for d in german for n in got[d["id"]]) for got in results.values())
        print("\nbaseline alone:", sorted(a - b)[: args.show])
        print("\ncrosswire alone:", sorted(b - a)[: args.show])


if __name__ == "__main__":
    main()
