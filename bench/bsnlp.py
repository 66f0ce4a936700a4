"""Names across languages and scripts, and Russian NER, on BSNLP 2021 (Slavic news with cross-language entity ids).

Data: ``../shared/bench/bsnlp2021/TOPIC/{raw,annotated}/LANG/`` (bg, cs, pl, ru, sl, uk), read in place. The
topics are split once: ``brexit``, ``ec`` and ``other`` are the tune half (every rule in
:mod:`crosswire.facts.linking` was written looking at them only), ``asia_bibi``, ``ryanair`` and ``trump`` the
report half.

**Name pairs.** Every distinct person name of a topic (its annotated base form, per language) becomes one
single-entity article; :func:`crosswire.facts.linking.link_entities` links them all at once, as it links a
story's articles. A pair is two names of *different languages* in one topic; it is gold-positive when both carry
the same cross-language entity id, predicted-positive when both get the same canonical id. Recall and precision
are over those pairs (pairs of identical strings count too: "Тереза Мей" in ru and uk). The baseline is the
linker of ``--baseline`` (a git revision; default the commit before this work), loaded from git and run on the
same names in the same run.

**Russian NER.** Each Russian document (title and text) goes through the Russian front-end
(:mod:`crosswire.facts.languages.russian`, natasha). BSNLP annotates each document's *distinct* mentions
(surface form, base form, type), not their offsets, so the score is per document over sets: a predicted
(surface, type) matches a gold one when the surface strings are equal after collapsing whitespace and the types
are equal (natasha PER = PER, natasha LOC = LOC; gold ORG/EVT/PRO/MISC and natasha ORG are left out of the
PER+LOC figure). Micro-averaged precision, recall and F1 over the documents of each half.

    .venv/bin/python bench/bsnlp.py [--baseline REV] [--half tune|report|both] [--no-ner] [--json]
    .venv/bin/python bench/bsnlp.py --half tune --no-ner --rules   # the linked pairs by rule, tune half only
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import shared_dir
from crosswire.facts.linking import link_entities
from crosswire.facts.records import ArticleFacts, Entity, Mention

REPO = Path(__file__).resolve().parents[1]
DATA = shared_dir.SHARED / "bench" / "bsnlp2021"
TUNE = ("brexit", "ec", "other")
REPORT = ("asia_bibi", "ryanair", "trump")
BASELINE_REV = "9dcb238"
Linker = Callable[[list[ArticleFacts]], dict[tuple[str, str], str]]


@dataclass(frozen=True, slots=True)
class Name:
    topic: str
    language: str
    name: str  # the annotated base form
    gold: str  # the cross-language entity id


def _annotations(path: Path) -> Iterable[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 4 and cols[0].strip():
            yield [c.strip() for c in cols]


def person_names(topics: Iterable[str]) -> list[Name]:
    """Distinct (topic, language, base form) person names with their gold ids (a base form given two ids in
    one topic and language keeps the first)."""
    out: dict[tuple[str, str, str], Name] = {}
    for topic in topics:
        for path in sorted((DATA / topic / "annotated").glob("*/*")):
            lang = path.parent.name
            for _surface, base, etype, gold in _annotations(path):
                if etype == "PER":
                    out.setdefault((topic, lang, base), Name(topic, lang, base, gold))
    return list(out.values())


def _facts(names: list[Name]) -> list[ArticleFacts]:
    return [
        ArticleFacts(
            f"n{i}",
            language=n.language,
            entities=[Entity("e1", n.name, "person", [Mention(n.name, 0, len(n.name), 0, len(n.name))])],
        )
        for i, n in enumerate(names)
    ]


def pair_scores(names: list[Name], link: Linker) -> dict[str, float | int]:
    """Cross-language pair precision and recall of ``link`` over ``names``, topic by topic."""
    tp = fp = fn = 0
    by_topic: dict[str, list[Name]] = defaultdict(list)
    for n in names:
        by_topic[n.topic].append(n)
    for group in by_topic.values():
        canon = link(_facts(group))
        ids = [canon[(f"n{i}", "e1")] for i in range(len(group))]
        for (a, ca), (b, cb) in itertools.combinations(zip(group, ids, strict=True), 2):
            if a.language == b.language:
                continue
            same, linked = a.gold == b.gold, ca == cb
            tp += same and linked
            fp += linked and not same
            fn += same and not linked
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def baseline_linker(rev: str) -> Linker:
    """``link_entities`` as it stood at git revision ``rev`` (its module source read with ``git show``)."""
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{rev}:src/crosswire/facts/linking.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("baseline_linking")
    sys.modules[module.__name__] = module  # dataclasses look their module up there
    exec(compile(source, f"{rev}:linking.py", "exec"), module.__dict__)
    return module.link_entities  # type: ignore[no-any-return]


def _documents(topics: Iterable[str], language: str) -> Iterable[tuple[str, list[list[str]]]]:
    for topic in topics:
        for raw in sorted((DATA / topic / "raw" / language).glob("*")):
            ann = DATA / topic / "annotated" / language / (raw.name.rsplit(".", 1)[0] + ".out")
            if not ann.exists():
                continue
            lines = raw.read_text(encoding="utf-8").splitlines()
            text = "\n".join(lines[4:]).strip()  # id, language, date, URL; then the title and the text
            yield text, list(_annotations(ann))


def ner_scores(topics: Iterable[str], types_: tuple[str, ...] = ("PER", "LOC")) -> dict[str, float | int]:
    """Per-document set precision/recall/F1 of the Russian front-end's names against the annotation."""
    from crosswire.facts.languages.russian import RussianFrontEnd
    from crosswire.facts.speed import one_blas_thread

    front = RussianFrontEnd()
    tp = fp = fn = words = 0
    t0 = time.perf_counter()
    for text, gold_rows in _documents(topics, "ru"):
        words += len(text.split())
        gold = {(" ".join(r[0].split()), r[2]) for r in gold_rows if r[2] in types_}
        with one_blas_thread():
            analysis = front.analyse(text)
        pred = {(" ".join(text[n.start : n.end].split()), n.label) for n in analysis.names if n.label in types_}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "words_per_s": words / (time.perf_counter() - t0),
    }


