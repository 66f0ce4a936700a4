"""Fit the claim aligner's pair scorer on the *tune* halves of the alignment gold and write
``src/crosswire/data/claim_alignment.json``.

Every candidate pair of sentences from different documents of a tune event (``compare.claims.pairs``) is a
training example; it is positive when both sentences support one gold agreement (``bench/alignment/``). The
model is a logistic regression (scikit-learn, L2, C=1) over the features of ``FEATURES``, fitted on the pairs
of ``--splits`` (default ``tune``, as the shipped model was; ``tune,tune2`` fits on both tune halves); ``--cv``
first prints a cross-validation inside the ``tune`` half (folds by event: average precision of the pairs of
held-out events). Thresholds:

* ``agree``: the probability (on a 0.05 grid, ``--grid``) at which the comparison's agreed items reach
  precision >= ``--precision`` on the ``tune`` half with the most recall, scored as ``bench/compare_alignment.py``
  scores them (an item is right when it finds a gold agreement), i.e. the most agreement recall at that precision;
* ``related`` and ``conflict``: the same value: "only one source reports this" is said only when no other
  source's claim aligns, and values conflict only between sentences that align.

The report halves are never read here. Run it again after changing the features or the gold:

    .venv/bin/python bench/train_alignment.py [--precision 0.90] [--splits tune[,tune2]] [--cv] [--dry-run]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

import alignment_data
from compare_alignment import _articles, load_gold

REPO = Path(__file__).resolve().parents[1]
HELD_OUT = ("report", "report2", "mreport", "mreport2")  # never fitted on nor read item by item (PROTOCOL.md)


def examples(splits: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, int, list[str], np.ndarray]:
    """Feature rows and labels of every candidate pair of the splits' events; also the number of positive
    sentence pairs the candidate generation missed (a recall ceiling; their rows are appended, trained on though
    never proposed), each row's event id, and whether each row is a proposed candidate pair."""
    from crosswire.compare.claims.pairs import Neighbours, candidate_pairs, features, idf_weights
    from crosswire.compare.claims.units import build_units
    from crosswire.compare.stage import _stored_rows, load_story_data
    from crosswire.store import Store

    gold = load_gold(list(splits))
    events = {e["id"]: e for e in alignment_data.all_events()}
    xs: list[list[float]] = []
    ys: list[bool] = []
    groups: list[str] = []
    proposed: list[bool] = []
    missed = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "train.db") as store:
        for ge in gold["events"]:
            if ge["split"] not in splits:
                continue
            with store.transaction():
                for art in _articles(events[ge["id"]]):
                    store.add_article(art)
            ids = [f"{ge['id']}:{d['key']}" for d in ge["docs"]]
            units = build_units(load_story_data(store, _stored_rows(store, ids)))

            def support(u: Any, g: dict[str, Any]) -> bool:
                doc = u.article.rpartition(":")[2]
                return any(
                    a["doc"] == doc and u.claim.start < a["end"] and a["start"] < u.claim.end for a in g["support"]
                )

            def positive(u: Any, v: Any, ge: dict[str, Any] = ge) -> bool:
                return any(support(u, g) and support(v, g) for g in ge["agreed"])

            pairs = candidate_pairs(units)
            for p in pairs:
                xs.append(p.features)
                ys.append(positive(p.a, p.b))
                groups.append(ge["id"])
                proposed.append(True)
            seen = {(p.a.index, p.b.index) for p in pairs}
            idf = idf_weights(units)
            near = Neighbours(units)
            for u in units:
                for v in units[u.index + 1 :]:
                    if v.source != u.source and (u.index, v.index) not in seen and positive(u, v):
                        missed += 1
                        xs.append(features(u, v, idf, near))  # trained on, though never proposed
                        ys.append(True)
                        groups.append(ge["id"])
                        proposed.append(False)
    return np.array(xs), np.array(ys), missed, groups, np.array(proposed)


