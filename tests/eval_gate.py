"""The eval gate: the project's quality figures, recomputed in CI and held against pinned floors.

In the manner of trafilatura's ``tests/eval_gate.py`` (the benchmark re-run in CI, failing below a pinned floor),
with three additions. The floors live in ``tests/floors.json``, each with the corpus it was measured on and a
sha256 digest of that corpus's files, so a floor is only ever checked against the data it was set on: a changed
or missing corpus fails the gate with a message that says which, and is never skipped. Each figure has a noise
margin (the gate fails below floor − margin). And floors are moved only by the update command, which raises
them to what it measures and refuses to lower one unless given a reason, which it records in the file::

    .venv/bin/python -m pytest tests/test_eval_gate.py                          # the gate (~1 min, one core)
    .venv/bin/python -m pytest tests/test_eval_gate.py --update-floors          # re-measure, raise floors
    .venv/bin/python -m pytest tests/test_eval_gate.py --update-floors --allow-lower "REASON"

(The update is a pytest option, as pytest-regressions' ``--force-regen`` is, because the measures import the
benchmarks from ``bench/`` and the tests' scorers from ``tests/``, which pytest's configuration puts on the path.)

This module only runs measures: every figure comes from the benchmark scripts' measuring functions
(``bench/extraction.py``, ``bench/clustering.py``, ``bench/compare.py``), the tests' scorers
(``tests/test_facts_seeds.py``) and the project's public functions. Figures are fractions in [0, 1] rounded
to four places; a measure returns ``{figure name: value}``.
"""

from __future__ import annotations

import datetime
import gzip
import hashlib
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FLOORS_FILE = Path(__file__).with_name("floors.json")
ROOTS = {"repo": REPO, "shared": SHARED}
UPDATE_COMMAND = "python -m pytest tests/test_eval_gate.py --update-floors"
# Every ../shared path that some test reads (and skips without): in CI all must be present.
SHARED_NEEDED = (
    "seeds",
    "gold/seeds-cleaning.json",
    "bench/article-extraction/ground-truth.json",
    "bench/article-extraction/fulltext",
    "bench/article-extraction/html",
    "bench/ecbplus/ECB+",
    "bench/googlenews-ts/GoogleNews-TS.jsonl",
)
Figures = dict[str, float]


class CorpusError(Exception):
    """A measure's corpus is missing, or differs from the one its floors were measured on."""


class FloorLowered(Exception):
    """The update would lower (or drop) a floor and no reason was given."""


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


# -- corpora ------------------------------------------------------------------------------------------------
def corpus_files(patterns: tuple[str, ...]) -> list[tuple[str, Path]]:
    """``(label, path)`` for every file the patterns match, sorted by label (``root/relative/posix/path``).

    Raises :class:`CorpusError` when a root is missing or a pattern matches no file."""
    found: set[tuple[str, Path]] = set()
    for pattern in patterns:
        label, _, relative = pattern.partition("/")
        root = ROOTS[label]
        if not root.is_dir():
            raise CorpusError(f"{root} is missing (the eval gate reads {pattern} there)")
        hits = [p for p in root.glob(relative) if p.is_file()]
        if not hits:
            raise CorpusError(f"no file matches {pattern} under {root}")
        found.update((f"{label}/{p.relative_to(root).as_posix()}", p) for p in hits)
    return sorted(found)


def corpus_digest(patterns: tuple[str, ...]) -> dict[str, Any]:
    """``{"files": [...patterns], "count": n, "sha256": hex}``: the sha256 of every matched file's label and
    sha256 (bytes as stored, so a changed line ending counts as a change). Raises :class:`CorpusError`."""
    outer = hashlib.sha256()
    files = corpus_files(patterns)
    for label, path in files:
        outer.update(f"{label}\0{hashlib.sha256(path.read_bytes()).hexdigest()}\n".encode())
    return {"files": list(patterns), "count": len(files), "sha256": outer.hexdigest()}


def corpus_problem(measure: Measure, pinned: dict[str, Any]) -> str | None:
    """Why ``measure``'s floors cannot be checked on the corpus present now, or ``None`` when they can."""
    try:
        now = corpus_digest(measure.corpus)
    except CorpusError as exc:
        return (
            f"{measure.name}: corpus missing: {exc}. The eval gate is never skipped: put the shared data at "
            f"{SHARED} (next to the repository) or deselect the gate explicitly with -m 'not slow'."
        )
    if now != pinned["corpus"]:
        return (
            f"{measure.name}: the corpus differs from the one its floors were measured on "
            f"(pinned {pinned['corpus']['count']} files, sha256 {pinned['corpus']['sha256'][:12]}; "
            f"now {now['count']} files, sha256 {now['sha256'][:12]}; patterns {now['files']}). "
            f"If the change is deliberate, re-measure: {UPDATE_COMMAND}"
        )
    return None


# -- measures -----------------------------------------------------------------------------------------------
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


_RESULTS: dict[str, tuple[Figures, float]] = {}


def measured(name: str) -> tuple[Figures, float]:
    """The figures of measure ``name`` and the wall seconds they took; each measure runs once per process."""
    if name not in _RESULTS:
        t0 = time.perf_counter()
        figures = MEASURES[name].run()
        _RESULTS[name] = (figures, time.perf_counter() - t0)
    return _RESULTS[name]