def _line(label: str, s: dict[str, float | int]) -> str:
    return f"  {label:<22} P {s['precision']:.3f}  R {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", default=BASELINE_REV, help="git revision of the baseline linker")
    ap.add_argument("--half", choices=("tune", "report", "both"), default="both")
    ap.add_argument("--no-ner", action="store_true", help="skip the Russian NER figure")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed and wrong pairs (tune half)")
    ap.add_argument("--rules", action="store_true", help="print the linked pairs by the rules that linked them (tune)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"bsnlp: {DATA} not found", file=sys.stderr)
        return 1
    halves = {"tune": TUNE, "report": REPORT}
    chosen = halves if args.half == "both" else {args.half: halves[args.half]}
    base = baseline_linker(args.baseline)
    out: dict[str, dict[str, object]] = {}
    for half, topics in chosen.items():
        names = person_names(topics)
        out[half] = {
            "names": len(names),
            f"baseline {args.baseline}": pair_scores(names, base),
            "crosswire": pair_scores(names, link_entities),
        }
        if not args.no_ner:
            out[half]["ner_ru_per_loc"] = ner_scores(topics)
        if args.misses and half == "tune":
            _print_misses(names, args.misses)
        if args.rules and half == "tune":
            _print_rules(names)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for half, res in out.items():
        print(f"{half} half ({', '.join(chosen[half])}): {res['names']} person names")
        for label, s in res.items():
            if isinstance(s, dict) and label != "ner_ru_per_loc":
                print(_line(f"pairs, {label}", s))
        if "ner_ru_per_loc" in res:
            s = res["ner_ru_per_loc"]
            assert isinstance(s, dict)
            print(_line("ru NER PER+LOC", s) + f"  F1 {s['f1']:.3f}  {s['words_per_s']:.0f} words/s")
    return 0


def _print_rules(names: list[Name]) -> None:
    """The linked cross-language pairs of ``names`` by the rules that gave their two names one id (the two
    entities' :attr:`crosswire.facts.people.People.rules`, joined), right and wrong; and of the wrong pairs, how
    many are chains: two names that linked alone (only the two of them given to the linker) would stay apart."""
    right: dict[str, int] = defaultdict(int)
    wrong: dict[str, int] = defaultdict(int)
    chains: dict[str, int] = defaultdict(int)
    by_topic: dict[str, list[Name]] = defaultdict(list)
    for x in names:
        by_topic[x.topic].append(x)
    for group in by_topic.values():
        rules: dict[tuple[str, str], str] = {}
        canon = link_entities(_facts(group), rules)
        keys = [(f"n{i}", "e1") for i in range(len(group))]
        for (a, ka), (b, kb) in itertools.combinations(zip(group, keys, strict=True), 2):
            if a.language == b.language or canon[ka] != canon[kb]:
                continue
            rule = " + ".join(sorted({rules.get(ka, "?"), rules.get(kb, "?")}))
            if a.gold == b.gold:
                right[rule] += 1
                continue
            wrong[rule] += 1
            alone = link_entities(_facts([a, b]))
            chains[rule] += alone[("n0", "e1")] != alone[("n1", "e1")]
    print(f"  {'rules of the two names':<60} {'right':>6} {'wrong':>6} {'chains':>7}")
    for rule in sorted(set(right) | set(wrong), key=lambda r: (-wrong[r], -right[r])):
        print(f"  {rule:<60} {right[rule]:>6} {wrong[rule]:>6} {chains[rule]:>7}")
    print(f"  {'all':<60} {sum(right.values()):>6} {sum(wrong.values()):>6} {sum(chains.values()):>7}")


def _miss_class(a: Name, b: Name) -> str:
    """A missed pair's class: its gold id is not a person's ("GPE-UK" on "британец"; the topics with numeric
    ids, ec and trump, do not say, and count as persons here), one of its names is one word (a surname or a
    given name alone), or both are full names."""
    if a.gold.split("-")[0] in ("GPE", "ORG", "LOC", "EVT", "PRO"):
        return "not a person"
    return "one word" if min(len(a.name.split()), len(b.name.split())) == 1 else "full names"


def _print_misses(names: list[Name], n: int) -> None:
    by_gold: dict[tuple[str, str], list[Name]] = defaultdict(list)
    for x in names:
        by_gold[(x.topic, x.gold)].append(x)
    canon = {}
    for topic in {x.topic for x in names}:
        group = [x for x in names if x.topic == topic]
        ids = link_entities(_facts(group))
        canon.update({x: ids[(f"n{i}", "e1")] for i, x in enumerate(group)})
    shown = 0
    classes: dict[str, int] = defaultdict(int)
    for group in by_gold.values():
        for a, b in itertools.combinations(group, 2):
            if a.language != b.language and canon[a] != canon[b]:
                classes[_miss_class(a, b)] += 1
                if shown < n:
                    print(f"  miss: {a.language} {a.name!r} / {b.language} {b.name!r}")
                    shown += 1
    print("  missed pairs by class: " + ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))
    wrong = 0
    for a, b in itertools.combinations(names, 2):
        if a.topic == b.topic and a.language != b.language and a.gold != b.gold and canon[a] == canon[b]:
            if wrong < n:
                print(f"  wrong: {a.language} {a.name!r} ({a.gold}) / {b.language} {b.name!r} ({b.gold})")
            wrong += 1


if __name__ == "__main__":
    raise SystemExit(main())
