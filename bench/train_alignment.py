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
from compare_alignment import _articles

REPO = Path(__file__).resolve().parents[1]


def examples(splits: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, int, list[str]]:
    """Feature rows and labels of every candidate pair of the splits' events; also the number of positive
    sentence pairs the candidate generation missed (a recall ceiling), and each row's event id."""
    from crosswire.compare.claims.pairs import Neighbours, candidate_pairs, features, idf_weights
    from crosswire.compare.claims.units import build_units
    from crosswire.compare.stage import _stored_rows, load_story_data
    from crosswire.store import Store

    gold = json.loads(alignment_data.GOLD_FILE.read_text(encoding="utf-8"))
    events = {e["id"]: e for e in alignment_data.events()}
    xs: list[list[float]] = []
    ys: list[bool] = []
    groups: list[str] = []
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
    return np.array(xs), np.array(ys), missed, groups


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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--precision", type=float, default=0.90)
    ap.add_argument("--dry-run", action="store_true", help="print the model, do not write it")
    ap.add_argument("--splits", default="tune", help="the gold halves whose pairs the model is fitted on")
    ap.add_argument("--cv", action="store_true", help="print a cross-validation by event inside the tune half")
    ap.add_argument("--grid", default=",".join(f"{0.30 + 0.05 * i:.2f}" for i in range(12)), help="agree bars tried")
    args = ap.parse_args()
    from crosswire.compare.claims.model import MODEL_FILE
    from crosswire.compare.claims.pairs import FEATURES

    splits = tuple(args.splits.split(","))
    if "report" in splits or "report2" in splits:
        raise SystemExit("the report halves are held out")
    if args.cv:
        xt, yt, _m, gt = examples(("tune",))
        print(
            f"cross-validation inside tune (by event): average precision {cross_validate(xt, yt, gt):.3f}",
            file=sys.stderr,
        )
    x, y, missed, _groups = examples(splits)
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
