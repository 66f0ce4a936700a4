"""The cleaner on real news text in the languages beyond English: how many wire-agency, dateline, byline and
furniture markers it leaves unaccounted for, against the cleaner as it stood before the multilingual work
(``--baseline``, a git revision, extracted with ``git archive`` and run in a subprocess in the same run).

Data (read from ``../shared/bench``, never copied): BSNLP 2021 raw Slavic news (``bsnlp2021/*/raw/{ru,uk,pl}``;
the four header lines are dropped, the title and text are the page) and SemEval-2022 Task 8 article texts
(``semeval2022-t8/training_set.csv``, de, fr, es, pl, ru, it; each distinct text once; neither corpus holds
Portuguese). A sample of ``--per`` documents per source and language, the first in sorted order (deterministic).

Per document, on the cleaned body (paragraphs), with one marker set for both cleaners:

* agency unresolved: the body shows an agency's bracketed or slashed tag ("(AFP)", "/ТАСС/", "(mit dpa)") or
  an agency after a day ("10 марта — РИА Новости.") and ``Article.agency`` is empty;
* closing tags left: paragraphs that still end on such a tag after their last sentence;
* byline lines left: paragraphs that are only a byline ("Автор: Иван Петров", "Von Anna Schmidt");
* furniture left: paragraphs that open with a "read also", subscribe, share or cookie phrase (the list below);
* agency / dateline / byline set: documents whose Article has one;
* body words: words kept in the body (a drop would mean text lost, not furniture).

    .venv/bin/python bench/clean_languages.py [--per 150] [--baseline 82af70f]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

import shared_dir

REPO = Path(__file__).resolve().parent.parent
SHARED = shared_dir.SHARED / "bench"
BASELINE_REV = "82af70f"  # main before the cleaner read the languages beyond English

# Markers: agency names as wire copy in these languages writes them (one list for both cleaners).
AGENCIES = (
    "AFP|AP|Reuters|dpa|EFE|PAP|ANSA|Xinhua|Bloomberg|KNA|epd|Europa Press|ТАСС|ИТАР-ТАСС|РИА Новости|Интерфакс|"
    "INTERFAX\\.RU|БелТА|Укрінформ|Укринформ|УНІАН|УНИАН|УНН|REGNUM|Рейтер"
)
_TAG = re.compile(rf"[(/]\s*(?:mit |avec |con |with )?(?:{AGENCIES})(?:\s*[,/]\s*(?:{AGENCIES}))*\s*[)/]")
_AFTER_DAY = re.compile(rf"^\S.{{0,40}}\b\d{{1,2}}\.?\s+\w+\.?\s*[-–—.,]\s*(?:{AGENCIES})\b")
_CLOSING = re.compile(rf"[.!?…»”\"]\s+[(\[/]\s*(?:mit |avec |con |with )?(?:{AGENCIES})[^)\]/]{{0,30}}[)\]/]\.?$")
_BYLINE = re.compile(
    r"^(?:автор|авторы|аўтар|автори|autor|autorka|auteur|von|par|por|by|di)\s*:?\s+\w+(?:\s+\w+){0,3}\.?$", re.I
)
_FURNITURE = re.compile(
    r"^(?:читайте также|читайте також|чытайце таксама|читайте нас|подписывайтесь|підписуйтесь|поделиться|"
    r"czytaj (?:też|także)|zobacz (?:też|także)|lesen sie auch|lire aussi|à lire aussi|lee también|leggi anche|"
    r"leia também|"
    r"wir verwenden cookies|nous utilisons des cookies|utilizamos cookies|używamy plików cookie|"
    r"мы используем (?:файлы )?cookie)",
    re.I,
)


def _bsnlp(per: int) -> list[dict]:
    docs = []
    for lang in ("ru", "uk", "pl"):
        files = sorted((SHARED / "bsnlp2021").glob(f"*/raw/{lang}/*.txt"))[:per]
        for f in files:
            lines = f.read_text("utf-8", errors="replace").splitlines()
            docs.append({"id": f"bsnlp/{f.name}", "source": "bsnlp", "lang": lang, "text": "\n".join(lines[4:])})
    return docs


def _semeval(per: int) -> list[dict]:
    csv.field_size_limit(10**9)
    seen: dict[str, set[str]] = defaultdict(set)
    docs = []
    with (SHARED / "semeval2022-t8" / "training_set.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for k in ("1", "2"):
                lang, text = row[f"lang{k}"], row[f"text{k}"]
                if lang in ("de", "fr", "es", "pl", "ru", "it") and len(seen[lang]) < per and text not in seen[lang]:
                    seen[lang].add(text)
                    docs.append(
                        {"id": f"semeval/{lang}/{len(seen[lang])}", "source": "semeval", "lang": lang, "text": text}
                    )
    return docs


def _worker(docs_path: str) -> None:
    """Clean every document with whichever crosswire is importable; print one JSON object per document."""
    import crosswire
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    print(json.dumps({"crosswire": crosswire.__file__}))
    for doc in json.loads(Path(docs_path).read_text("utf-8")):
        raw = RawDocument(source=doc["id"], kind="text", content=doc["text"], content_type="text")
        a = clean_document(raw)
        out = {"id": doc["id"], "paragraphs": a.paragraphs, "agency": a.agency, "dateline": a.dateline}
        print(json.dumps(out | {"byline": a.byline}, ensure_ascii=False))


def _run(docs_path: str, src: Path | None) -> dict[str, dict]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", docs_path], env=env, capture_output=True, text=True, check=True
    )
    lines = proc.stdout.splitlines()
    where = json.loads(lines[0])["crosswire"]
    expected = str(src) if src is not None else str(REPO / "src")
    assert where.startswith(expected), f"worker imported crosswire from {where}, not {expected}"
    return {d["id"]: d for d in map(json.loads, lines[1:])}


def _measure(docs: list[dict], got: dict[str, dict]) -> dict[str, float]:
    m: dict[str, float] = defaultdict(float)
    for doc in docs:
        a = got[doc["id"]]
        paras = a["paragraphs"]
        body = "\n".join(paras)
        shows_agency = bool(_TAG.search(body)) or any(_AFTER_DAY.search(p[:120]) for p in paras[:1])
        m["docs"] += 1
        m["agency unresolved"] += shows_agency and not a["agency"]
        m["closing tags left"] += sum(bool(_CLOSING.search(p)) for p in paras)
        m["byline lines left"] += sum(bool(_BYLINE.match(p)) for p in paras)
        m["furniture left"] += sum(bool(_FURNITURE.match(p)) for p in paras)
        m["agency set"] += bool(a["agency"])
        m["dateline set"] += bool(a["dateline"])
        m["byline set"] += bool(a["byline"])
        m["body words"] += len(body.split())
    return m


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per", type=int, default=150, help="documents per source and language")
    ap.add_argument("--baseline", default=BASELINE_REV, help="git revision of the baseline cleaner")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    docs = _bsnlp(args.per) + _semeval(args.per)
    with tempfile.TemporaryDirectory() as tmp:
        docs_path = Path(tmp) / "docs.json"
        docs_path.write_text(json.dumps(docs, ensure_ascii=False), "utf-8")
        archive = Path(tmp) / "base.tar"
        subprocess.run(["git", "-C", str(REPO), "archive", "-o", str(archive), args.baseline, "src"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp) / "base", filter="data")
        results = {
            f"baseline {args.baseline}": _run(str(docs_path), Path(tmp) / "base" / "src"),
            "crosswire": _run(str(docs_path), None),
        }
    groups: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        groups[f"{doc['source']} {doc['lang']}"].append(doc)
    groups["all"] = docs
    keys = ["agency unresolved", "closing tags left", "byline lines left", "furniture left", "agency set",
            "dateline set", "byline set", "body words"]  # fmt: skip
    print("| sample | cleaner | docs | " + " | ".join(keys) + " |")
    print("|---|---|---|" + "---|" * len(keys))
    for name, group in groups.items():
        for cleaner, got in results.items():
            m = _measure(group, got)
            cells = " | ".join(f"{int(m[k]):,}" for k in keys)
            print(f"| {name} | {cleaner} | {int(m['docs'])} | {cells} |")


if __name__ == "__main__":
    main()
