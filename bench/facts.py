"""Speed of the whole facts stage (entities, quotes, figures, dates, events) on real news bodies.

Input: the two seeds (cleaned) and the English article bodies of the article-extraction benchmark's ground
truth, read from ../shared. Figures: articles per second with one process (the named baseline, run in the
same session) and with ``--processes`` (default 2) worker processes, each holding the model once; the
multi-process figure includes the workers' start-up. Then ``update_store`` on a fresh store, as
``crosswire ingest`` runs it (processes chosen automatically, store writes in the parent). The floor is 20
articles/s with 2 processes on 2 cores; CPU seconds per article are printed too, since the machine is shared.

    .venv/bin/python bench/facts.py [--processes 2] [--limit N] [--json] [--check-pos]
    .venv/bin/python bench/facts.py --russian     # Russian facts per word against English, same run

``--russian``: the Russian documents of BSNLP 2021 (``../shared/bench/bsnlp2021/*/raw/ru``, their text split
into paragraphs at line breaks) through the Russian front-end, and the English articles above through the
English pipeline, each in one process with its model loaded first: CPU microseconds per word and words per
CPU-second. The target is Russian at least as fast per word as English.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

import shared_dir
from crosswire.clean import clean_document
from crosswire.facts import extract_facts
from crosswire.facts.nlp import get_nlp
from crosswire.model import Article, Block, RawDocument

SHARED = shared_dir.SHARED
FLOOR = 20.0


def load_articles(limit: int | None = None) -> list[Article]:
    import py3langid

    articles = []
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        raw = RawDocument(source=str(path), kind="text", content=path.read_text(encoding="utf-8"), content_type="text")
        a = clean_document(raw)
        a.published, a.language = a.published or "2020-09-14", "en"
        articles.append(a)
    truth = json.loads((SHARED / "bench" / "article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    for key, item in sorted(truth.items()):
        body = (item.get("articleBody") or "").strip()
        if len(body.split()) < 50 or py3langid.classify(body[:3000])[0] != "en":
            continue
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        articles.append(
            Article(
                id=key[:16],
                source=key,
                content_hash=key,
                language="en",
                blocks=[Block("paragraph", p) for p in paragraphs],
            )
        )
    return articles[:limit] if limit else articles


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the pool's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run(articles: list[Article], processes: int) -> tuple[float, float, list]:
    """Wall seconds, CPU seconds and the facts. CPU time is the figure that holds on a shared machine."""
    c0, t0 = _cpu(), time.perf_counter()
    facts = extract_facts(articles, n_process=processes)
    return time.perf_counter() - t0, _cpu() - c0, facts


def run_store(articles: list[Article]) -> tuple[float, float, int]:
    """The stage as ``crosswire ingest`` runs it: ``update_store`` on a fresh store, processes chosen
    automatically, reads and writes in the parent. Wall seconds, CPU seconds, worker processes used."""
    import tempfile

    from crosswire.facts import update_store
    from crosswire.facts.stage import auto_processes
    from crosswire.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        with store.transaction():
            for a in articles:
                store.add_article(a)
        c0, t0 = _cpu(), time.perf_counter()
        done = update_store(store).written
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
    assert done == len(articles), (done, len(articles))
    return wall, cpu, auto_processes(len(articles))


def russian_articles(limit: int | None = None) -> list[Article]:
    """BSNLP 2021's Russian documents as articles (title and text; paragraphs at line breaks)."""
    out = []
    for path in sorted((SHARED / "bench" / "bsnlp2021").glob("*/raw/ru/*")):
        lines = path.read_text(encoding="utf-8").splitlines()
        paragraphs = [p.strip() for p in lines[4:] if p.strip()]
        if paragraphs:
            out.append(
                Article(
                    id=path.name[:40],
                    source=str(path),
                    content_hash=path.name,
                    language="ru",
                    published=lines[2].strip() if len(lines) > 2 else None,
                    blocks=[Block("paragraph", p) for p in paragraphs],
                )
            )
    return out[:limit] if limit else out


def per_word(articles: list[Article]) -> tuple[float, int, int]:
    """CPU seconds, words and skipped articles of the facts stage on ``articles`` in this process."""
    c0 = _cpu()
    facts = extract_facts(articles, n_process=1)
    return _cpu() - c0, sum(a.word_count for a in articles), sum(1 for f in facts if f.skipped)


def russian_vs_english(limit: int | None) -> int:
    from crosswire.facts.languages import extract_article

    english, russian = load_articles(limit), russian_articles(limit)
    get_nlp()
    extract_article(russian[0], "ru")  # models loaded before timing, as in a long-running process
    en_cpu, en_words, en_skipped = per_word(english)
    ru_cpu, ru_words, ru_skipped = per_word(russian)
    for label, cpu, words, skipped in (
        ("English (baseline)", en_cpu, en_words, en_skipped),
        ("Russian", ru_cpu, ru_words, ru_skipped),
    ):
        print(
            f"  {label:<19}: {words} words, {cpu / words * 1e6:.0f} us CPU per word, {words / cpu:.0f} words/CPU-s"
            f" ({skipped} skipped)"
        )
    print(f"  Russian / English words per CPU-s: {(ru_words / ru_cpu) / (en_words / en_cpu):.2f}")
    return 0


