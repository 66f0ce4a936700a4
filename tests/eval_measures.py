"""The eval gate's measures: each runs a benchmark's measuring function and returns its quality figures.

Every figure comes from the benchmark scripts' measuring functions (``bench/extraction.py``,
``bench/clustering.py``, ``bench/compare.py``, imported from ``bench/`` through pytest's ``pythonpath``), the
tests' scorers (``score_quotes`` in ``tests/test_facts_seeds.py``) and the project's public functions; nothing
here re-implements what they compute. A measure returns ``{figure name: value}``, values being fractions in
[0, 1] rounded to four places. The gate itself (corpus digests, floors, the update) is ``tests/eval_gate.py``.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
Figures = dict[str, float]


@dataclass(frozen=True, slots=True)
class Measure:
    """One measurement: a function returning figures, the files it reads and the default noise margin.

    ``corpus`` holds glob patterns whose first path component names a root, ``repo`` (this repository) or
    ``shared`` (``../shared``), e.g. ``shared/seeds/*.txt``. ``margin`` is the margin a newly pinned figure gets
    (in the figure's own unit); ``floors.json`` holds the margin in force and may be edited by hand.
    """

    name: str
    what: str
    corpus: tuple[str, ...]
    run: Callable[[], Figures]
    margin: float


def _rounded(figures: dict[str, float]) -> Figures:
    return {k: round(float(v), 4) for k, v in figures.items()}


def extraction_text() -> Figures:
    """bench/extraction.py's text-cleaner row: body P/R/F1 (word 4-gram shingles) on the 181 fulltext pages."""
    import extraction

    inputs = [(k, (extraction.DATA / "fulltext" / f"{k}.txt").read_text("utf-8"), t) for k, t in extraction.load()]
    row = extraction.run("crosswire text cleaner", extraction.crosswire_text, inputs)
    return _rounded({k: row[k] for k in ("precision", "recall", "f1")})


def extraction_html() -> Figures:
    """bench/extraction.py's HTML-cleaner row: body P/R/F1 on the same 181 pages as HTML."""
    import extraction

    inputs = [
        (k, gzip.decompress((extraction.DATA / "html" / f"{k}.html.gz").read_bytes()).decode("utf-8", "replace"), t)
        for k, t in extraction.load()
    ]
    row = extraction.run("crosswire HTML cleaner", extraction.crosswire_html, inputs)
    return _rounded({k: row[k] for k in ("precision", "recall", "f1")})


def seeds_cleaning() -> Figures:
    """The text cleaner on the two seed pages against the human line labels (../shared/gold): precision and
    recall of the body paragraphs (whitespace-normalised lines, as multisets), and the share of the lines
    labelled boilerplate, caption or credit that the cleaner removed and audited (``Article.removed``)."""
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    gold = json.loads((SHARED / "gold" / "seeds-cleaning.json").read_text("utf-8"))["articles"]
    kept = wanted = matched = noise = dropped = 0
    for entry in gold:
        text = (SHARED / "seeds" / entry["file"]).read_text("utf-8")
        article = clean_document(RawDocument(source=entry["file"], kind="text", content=text, content_type="text"))
        got = Counter(article.paragraphs)
        want = Counter(" ".join(ln["text"].split()) for ln in entry["lines"] if ln["label"] == "body")
        kept, wanted, matched = kept + got.total(), wanted + want.total(), matched + (got & want).total()
        removed = {r.line for r in article.removed}
        noise_lines = [ln for ln in entry["lines"] if ln["label"] in ("boilerplate", "caption", "credit")]
        noise, dropped = noise + len(noise_lines), dropped + sum(ln["line"] in removed for ln in noise_lines)
    return _rounded(
        {"body_precision": matched / kept, "body_recall": matched / wanted, "noise_removed": dropped / noise}
    )


def _quote_scores(articles: list[Any], gold: dict[str, list[dict[str, Any]]]) -> Figures:
    """Direct and partial quotes with their speakers, scored by tests/test_facts_seeds.py's ``score_quotes``."""
    from crosswire.facts import extract_facts
    from test_facts_seeds import score_quotes

    correct = found = required = 0
    for article, facts in zip(articles, extract_facts(articles), strict=True):
        c, n, r = score_quotes(facts, gold[article.source])
        correct, found, required = correct + c, found + n, required + r
    return _rounded({"precision": correct / max(1, found), "recall": correct / max(1, required)})


def seed_quotes() -> Figures:
    """Quotes with speakers in the two seed articles against tests/fixtures/facts/seed-quotes.json."""
    from crosswire.clean import clean_document
    from crosswire.model import RawDocument

    gold = json.loads((REPO / "tests" / "fixtures" / "facts" / "seed-quotes.json").read_text("utf-8"))
    articles = []
    for name in sorted(k for k in gold if not k.startswith("_")):
        text = (SHARED / "seeds" / name).read_text("utf-8")
        article = clean_document(RawDocument(source=name, kind="text", content=text, content_type="text"))
        article.published = article.published or "2020-09-14"  # the seeds' day, as the facts tests set it
        articles.append(article)
    return _quote_scores(articles, gold)


def fixture_quotes() -> Figures:
    """Quotes with speakers in the short test articles of tests/fixtures/facts/articles.json (other house
    styles than the seeds), scored as the seed quotes are."""
    from crosswire.model import Article, Block

    data = json.loads((REPO / "tests" / "fixtures" / "facts" / "articles.json").read_text("utf-8"))["articles"]
    articles = [
        Article(
            id=a["id"],
            source=a["id"],
            content_hash=a["id"],
            title=a["title"],
            published=a["published"],
            language="en",
            blocks=[Block("paragraph", p) for p in a["paragraphs"]],
        )
        for a in data
    ]
    return _quote_scores(articles, {a["id"]: a["gold"]["quotes"] for a in data})


def compare_answer_keys() -> Figures:
    """bench/compare.py's quality run: figure conflicts and agreements, precision and recall, on the example
    corpus (examples/expected.json and its extra agreements) and on the ferry fixture story."""
    import compare

    with tempfile.TemporaryDirectory() as tmp:
        quality = compare.quality(Path(tmp))
    figures: dict[str, float] = {}
    for prefix, corpus in (("examples", "examples"), ("ferry", "ferry fixture")):
        scores = quality[corpus]["crosswire"]
        for kind in ("conflicts", "agreed"):
            figures[f"{prefix}_{kind}_precision"] = scores[kind]["precision"]
            figures[f"{prefix}_{kind}_recall"] = scores[kind]["recall"]
    figures["examples_single_source_recall"] = quality["examples"]["crosswire"]["single_source"]["recall"]
    return _rounded(figures)


def _alignment_halves(events: list[dict[str, Any]], halves: tuple[str, ...]) -> Figures:
    """bench/compare_alignment.py's comparison of ``events`` (gold events, each with its ``split``), scored per
    half: ``<half>_<figure>`` for each of ``compare_alignment.SUMMARY_FIGURES`` a half has (conflict precision has
    none where no conflict was claimed)."""
    import compare_alignment

    comparisons = compare_alignment.run_comparisons([e["id"] for e in events])
    figures: dict[str, float] = {}
    for half in halves:
        summary = compare_alignment.score(comparisons, [e for e in events if e["split"] == half])["summary"]
        figures.update(
            {f"{half}_{key}": summary[key] for key in compare_alignment.SUMMARY_FIGURES if summary[key] is not None}
        )
    return _rounded(figures)


def compare_claims() -> Figures:
    """bench/compare_alignment.py on the hand-built alignment gold: agreed precision, recall and citations
    backed, conflict precision and recall, single-source precision, per half (tune, report; the second set's
    tune2, report2) and on the seeds' event (annotated apart from every half)."""
    import alignment_data

    gold = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    return _alignment_halves(gold["events"], ("tune", "report", "tune2", "report2", "seeds"))


def compare_claims_multi() -> Figures:
    """bench/compare_alignment.py on the multilingual alignment gold (``bench/alignment/multi``: SemEval-2022
    Task 8 same-story pairs in de, es, fr, pl and de-en): the same six figures per half, ``mtune`` (development)
    and ``mreport`` (held out; its totals only)."""
    import compare_alignment

    events = [e for e in compare_alignment.load_gold(["mtune"])["events"] if e["split"] in ("mtune", "mreport")]
    return _alignment_halves(events, ("mtune", "mreport"))


def compare_claims_multi2() -> Figures:
    """bench/compare_alignment.py on the fourth set of the multilingual alignment gold (``bench/alignment/multi2``:
    BSNLP-2021 pairs in ru, uk, ru-uk, pl-ru, pl-uk and SemEval-2022 Task 8 pairs in de, es, pl; twelfth pass):
    the same six figures per half, ``mtune2`` (development) and ``mreport2`` (held out; its totals only)."""
    import compare_alignment

    events = [e for e in compare_alignment.load_gold(["mtune2"])["events"] if e["split"] in ("mtune2", "mreport2")]
    return _alignment_halves(events, ("mtune2", "mreport2"))


def _clustering(load: str) -> Figures:
    import clustering

    docs = getattr(clustering, load)()
    score = clustering.bcubed(clustering.run_crosswire(clustering.features(docs)), [d["gold"] for d in docs])
    return _rounded({k: score[k] for k in ("precision", "recall", "f1")})


def stories_ecb() -> Figures:
    """bench/clustering.py's crosswire row on ECB+: B-cubed P/R/F1 of the story clusterer (982 articles)."""
    return _clustering("load_ecb")


def stories_gnews() -> Figures:
    """bench/clustering.py's crosswire row on GoogleNews-TS: B-cubed P/R/F1 (11,109 snippets, ~35 s)."""
    return _clustering("load_gnews")


EXTRACTION = "shared/bench/article-extraction"
MEASURES: dict[str, Measure] = {
    m.name: m
    for m in (
        Measure(
            "extraction-text",
            "text cleaner, body P/R/F1 (word 4-gram shingles), 181 pre-scraped text pages",
            (f"{EXTRACTION}/ground-truth.json", f"{EXTRACTION}/fulltext/*.txt"),
            extraction_text,
            0.005,
        ),
        Measure(
            "extraction-html",
            "HTML cleaner, body P/R/F1 (word 4-gram shingles), the same 181 pages as HTML",
            (f"{EXTRACTION}/ground-truth.json", f"{EXTRACTION}/html/*.html.gz"),
            extraction_html,
            0.005,
        ),
        Measure(
            "seeds-cleaning",
            "text cleaner on the two seed pages: body lines P/R, noise lines removed, against human line labels",
            ("shared/seeds/*.txt", "shared/gold/seeds-cleaning.json"),
            seeds_cleaning,
            0.0,
        ),
        Measure(
            "facts-seed-quotes",
            "facts stage: direct and partial quotes with the right speaker, P/R, the two seed articles",
            ("shared/seeds/*.txt", "repo/tests/fixtures/facts/seed-quotes.json"),
            seed_quotes,
            0.0,
        ),
        Measure(
            "facts-fixture-quotes",
            "facts stage: direct and partial quotes with the right speaker, P/R, the facts test articles",
            ("repo/tests/fixtures/facts/articles.json",),
            fixture_quotes,
            0.0,
        ),
        Measure(
            "compare-answer-keys",
            "compare stage: figure conflicts and agreements P/R on the example corpus and the ferry fixture",
            (
                "repo/examples/corpus/*",
                "repo/examples/expected.json",
                "repo/tests/fixtures/compare/*",
                "shared/seeds/*.txt",
            ),
            compare_answer_keys,
            0.0,
        ),
        Measure(
            "compare-claims",
            "compare stage: claims agreed, in conflict and single-source against the hand-built alignment gold "
            "(35 real events in two halves, and the seeds)",
            (
                "repo/bench/alignment/gold.json",
                "repo/bench/alignment/events.json",
                "shared/bench/semeval2022-t8/training_set.csv",
                f"{EXTRACTION}/ground-truth.json",
                "shared/bench/ecbplus/ECB+/*/*.xml",
                "shared/gold/seeds-cleaning.json",
            ),
            compare_claims,
            0.01,  # an item whose pair scores sit at a bar may flip with another BLAS: about one in a hundred
        ),
        Measure(
            "compare-claims-multi",
            "compare stage: claims agreed, in conflict and single-source against the multilingual alignment gold "
            "(31 SemEval-2022 Task 8 same-story pairs in de, es, fr, pl and de-en, in two halves)",
            (
                "repo/bench/alignment/multi/gold.json",
                "repo/bench/alignment/multi/events.json",
                "shared/bench/semeval2022-t8/training_set.csv",
            ),
            compare_claims_multi,
            0.01,  # as compare-claims: an item whose pair scores sit at a bar may flip with another BLAS
        ),
        Measure(
            "compare-claims-multi2",
            "compare stage: claims agreed, in conflict and single-source against the multilingual alignment gold's "
            "fourth set (16 BSNLP-2021 and SemEval-2022 Task 8 same-event pairs in ru, uk, pl, de, es and across "
            "them, in two halves)",
            (
                "repo/bench/alignment/multi2/gold.json",
                "repo/bench/alignment/multi2/events.json",
                "shared/bench/semeval2022-t8/training_set.csv",
                "shared/bench/bsnlp2021/*/raw/*/*",
            ),
            compare_claims_multi2,
            0.01,  # as compare-claims: an item whose pair scores sit at a bar may flip with another BLAS
        ),
        Measure(
            "stories-ecb",
            "story clustering, B-cubed P/R/F1, ECB+ (982 articles, 86 events, shuffled with seed 0)",
            ("shared/bench/ecbplus/ECB+/*/*.xml",),
            stories_ecb,
            0.005,
        ),
        Measure(
            "stories-gnews",
            "story clustering, B-cubed P/R/F1, GoogleNews-TS (11,109 snippets, 152 stories, file order)",
            ("shared/bench/googlenews-ts/GoogleNews-TS.jsonl",),
            stories_gnews,
            0.005,
        ),
    )
}
