"""The speed changes of the facts stage must not change a prediction: checks against spaCy's own pipeline
on the seeds, and of the multi-process store path against the single-process one."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.facts import FACTS_VERSION, extract_facts, speed, stage, update_store
from crosswire.facts.nlp import MODEL_NAMES, get_nlp
from crosswire.model import Article, Block, RawDocument
from crosswire.store import Store

SEEDS = Path(__file__).parents[1].parent / "shared" / "seeds"


def _vanilla():
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    pytest.skip("no English model")


def _seed_paragraphs() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("shared seeds not available")
    out = []
    for path in paths:
        raw = RawDocument(source=str(path), kind="text", content=path.read_text(encoding="utf-8"), content_type="text")
        out += [b.text for b in clean_document(raw).blocks if b.text.strip()]
    return out


def test_fast_pipeline_parses_the_seeds_exactly_like_spacy():
    texts = _seed_paragraphs()
    full, fast = _vanilla(), get_nlp()
    assert isinstance(fast.get_pipe("ner"), speed.BeamOneNER)
    with speed.one_blas_thread():
        pairs = list(zip(full.pipe(texts, batch_size=8), fast.pipe(texts, batch_size=8), strict=True))
    assert sum(len(a) for a, _ in pairs) > 500
    for a, b in pairs:
        assert [(t.head.i, t.dep_, t.tag_, t.pos_) for t in a] == [(t.head.i, t.dep_, t.tag_, t.pos_) for t in b]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
    # one document at a time, and an empty one, go through the same component
    doc = fast("Sviatlana Tsikhanouskaya left Minsk for Vilnius.")
    assert {e.text for e in doc.ents} >= {"Minsk", "Vilnius"}
    assert len(fast("")) == 0


def _articles(n: int) -> list[Article]:
    towns = ["Lyon", "Oslo", "Dresden", "Porto", "Gdansk", "Leeds", "Turin", "Bergen"]
    return [
        Article(
            id=f"sp{i}",
            source=f"sp{i}",
            content_hash=f"sp{i}",
            language="en",
            published="2021-03-02",
            blocks=[
                Block("paragraph", f"Police said {i + 3} people were detained in {towns[i % 8]} on Monday."),
                Block("paragraph", f"\u201cWe acted quickly,\u201d Chief Anna Berg{i} told reporters."),
            ],
        )
        for i in range(n)
    ]


def _stored_by_one_and_two_processes(tmp_path, arts, check=None) -> list[list]:
    """The facts ``update_store`` stores for ``arts`` with one worker process and with two (each store checked
    by ``check`` before it is read)."""
    stored = []
    for n_process, name in ((1, "one.db"), (2, "two.db")):
        with Store(tmp_path / name) as store:
            with store.transaction():
                for a in arts:
                    store.add_article(a)
            assert update_store(store, n_process=n_process).written == len(arts)
            assert store.articles_without_facts(FACTS_VERSION) == []
            if check is not None:
                check(store)
            stored.append([store.get_facts(a.id) for a in arts])
    return stored


def test_update_store_with_two_processes_stores_what_one_process_does(tmp_path):
    arts = _articles(9)
    stored = _stored_by_one_and_two_processes(tmp_path, arts)
    assert stored[0] == stored[1]
    assert [f["figures"][0]["value"] for f in stored[1]] == [i + 3 for i in range(9)]
    assert [f.to_dict() for f in extract_facts(arts, n_process=2)] == stored[0]


def test_auto_processes():
    assert stage.auto_processes(1) == 1
    assert stage.auto_processes(stage.AUTO_PARALLEL_MIN - 1) == 1
    assert 1 <= stage.auto_processes(10_000) <= 2


def test_no_gc_restores_the_collector():
    assert gc.isenabled()
    with speed.no_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with speed.no_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_server_thread_runs_the_stage_in_process(monkeypatch):
    import threading

    arts = _articles(5)
    pools: list[int] = []

    def no_pool(n_process):
        pools.append(n_process)
        raise AssertionError("no worker processes from a thread")

    monkeypatch.setattr(stage, "_pool", no_pool)
    out: dict = {}
    worker = threading.Thread(target=lambda: out.setdefault("facts", extract_facts(arts, n_process=2)))
    worker.start()
    worker.join()
    assert pools == []
    assert [f.to_dict() for f in out["facts"]] == [f.to_dict() for f in extract_facts(arts)]


def test_first_of_each_language_takes_one_article_per_language_in_order():
    languages = {"a1": "en", "a2": "pt-BR", "a3": "de", "a4": "PT", "a5": None, "a6": "en", "a7": None, "a8": "ru"}
    assert stage.first_of_each_language(languages) == ["a1", "a2", "a3", "a5", "a8"]
    assert stage.first_of_each_language({}) == []


def _mixed_articles() -> list[Article]:
    """Invented reports in three languages, several per language, so the parent's first article of each
    language and the workers' articles both occur."""
    lines = {
        "en": "Firefighters said {n} homes were evacuated in Karvik on Tuesday.",
        "de": "Die Feuerwehr teilte mit, dass am Dienstag {n} Häuser in Karvik geräumt wurden.",
        "pt": "Os bombeiros disseram que {n} casas foram evacuadas em Karvik na terça-feira.",
    }
    out = []
    for i in range(12):
        lang = ("en", "de", "pt")[i % 3]
        out.append(
            Article(
                id=f"mx{i}",
                source=f"mx{i}",
                content_hash=f"mx{i}",
                language=lang,
                published="2022-05-03",
                blocks=[Block("paragraph", lines[lang].format(n=i + 4))],
            )
        )
    return out


def test_update_store_in_several_languages_stores_the_same_facts_with_two_processes(tmp_path):
    arts = _mixed_articles()

    def languages_known(store) -> None:
        assert store.article_languages(["mx1", "nope"]) == {"mx1": "de"}

    stored = _stored_by_one_and_two_processes(tmp_path, arts, languages_known)
    assert stored[0] == stored[1]
    assert [f["language"] for f in stored[1]] == [a.language for a in arts]