def check_pos(articles: list[Article]) -> dict:
    """Agreement of the fast POS/lemma component with the model's own attribute_ruler + lemmatizer."""
    import spacy

    from crosswire.facts import fastpos
    from crosswire.facts.nlp import MODEL_NAMES

    texts = [b.text for a in articles for b in a.blocks]
    full = fast = None
    for name in MODEL_NAMES:
        try:
            full, fast = spacy.load(name), get_nlp()
            break
        except OSError:
            continue
    tokens = pos_same = verbs = lemma_same = ents_same = 0
    for a, b in zip(full.pipe(texts, batch_size=256), fast.pipe(texts, batch_size=256), strict=True):
        ents_same += [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        for x, y in zip(a, b, strict=True):
            tokens += 1
            pos_same += x.pos_ == y.pos_
            if x.pos_ in ("VERB", "AUX"):
                verbs += 1
                lemma_same += x.lemma_.lower() == fastpos.lemma(y)
    return {
        "tokens": tokens,
        "pos_agreement": round(pos_same / tokens, 5),
        "verbs": verbs,
        "verb_lemma_agreement": round(lemma_same / max(1, verbs), 5),
        "paragraphs_with_same_entities": round(ents_same / max(1, len(texts)), 5),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--russian", action="store_true", help="Russian facts per word against English, same run")
    ap.add_argument(
        "--check-pos", action="store_true", help="compare the fast POS/lemma component with spaCy's own rule components"
    )
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}", file=sys.stderr)
        return 1
    if args.russian:
        return russian_vs_english(args.limit)
    articles = load_articles(args.limit)
    if args.check_pos:
        agreement = check_pos(articles)
        print(
            json.dumps(agreement, indent=2)
            if args.json
            else f"fast POS vs spaCy attribute_ruler+lemmatizer on {agreement['tokens']} tokens: POS"
            f" {agreement['pos_agreement']:.2%}, verb lemmas {agreement['verb_lemma_agreement']:.2%},"
            f" paragraphs with identical entities {agreement['paragraphs_with_same_entities']:.2%}"
        )
        return 0
    words = [a.word_count for a in articles]
    get_nlp()  # the baseline is timed with the model already loaded, as in a long-running process
    base_s, base_cpu, facts = run(articles, 1)
    multi_s, multi_cpu, _ = run(articles, args.processes)
    store_s, store_cpu, store_processes = run_store(articles)
    load = os.getloadavg()[0]
    counts = {k: sum(len(getattr(f, k)) for f in facts) for k in ("entities", "quotes", "figures", "dates", "events")}
    result = {
        "articles": len(articles),
        "mean_words": round(statistics.mean(words), 1),
        "baseline_1_process_articles_per_s": round(len(articles) / base_s, 2),
        f"{args.processes}_processes_articles_per_s": round(len(articles) / multi_s, 2),
        "speedup": round(base_s / multi_s, 2),
        "cpu_seconds_per_article_1_process": round(base_cpu / len(articles), 4),
        "cpu_seconds_per_article_multi": round(multi_cpu / len(articles), 4),
        # What the same work gives on idle cores: one article per CPU-second figure, per core.
        f"idle_{args.processes}_core_estimate_articles_per_s": round(args.processes * len(articles) / multi_cpu, 2),
        f"update_store_{store_processes}_processes_articles_per_s": round(len(articles) / store_s, 2),
        "cpu_seconds_per_article_update_store": round(store_cpu / len(articles), 4),
        "load_average_during_run": round(load, 2),
        "floor_articles_per_s": FLOOR,
        "meets_floor": len(articles) / multi_s >= FLOOR,
        "items": counts,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"facts stage on {result['articles']} articles (mean {result['mean_words']} words)")
        print(f"  baseline, 1 process : {result['baseline_1_process_articles_per_s']:.1f} articles/s")
        multi = result[f"{args.processes}_processes_articles_per_s"]
        print(
            f"  {args.processes} processes         : {multi:.1f} articles/s"
            f" (x{result['speedup']}; floor {FLOOR:.0f}: {'met' if result['meets_floor'] else 'NOT met'})"
        )
        print(
            f"  CPU per article     : {result['cpu_seconds_per_article_1_process'] * 1000:.0f} ms (1 process),"
            f" {result['cpu_seconds_per_article_multi'] * 1000:.0f} ms ({args.processes} processes, with start-up)"
        )
        idle = result[f"idle_{args.processes}_core_estimate_articles_per_s"]
        print(f"  idle {args.processes}-core estimate: {idle:.1f} articles/s (load average during the run {load:.1f})")
        print(
            f"  update_store        : {len(articles) / store_s:.1f} articles/s ({store_processes} processes, store"
            f" writes in the parent; CPU {store_cpu / len(articles) * 1000:.0f} ms per article)"
        )
        print("  items: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