def measured_so_far() -> dict[str, tuple[Figures, float]]:
    """The measures already run in this process, in run order (for the end-of-run summary)."""
    return dict(_RESULTS)


# -- floors -------------------------------------------------------------------------------------------------
def load_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    """``floors.json`` as a dict: ``{"about", "measures": {name: {"what", "corpus", "floors": {figure:
    {"floor", "margin"}}}}, "lowered": [...]}``."""
    return json.loads(path.read_text("utf-8"))


def below_floor(value: float, floor: float, margin: float) -> bool:
    """Whether ``value`` fails the floor: below ``floor - margin`` (with a hair for float rounding)."""
    return value < floor - margin - 1e-9


def update_floors(
    pinned: dict[str, Any], fresh: dict[str, Figures], allow_lower: str | None, today: str | None = None
) -> tuple[dict[str, Any], list[str]]:
    """New floors from fresh measurements ``{measure: figures}`` and a line of what changed per figure.

    A figure at or above its floor becomes the new floor; one below the floor but within its margin keeps the
    old floor (noise never lowers a floor); one below floor − margin, a figure no longer measured or a measure
    dropped is a lowering, refused with :class:`FloorLowered` unless ``allow_lower`` gives the reason, which is
    recorded under ``"lowered"`` with the date. Corpus digests are taken afresh (raises :class:`CorpusError`).
    """
    today = today or datetime.date.today().isoformat()
    out: dict[str, Any] = {
        "about": pinned.get("about", ABOUT),
        "measures": {},
        "lowered": list(pinned.get("lowered", [])),
    }
    lines, refused = [], []
    old_measures = pinned.get("measures", {})
    for name in sorted(set(old_measures) - set(fresh)):
        refused.append(f"{name}: measure dropped")
        dropped = {f: v["floor"] for f, v in old_measures[name]["floors"].items()}
        out["lowered"].append({"date": today, "measure": name, "figure": "*", "from": dropped, "to": None})
    for name, figures in fresh.items():
        measure, old = MEASURES[name], old_measures.get(name, {"floors": {}})
        entry = {"what": measure.what, "corpus": corpus_digest(measure.corpus), "floors": {}}
        if old.get("corpus") and old["corpus"] != entry["corpus"]:
            lines.append(f"{name}: corpus re-pinned ({entry['corpus']['count']} files)")
        for figure in sorted(set(old["floors"]) - set(figures)):
            refused.append(f"{name} {figure}: no longer measured")
            out["lowered"].append(
                {"date": today, "measure": name, "figure": figure, "from": old["floors"][figure]["floor"], "to": None}
            )
        for figure, value in figures.items():
            prev = old["floors"].get(figure)
            margin = prev["margin"] if prev else measure.margin
            floor = value
            if prev is None:
                lines.append(f"{name} {figure}: pinned at {value:.4f}")
            elif value >= prev["floor"]:
                lines.append(f"{name} {figure}: {prev['floor']:.4f} -> {value:.4f}")
            elif not below_floor(value, prev["floor"], margin):
                floor = prev["floor"]
                lines.append(f"{name} {figure}: kept {floor:.4f} (measured {value:.4f}, within the margin {margin})")
            else:
                refused.append(f"{name} {figure}: {prev['floor']:.4f} -> {value:.4f}")
                out["lowered"].append(
                    {"date": today, "measure": name, "figure": figure, "from": prev["floor"], "to": value}
                )
            entry["floors"][figure] = {"floor": floor, "margin": margin}
        out["measures"][name] = entry
    if refused:
        if not allow_lower:
            raise FloorLowered(
                "refusing to lower floors: " + "; ".join(refused) + ". If this is deliberate, say why: "
                f'{UPDATE_COMMAND} --allow-lower "REASON"'
            )
        for row in out["lowered"][len(pinned.get("lowered", [])) :]:
            row["reason"] = allow_lower
        lines += [f"LOWERED {r} ({allow_lower})" for r in refused]
    return out, lines


def write_floors(floors: dict[str, Any], path: Path = FLOORS_FILE) -> None:
    """Write ``floors`` as indented JSON with one line per figure (``{"floor": f, "margin": m}``)."""
    text = json.dumps(floors, indent=2, ensure_ascii=False)
    text = re.sub(r'\{\s+"floor": ([^,\s]+),\s+"margin": ([^\s]+)\s+\}', r'{"floor": \1, "margin": \2}', text)
    path.write_text(text + "\n", encoding="utf-8")


ABOUT = (
    "Quality floors of the eval gate (tests/eval_gate.py, checked by tests/test_eval_gate.py). Each measure "
    "names the corpus it was measured on (glob patterns under repo/ or shared/ = ../shared) with the sha256 of "
    "its files; each figure has a floor and a noise margin, and the gate fails below floor - margin or when "
    "the corpus is missing or differs. Do not edit floors by hand: run "
    "`python -m pytest tests/test_eval_gate.py --update-floors`, which raises floors and refuses to lower one "
    "without --allow-lower REASON (recorded under 'lowered')."
)
