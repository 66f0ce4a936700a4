"""Stories across languages: pairwise same-story F1 on SemEval-2022 Task 8, crosswire against two baselines.

Data (read from ``../shared/bench/semeval2022-t8/training_set.csv``, never copied): 1,283 pairs of news articles
in 10 languages, each with both texts and a human ``Overall`` similarity from 1 (the same story) to 4. Pairs
whose ``pair_id`` carries a language suffix ("1484039360it_1484180228it") are machine translations of an
original pair; the headline figures are on the **original** pairs, the translated ones are reported apart.

Labels, strictly (the issue's rule): ``Overall <= 1.5`` the same story, ``>= 2.5`` different; the pairs in
between are left out. The positive class is "same story"; F1 is over the labelled pairs.

Split: articles are grouped by the numeric ids the pairs share (union-find, a translated pair joins its
original), and the groups are dealt alternately, in order of their smallest id, into a **tune** half and a
**report** half, so no article (nor its translation) is in both. Every threshold is chosen on the tune half
(the one that maximises F1 on all its labelled pairs, ties to the higher threshold); the figures are the report
half's.

How each system decides a pair, all on the same documents (the pair's two texts; the first line is not split off
as a title because a third of the texts run title and body together):

* **crosswire** -- the incremental story clusterer (:class:`crosswire.stories.cluster.Clusterer`, the shipped
  :data:`~crosswire.stories.config.DEFAULT_CONFIG`): the first article starts a story, the second joins it or
  starts another; the pair is "same" when it joins. Document frequencies (TF-IDF) are those of every article
  of the half, loaded before the pair, as they would be in a store that holds the half. The article's language
  is the dataset's (``lang1``/``lang2``), as the cleaner's language id gives it in the product.
* **TF-IDF agglomerative** -- sublinear TF-IDF fitted on the half's documents (no stop words: ten languages),
  average-linkage agglomerative clustering of the two documents on cosine distance, cut at a distance tuned on
  the tune half (for two documents: the pair is "same" when their cosine distance is within the cut). The
  baseline of ``bench/clustering.py``.
* **pairwise embedding** -- cosine of the two documents' multilingual USE embeddings (the same 40-word lead
  crosswire embeds) at or above a threshold tuned on the tune half.

    .venv/bin/python bench/semeval.py [--json] [--tune]

``--tune`` prints the per-language-group thresholds the tune half chooses for crosswire (see
:mod:`crosswire.stories.config`), without touching the report half.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

import shared_dir
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, Config, GroupRule, language_group
from crosswire.stories.features import DocFeatures, featurize
from crosswire.stories.state import StoryState
from crosswire.stories.text import heuristic_entities

SHARED = shared_dir.SHARED
CSV = SHARED / "bench" / "semeval2022-t8" / "training_set.csv"
SAME_MAX, DIFF_MIN = 1.5, 2.5
_SIDE = re.compile(r"^(\d+)([a-z]*)$")


@dataclass(slots=True)
class Pair:
    id: str
    lang1: str
    lang2: str
    doc1: int  # index into the document list
    doc2: int
    same: bool
    translated: bool
    group: int = 0  # component of shared article ids

    @property
    def langs(self) -> str:
        return f"{self.lang1}-{self.lang2}"

    @property
    def cross(self) -> bool:
        return self.lang1 != self.lang2


@dataclass(slots=True)
class Doc:
    key: str
    text: str
    lang: str


def load(path: Path = CSV) -> tuple[list[Pair], list[Doc]]:
    """Strictly labelled pairs and their distinct documents (identical texts are one document)."""
    pairs: list[Pair] = []
    docs: list[Doc] = []
    index: dict[str, int] = {}

    def doc(text: str, lang: str) -> int:
        key = f"{lang}:{text}"
        if key not in index:
            index[key] = len(docs)
            docs.append(Doc(key=key, text=text, lang=lang))
        return index[key]

    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            overall = float(row["Overall"])
            if SAME_MAX < overall < DIFF_MIN:
                continue
            a, b = row["pair_id"].split("_")
            pairs.append(
                Pair(
                    id=row["pair_id"],
                    lang1=row["lang1"],
                    lang2=row["lang2"],
                    doc1=doc(row["text1"], row["lang1"]),
                    doc2=doc(row["text2"], row["lang2"]),
                    same=overall <= SAME_MAX,
                    translated=bool(_SIDE.match(a).group(2) or _SIDE.match(b).group(2)),  # type: ignore[union-attr]
                )
            )
    _group(pairs)
    return pairs, docs


def _group(pairs: list[Pair]) -> None:
    """Number the components of article ids shared between pairs (a translated pair joins its original)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        a, b = (re.sub(r"[a-z]", "", s) for s in p.id.split("_"))
        parent[find(a)] = find(b)
    roots = sorted({find(re.sub(r"[a-z]", "", p.id.split("_")[0])) for p in pairs}, key=int)
    number = {r: i for i, r in enumerate(roots)}
    for p in pairs:
        p.group = number[find(re.sub(r"[a-z]", "", p.id.split("_")[0]))]