def cross_validate(x: np.ndarray, y: np.ndarray, groups: list[str], folds: int = 6) -> float:
    """Mean average precision of the pairs of held-out events over ``folds`` folds by event (the model fitted
    on the other events each time): how well the features rank unseen events' pairs."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import GroupKFold

    scores = []
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        model = LogisticRegression(C=1.0, max_iter=5000).fit(x[train], y[train])
        scores.append(average_precision_score(y[test], model.predict_proba(x[test])[:, 1]))
    return float(np.mean(scores))


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    return {
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), 6),
        "thresholds": {"agree": 0.5, "related": 0.5, "conflict": 0.5},
        "tune_pairs": {"examples": len(y), "positives": int(y.sum())},
    }


def choose_agree(fitted: dict[str, Any], precision: float, grid: list[float]) -> tuple[float, dict[str, Any]]:
    """The agreement threshold with the most tune recall at ``precision``, by running the comparison on the
    tune events with each threshold (the fitted weights in place of the shipped ones)."""
    import crosswire.compare.claims.align as aligner
    from compare_alignment import run_comparisons, score
    from crosswire.compare.claims.model import PairModel

    gold = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    tune = [e for e in gold["events"] if e["split"] == "tune"]
    shipped = aligner.load_model
    best: tuple[float, dict[str, Any]] | None = None
    try:
        for agree in grid:
            model = PairModel(tuple(fitted["weights"]), fitted["intercept"], agree, agree, agree)
            aligner.load_model = lambda model=model: model  # type: ignore[assignment]
            summary = score(run_comparisons([e["id"] for e in tune]), tune)["summary"]
            print(
                f"agree {agree:.2f}: tune P {summary['agreed_precision']} R {summary['agreed_recall']}", file=sys.stderr
            )
            if (summary["agreed_precision"] or 0) >= precision and (
                best is None or (summary["agreed_recall"] or 0) > (best[1]["agreed_recall"] or 0)
            ):
                best = (agree, summary)
    finally:
        aligner.load_model = shipped
    if best is None:
        raise SystemExit(f"no threshold reaches tune precision {precision}")
    return best


GBM_PARAMS: dict[str, Any] = {
    "max_depth": 3,
    "max_iter": 200,
    "learning_rate": 0.05,
    "early_stopping": False,
    "random_state": 0,
}  # agreed9's settings (bench/RESULTS-compare.md): out of fold they rank tune and tune2 pairs best


def fit_gbm(x: np.ndarray, y: np.ndarray, params: dict[str, Any] | None = None) -> Any:
    """A scikit-learn ``HistGradientBoostingClassifier`` fitted on the rows (:data:`GBM_PARAMS` unless given)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**(params or GBM_PARAMS)).fit(x, y)


def export_forest(model: Any, digits: int = 6) -> dict[str, Any]:
    """The trees of a fitted binary ``HistGradientBoostingClassifier`` as JSON (the shape
    :class:`crosswire.compare.claims.trees.Forest` reads): leaf values rounded to ``digits`` decimals, thresholds
    to ``digits`` significant digits. The rounded values are written back into ``model``, so the model and its
    export give the same probabilities (what ``tests/test_claim_trees.py`` checks)."""
    trees = []
    for per_iteration in model._predictors:
        if len(per_iteration) != 1:
            raise ValueError("only a binary classifier (one tree per iteration) is exported")
        nodes = per_iteration[0].nodes
        tree: list[list[float]] = []
        for i in range(len(nodes)):
            if nodes["is_leaf"][i]:
                value = round(float(nodes["value"][i]), digits)
                nodes["value"][i] = value
                tree.append([value])
                continue
            if nodes["is_categorical"][i]:
                raise ValueError("categorical splits are not exported")
            threshold = float(f"{float(nodes['num_threshold'][i]):.{digits}g}")
            nodes["num_threshold"][i] = threshold
            tree.append(
                [
                    int(nodes["feature_idx"][i]),
                    threshold,
                    int(nodes["left"][i]),
                    int(nodes["right"][i]),
                    int(nodes["missing_go_to_left"][i]),
                ]
            )
        trees.append(tree)
    return {"baseline": float(np.ravel(model._baseline_prediction)[0]), "trees": trees}


def forest_json(forest: dict[str, Any]) -> str:
    """The forest as compact JSON, one tree a line (a small, diffable file)."""
    lines = ",\n".join(json.dumps(t, separators=(",", ":")) for t in forest["trees"])
    return f'{{"baseline": {json.dumps(forest["baseline"])}, "trees": [\n{lines}\n]}}'


def quantile_scale(forest_p: np.ndarray, logistic_p: np.ndarray, knots: int = 401) -> dict[str, list[float]]:
    """The monotone map from the forest's probabilities to the logistic model's scale, by quantile matching over
    the same pairs: at each of ``knots`` evenly spaced quantile levels, the forest's quantile maps to the
    logistic model's. Knots of equal ``x`` (after rounding to 6 decimals) are merged, their ``y`` averaged, so
    ``x`` strictly increases and ``y`` never decreases."""
    levels = np.linspace(0.0, 1.0, knots)
    xs = np.round(np.quantile(forest_p, levels), 6)
    ys = np.quantile(logistic_p, levels)
    ux, inverse = np.unique(xs, return_inverse=True)
    uy = np.bincount(inverse, weights=ys) / np.bincount(inverse)
    return {"x": [float(v) for v in ux], "y": [round(float(v), 5) for v in uy]}


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: list[str], folds: int = 8) -> dict[str, np.ndarray]:
    """Each row's out-of-fold probability by the logistic model and by the forest, folds by event."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    out = {"logistic": np.zeros(len(y)), "gbm": np.zeros(len(y))}
    for train, test in GroupKFold(n_splits=folds).split(x, y, groups):
        lr = LogisticRegression(C=1.0, max_iter=5000).fit(x[train], y[train])
        out["logistic"][test] = lr.predict_proba(x[test])[:, 1]
        out["gbm"][test] = fit_gbm(x[train], y[train]).predict_proba(x[test])[:, 1]
    return out


def run_halves(scorer: Any, halves: tuple[str, ...], store_dir: Path) -> dict[str, dict[str, Any]]:
    """The comparison's summary per half (``bench/compare_alignment.py``'s scoring) with ``scorer`` as the pair
    model, in one store kept in ``store_dir`` (so facts are read once across calls)."""
    import crosswire.compare.claims.align as aligner
    from compare_alignment import score
    from crosswire.compare import compare_articles
    from crosswire.store import Store

    gold = load_gold(list(halves))
    events = {e["id"]: e for e in alignment_data.all_events()}
    shipped = aligner.load_model
    aligner.load_model = lambda: scorer  # type: ignore[assignment]
    out: dict[str, dict[str, Any]] = {}
    try:
        with Store(store_dir / "halves.db") as store:
            for half in halves:
                chosen = [e for e in gold["events"] if e["split"] == half]
                comparisons: dict[str, Any] = {}
                for ge in chosen:
                    ids = [f"{ge['id']}:{d['key']}" for d in events[ge["id"]]["docs"]]
                    if store.get_article(ids[0]) is None:
                        with store.transaction():
                            for art in _articles(events[ge["id"]]):
                                store.add_article(art)
                    comparisons[ge["id"]] = compare_articles(store, ids).to_dict()
                out[half] = score(comparisons, chosen)["summary"]
    finally:
        aligner.load_model = shipped
    return out


def _line(summaries: dict[str, dict[str, Any]]) -> str:
    return "; ".join(
        f"{h} agreed P {s['agreed_precision']} R {s['agreed_recall']} ({s['agreed_found']}/{s['agreed_gold']}), "
        f"backed {s['agreed_citations_backed']}, conflicts P {s['conflict_precision']} R {s['conflict_recall']}, "
        f"single P {s['single_precision']} ({s['single_items'] - s['single_wrong']}/{s['single_items']})"
        for h, s in summaries.items()
    )


def train_gbm(args: argparse.Namespace, splits: tuple[str, ...]) -> int:
    """``--model gbm``: fit the forest on the splits' pairs, put it on the logistic model's scale, try the
    agreement bars of ``--grid`` on tune and tune2, write ``data/claim_alignment_gbm.json``."""
    from sklearn.metrics import average_precision_score

    from crosswire.compare.claims.model import GBM_FILE, forest_model, load_model
    from crosswire.compare.claims.pairs import FEATURES

    x, y, missed, groups, proposed = examples(splits)
    gold = load_gold(list(splits))
    split_of = {e["id"]: e["split"] for e in gold["events"]}
    half = np.array([split_of[g] for g in groups])
    if args.cv:
        oof = out_of_fold(x, y, groups)
        for h in splits:
            m = half == h
            print(
                f"out of fold (8 folds by event over {'+'.join(splits)}), {h} pairs: average precision "
                f"gbm {average_precision_score(y[m], oof['gbm'][m]):.3f}, "
                f"logistic {average_precision_score(y[m], oof['logistic'][m]):.3f}",
                file=sys.stderr,
            )
    model = fit_gbm(x, y)
    forest = export_forest(model)
    shipped = load_model()
    logistic = getattr(shipped, "logistic", None) or shipped  # a forest model carries the logistic one
    if getattr(logistic, "weights", None) is None:
        raise SystemExit("the shipped kind must be logistic: its scale is the one the bars were chosen on")
    gbm_p = model.predict_proba(x[proposed])[:, 1]
    # check rows: tune pairs and jittered copies, with scikit-learn's probabilities of the exported model, so the
    # evaluator is tested against scikit-learn where scikit-learn is not installed (tests/test_claim_trees.py)
    rng = np.random.RandomState(0)
    picked = x[rng.choice(len(x), 8, replace=False)]
    rows = np.vstack([picked, picked * (1 + 0.2 * rng.randn(*picked.shape))])
    check = {"rows": [[round(float(v), 6) for v in r] for r in rows]}
    check["proba"] = [float(v) for v in model.predict_proba(np.array(check["rows"]))[:, 1]]
    scale = quantile_scale(gbm_p, np.array(logistic.scores([list(r) for r in x[proposed]])))
    out: dict[str, Any] = {
        "about": "The claim aligner's pair scorer of kind gbm (crosswire.compare.claims.model.ForestModel): "
        "scikit-learn's HistGradientBoostingClassifier fitted by bench/train_alignment.py --model gbm on the "
        f"{' and '.join(splits)} halves of bench/alignment/gold.json, its probability mapped onto the logistic "
        "model's scale by quantile matching over the same candidate pairs (scale); the report halves were not used.",
        "features": list(FEATURES),
        "params": {k: v for k, v in GBM_PARAMS.items() if k != "random_state"},
        "thresholds": {"agree": logistic.agree, "related": logistic.related, "conflict": logistic.conflict},
        "forest_pairs": args.forest_pairs,
        "scale": scale,
        "pairs": {"examples": len(y), "positives": int(y.sum()), "positive_pairs_not_proposed": missed},
        "trained": {"date": dt.date.today().isoformat(), "splits": list(splits)},
        "check": check,
    }
    grid = [float(g) for g in args.grid.split(",")] if args.grid_set else [logistic.agree]
    from compare_alignment import SUMMARY_FIGURES as columns

    best: tuple[float, dict[str, dict[str, Any]]] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        shown = ("tune", "tune2", "mtune")  # development halves all; the bar is adopted on tune and tune2
        base = run_halves(logistic, shown, Path(tmp))
        print(f"shipped logistic: {_line(base)}", file=sys.stderr)
        for agree in grid:
            out["thresholds"] = {"agree": agree, "related": agree, "conflict": agree}
            scorer = forest_model({**out, "forest": forest}, logistic)
            summaries = run_halves(scorer, shown, Path(tmp))
            print(f"gbm, agree {agree:.2f}: {_line(summaries)}", file=sys.stderr)
            # adopted only where every column of both tune halves is at least the logistic model's, and then
            # the bar with the most tune recall at tune precision >= --precision
            if (
                all((summaries[h][c] or 0) >= (base[h][c] or 0) for h in ("tune", "tune2") for c in columns)
                and (summaries["tune"]["agreed_precision"] or 0) >= args.precision
            ):
                if best is None or (summaries["tune"]["agreed_recall"] or 0) > (best[1]["tune"]["agreed_recall"] or 0):
                    best = (agree, summaries)
    if best is None:
        raise SystemExit("no bar gives every tune and tune2 column at least the logistic model's: not adopted")
    out["thresholds"] = {"agree": best[0], "related": best[0], "conflict": best[0]}
    out["tune_items"] = {h: {c: best[1][h][c] for c in columns} for h in best[1]}
    out["logistic_tune_items"] = {h: {c: base[h][c] for c in columns} for h in base}
    text = json.dumps({**out, "check": "#", "forest": "@"}, indent=1)
    text = text.replace('"#"', json.dumps(check, separators=(",", ":"))).replace('"@"', forest_json(forest)) + "\n"
    forest_model(json.loads(text))  # it reads back
    if args.dry_run:
        print(f"{len(text)} bytes, not written", file=sys.stderr)
    else:
        GBM_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {GBM_FILE.relative_to(REPO)} ({len(text)} bytes)", file=sys.stderr)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--precision", type=float, default=0.90)
    ap.add_argument("--dry-run", action="store_true", help="print the model, do not write it")
    ap.add_argument("--splits", default="tune", help="the gold halves whose pairs the model is fitted on")
    ap.add_argument("--cv", action="store_true", help="print a cross-validation by event inside the tune half")
    ap.add_argument("--grid", default=None, help="agree bars tried (0.30-0.85 by 0.05; gbm: the shipped bar)")
    ap.add_argument("--model", choices=["logistic", "gbm"], default="logistic", help="the kind of scorer fitted")
    ap.add_argument(
        "--forest-pairs",
        choices=["all", "non_english"],
        default="all",
        help="gbm: the pairs the forest scores (non_english: two English sentences keep the logistic score)",
    )
    args = ap.parse_args()
    args.grid_set = args.grid is not None
    if args.grid is None:
        args.grid = ",".join(f"{0.30 + 0.05 * i:.2f}" for i in range(12))
    from crosswire.compare.claims.model import MODEL_FILE
    from crosswire.compare.claims.pairs import FEATURES

    splits = tuple(args.splits.split(","))
    if set(splits) & set(HELD_OUT):
        raise SystemExit("the report halves (report, report2, mreport, mreport2) are held out")
    if args.model == "gbm":
        return train_gbm(args, splits)
    if args.cv:
        xt, yt, _m, gt, _p = examples(("tune",))
        print(
            f"cross-validation inside tune (by event): average precision {cross_validate(xt, yt, gt):.3f}",
            file=sys.stderr,
        )
    x, y, missed, _groups, _proposed = examples(splits)
    fitted = fit(x, y)
    agree, summary = choose_agree(fitted, args.precision, [float(g) for g in args.grid.split(",")])
    # "Only one source reports it" is said only when no other source's claim aligns (the agreement bar),
    # and values conflict only between sentences that align.
    fitted["thresholds"] = {"agree": agree, "related": agree, "conflict": agree}
    fitted["tune_items"] = {
        k: summary[k] for k in ("agreed_precision", "agreed_recall", "conflict_precision", "conflict_recall")
    }
    out = {
        "about": "The claim aligner's pair scorer (crosswire.compare.claims.model), fitted by bench/train_alignment.py "
        f"on the {' and '.join(splits)} halves of bench/alignment/gold.json (the agreement bar chosen on tune); "
        "the report halves were not used.",
        "features": list(FEATURES),
        **fitted,
        "trained": {
            "date": dt.date.today().isoformat(),
            "target_precision": args.precision,
            "splits": list(splits),
            "positive_pairs_not_proposed": missed,
        },
    }
    print(json.dumps(out, indent=1))
    if not args.dry_run:
        MODEL_FILE.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