def halves(pairs: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    """(tune, report): components dealt alternately by their smallest id."""
    return [p for p in pairs if p.group % 2 == 0], [p for p in pairs if p.group % 2 == 1]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def features(docs: list[Doc], config: Config = DEFAULT_CONFIG) -> list[DocFeatures]:
    return featurize(
        [str(i) for i in range(len(docs))],
        [None] * len(docs),
        [paragraphs(d.text) for d in docs],
        [None] * len(docs),
        [heuristic_entities(d.text) for d in docs],
        config,
        languages=[d.lang for d in docs],
    )


# -- scores --------------------------------------------------------------------------------------------------
def f1(decided: list[bool], gold: list[bool]) -> dict[str, float | int]:
    tp = sum(d and g for d, g in zip(decided, gold, strict=True))
    fp = sum(d and not g for d, g in zip(decided, gold, strict=True))
    fn = sum(g and not d for d, g in zip(decided, gold, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "pairs": len(gold),
        "same": sum(gold),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def _background(feats: list[DocFeatures], ids: set[int], config: Config) -> Clusterer:
    """A clusterer whose document frequencies are those of the half's documents (no stories)."""
    cl = Clusterer(config)
    for i in sorted(ids):
        cl._count_df(feats[i].tf)
    cl.df_dirty.clear()
    return cl


def crosswire_scores(pairs: list[Pair], feats: list[DocFeatures], config: Config) -> list[tuple[float, str]]:
    """For each pair: the score of the second article against a story of the first
    (:meth:`Clusterer.score`, shifted by its group's threshold) and that language group
    (:func:`~crosswire.stories.config.language_group`)."""
    ids = {p.doc1 for p in pairs} | {p.doc2 for p in pairs}
    bg = _background(feats, ids, config)
    out = []
    for p in pairs:
        first, doc = feats[p.doc1], feats[p.doc2]
        story = StoryState(id="s", seq=0, touched=0)
        bg._absorb(story, first, bg.tfidf(first.tf))
        vec = bg.tfidf(doc.tf)
        group = language_group([doc.lang] if doc.lang else [], story.langs)
        out.append((bg.score(doc, vec, story, float(story.unit @ doc.emb)), group))
    return out


def crosswire_decisions(pairs: list[Pair], feats: list[DocFeatures], config: Config) -> list[bool]:
    """Run the clusterer itself on each pair (first article, then the second) over the half's frequencies."""
    ids = {p.doc1 for p in pairs} | {p.doc2 for p in pairs}
    bg = _background(feats, ids, config)
    out = []
    for p in pairs:
        cl = Clusterer(config)
        cl.df, cl.n_docs = bg.df.copy(), bg.n_docs
        first = cl.assign(replace(feats[p.doc1], id="a"))
        second = cl.assign(replace(feats[p.doc2], id="b"))
        out.append(second.story_id == first.story_id)
    return out


def tfidf_distances(pairs: list[Pair], docs: list[Doc]) -> list[float]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted({p.doc1 for p in pairs} | {p.doc2 for p in pairs})
    row = {d: i for i, d in enumerate(ids)}
    x = TfidfVectorizer(sublinear_tf=True, min_df=1).fit_transform([docs[i].text for i in ids])
    return [1.0 - float(x[row[p.doc1]].multiply(x[row[p.doc2]]).sum()) for p in pairs]


def embedding_sims(pairs: list[Pair], feats: list[DocFeatures]) -> list[float]:
    return [float(np.dot(feats[p.doc1].emb, feats[p.doc2].emb)) for p in pairs]


GRID = [round(0.02 * i, 2) for i in range(51)]
FINE_GRID = [round(0.01 * i, 2) for i in range(101)]


def best_cut(values: list[float], gold: list[bool], *, below: bool, grid: list[float] = GRID) -> float:
    """The threshold with the best F1 ("same" when value <= t if ``below`` else value >= t), ties higher."""

    def score(t: float) -> float:
        decided = [v <= t if below else v >= t for v in values]
        return float(f1(decided, gold)["f1"])

    return max(grid, key=lambda t: (score(t), t))


# -- report -------------------------------------------------------------------------------------------------
def breakdown(pairs: list[Pair], decided: list[bool]) -> dict[str, dict]:
    """F1 on the original pairs (all, same-language, cross-language, by language pair) and on the translated."""
    rows: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pairs):
        if p.translated:
            rows["translated: all"].append(i)
            rows[f"translated: {'cross' if p.cross else 'same'}-language"].append(i)
            rows[f"translated: {p.langs}"].append(i)
        else:
            rows["original: all"].append(i)
            rows[f"original: {'cross' if p.cross else 'same'}-language"].append(i)
            rows[f"original: {p.langs}"].append(i)
        rows["all pairs: all"].append(i)
        rows[f"all pairs: {'cross' if p.cross else 'same'}-language"].append(i)
    return {k: f1([decided[i] for i in v], [pairs[i].same for i in v]) for k, v in sorted(rows.items())}


def run(tune_only: bool = False) -> dict:
    pairs, docs = load()
    tune, report = halves(pairs)
    t0 = time.perf_counter()
    feats = features(docs)
    t_feat = time.perf_counter() - t0
    out: dict = {"pairs": {"tune": len(tune), "report": len(report)}, "documents": len(docs)}
    if tune_only:
        out["tuned"] = tune_groups(tune, feats)
        return out
    gold_t = [p.same for p in tune]
    t_cut = best_cut(tfidf_distances(tune, docs), gold_t, below=True)
    e_cut = best_cut(embedding_sims(tune, feats), gold_t, below=False)
    t0 = time.perf_counter()
    systems = {
        "crosswire": crosswire_decisions(report, feats, DEFAULT_CONFIG),
        "tfidf agglomerative": [d <= t_cut for d in tfidf_distances(report, docs)],
        "pairwise embedding": [s >= e_cut for s in embedding_sims(report, feats)],
    }
    out["seconds"] = {"features": round(t_feat, 1), "systems": round(time.perf_counter() - t0, 1)}
    out["baseline_thresholds"] = {"tfidf_distance": t_cut, "embedding_cosine": e_cut}
    out["report"] = {name: breakdown(report, dec) for name, dec in systems.items()}
    out["tune_half_crosswire"] = breakdown(tune, crosswire_decisions(tune, feats, DEFAULT_CONFIG))
    return out


TUNE_GRID = {
    "same": [(long, wt, wn) for long in (False, True) for wt in (0.0, 0.15, 0.3) for wn in (0.0, 0.15, 0.3, 0.5)],
    "cross": [(long, 0.0, wn) for long in (False, True) for wn in (0.0, 0.15, 0.3, 0.5)],
}


def tune_groups(tune: list[Pair], feats: list[DocFeatures]) -> dict[str, list[dict]]:
    """For the ``same`` and ``cross`` language groups: every rule of :data:`TUNE_GRID` with the threshold that
    maximises F1 on the tune half's pairs of that group, best first (ties: the higher threshold, then the
    grid's order). The English group keeps its ECB+-tuned rule."""
    result: dict[str, list[dict]] = {}
    for group, grid in TUNE_GRID.items():
        rows = []
        for long, wt, wn in grid:
            rule = GroupRule(long_embedding=long, tfidf_weight=wt, ent_weight=wn, threshold=DEFAULT_CONFIG.threshold)
            cfg = replace(DEFAULT_CONFIG, **{"same_language" if group == "same" else "cross_language": rule})
            scored = [(v, p) for (v, g), p in zip(crosswire_scores(tune, feats, cfg), tune, strict=True) if g == group]
            values, gold = [v for v, _ in scored], [p.same for _, p in scored]
            cut = best_cut(values, gold, below=False, grid=FINE_GRID)
            rows.append(
                {
                    "long_embedding": long,
                    "tfidf_weight": wt,
                    "ent_weight": wn,
                    "threshold": cut,
                    **f1([v >= cut for v in values], gold),
                }
            )
        rows.sort(key=lambda r: (-r["f1"], -r["threshold"]))
        result[group] = rows
    return result


def _print(out: dict) -> None:
    print(
        f"documents {out['documents']}, strictly labelled pairs: tune {out['pairs']['tune']}, "
        f"report {out['pairs']['report']}"
    )
    if "tuned" in out:
        for group, rows in out["tuned"].items():
            for r in rows[:5]:
                print(
                    f"  {group:6s} long {r['long_embedding']!s:5s} tfidf {r['tfidf_weight']:.2f} "
                    f"entities {r['ent_weight']:.2f} threshold {r['threshold']:.2f}  F1 {r['f1']:.4f} "
                    f"({r['pairs']} pairs, {r['same']} same)"
                )
        return
    print(f"baseline thresholds (tune half): {out['baseline_thresholds']}; seconds {out['seconds']}")
    names = list(out["report"])
    print(f"{'report half':32s}" + "".join(f"{n:>22s}" for n in names) + "   pairs (same)")
    for row, r in out["report"][names[0]].items():
        cells = "".join(f"{out['report'][n][row]['f1']:22.4f}" for n in names)
        print(f"{row:32s}{cells}   {r['pairs']} ({r['same']})")
    t = out["tune_half_crosswire"]
    print(
        f"tune half, crosswire: original all {t['original: all']['f1']:.4f}, "
        f"cross-language {t['original: cross-language']['f1']:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--tune", action="store_true")
    args = ap.parse_args(argv)
    if not CSV.is_file():
        print(f"{CSV}: missing (the SemEval-2022 Task 8 pairs are read from ../shared)", file=sys.stderr)
        return 1
    out = run(tune_only=args.tune)
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        _print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
