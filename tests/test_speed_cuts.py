"""Speed cuts that must not change any output: each fast path answers exactly as the code it replaced.

- Stories' hashed terms and English stop words without importing scikit-learn (its package initialisation
  loads scipy.stats, about 1 CPU s per ingest): the same indices, counts and key order as scikit-learn's
  ``FeatureHasher``, the same stop-word set, and scikit-learn left unimported by the stories stage.
- Quotation marks found by jumping from one opening mark to the next: the same spans as the scan that tested
  every character.
- Names folded without the per-character accent pass when the text is ASCII: the same folded form.
"""

from __future__ import annotations

import random
import subprocess
import sys
import unicodedata

import pytest

from crosswire.facts.quote_marks import DOUBLE_OPEN, SINGLE_OPEN, _opens, _single_close, find_quote_spans
from crosswire.stories import features
from crosswire.stories.features import N_FEATURES, hashed_counts, hashed_term
from crosswire.stories.text import ENGLISH_STOP_WORDS
from crosswire.vocab.names import fold

WORDS = [
    "tram",
    "depot",
    "Housing",
    "ent:kowalska",
    "ent:vistula_wire",
    "Zürich",
    "façade",
    "жилье",
    "Ціханоўская",
    "東京",
    "naïve",
    "o'neil",
    "2026",
    "x",
    "",
]


def _sklearn_counts(token_lists: list[list[str]]) -> list[dict[int, float]]:
    """What the stories stage computed before: scikit-learn's FeatureHasher, read back row by row."""
    feature_extraction = pytest.importorskip("sklearn.feature_extraction")
    hasher = feature_extraction.FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)
    mat = hasher.transform(token_lists).tocsr()
    out = []
    for i in range(mat.shape[0]):
        lo, hi = mat.indptr[i], mat.indptr[i + 1]
        out.append(dict(zip(mat.indices[lo:hi].tolist(), mat.data[lo:hi].tolist(), strict=True)))
    return out


def test_hashed_counts_are_scikit_learns() -> None:
    rng = random.Random(7)
    lists = [
        [rng.choice(WORDS) + rng.choice(["", "s", "ed", "ing"]) for _ in range(rng.randint(0, 60))] for _ in range(200)
    ]
    lists.append(["tram", "tram", "tram", "ent:kowalska", "ent:kowalska"])  # repeated terms are counted
    lists.append([])  # an article with no content words
    ours = hashed_counts(lists)
    theirs = _sklearn_counts(lists)
    assert ours == theirs
    assert [list(d) for d in ours] == [list(d) for d in theirs]  # same key order (increasing index)
    assert all(type(v) is float for d in ours for v in d.values())
    assert ours[-2] == {hashed_term("tram"): 3.0, hashed_term("ent:kowalska"): 2.0}
    assert hashed_counts([]) == []


def test_hashed_term_of_the_lowest_hash_is_scikit_learns(monkeypatch: pytest.MonkeyPatch) -> None:
    """abs(-2**31) overflows in 32 bits; scikit-learn defines that hash's index as abs(-2**31) % n_features."""
    monkeypatch.setattr(features, "murmur3_32", lambda _token: -(2**31))
    assert hashed_term("anything") == (2**31) % N_FEATURES
    monkeypatch.setattr(features, "murmur3_32", lambda _token: -5)
    assert hashed_term("anything") == 5


def test_stop_words_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    assert frozenset(text.ENGLISH_STOP_WORDS) == ENGLISH_STOP_WORDS
    assert {"the", "and", "would"} <= ENGLISH_STOP_WORDS


def test_stories_stage_does_not_import_scikit_learn() -> None:
    code = (
        "import sys\n"
        "import crosswire.stories.stage, crosswire.stories.features, crosswire.stories.text\n"
        "from crosswire.stories.features import hashed_counts\n"
        "hashed_counts([['tram', 'depot']])\n"
        "print('sklearn' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _quote_spans_every_character(text: str) -> list[tuple[int, int]]:
    """The scan as it was: every character tested in turn."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in DOUBLE_OPEN:
            j = text.find(DOUBLE_OPEN[ch], i + 1)
            if j == -1:
                j = n
            if text[i + 1 : j].strip():
                spans.append((i + 1, j))
            i = j + 1
            continue
        if ch in SINGLE_OPEN and _opens(text, i):
            closing = _single_close(text, i, SINGLE_OPEN[ch])
            if closing is not None:
                spans.append((i + 1, closing))
                i = closing + 1
                continue
        i += 1
    return spans


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said: "We will rebuild the depot." Then she left.',
        "\u201cIt is over,\u201d he said, \u201cfor now.\u201d",
        "Belarus' borders stay shut, the minister's aide said, calling it 'a temporary measure'.",
        "\u00abNous reconstruirons\u00bb, a-t-il dit. \u201eWir bauen\u201c, sagte sie.",
        'An unclosed quote "runs on to the end of the paragraph',
        "Nothing quoted here at all.",
        "",
    ],
)
def test_quote_spans_as_before(text: str) -> None:
    assert find_quote_spans(text) == _quote_spans_every_character(text)


def test_quote_spans_as_before_on_random_marks() -> None:
    rng = random.Random(3)
    alphabet = list("ab s'\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019-(:\u2014X1 ")
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert find_quote_spans(text) == _quote_spans_every_character(text)


def _fold_every_character(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = out.replace("\u2019", "'").replace("`", "'")
    return " ".join(out.lower().split())


@pytest.mark.parametrize(
    "name",
    ["Patrick W. Carlineo Jr.", "  O`Neil  ", "Łukasz  O\u2019Neil", "Zoë Müller-Lüdenscheidt", "Ціханоўская", "ﬁnal"],
)
def test_fold_as_before(name: str) -> None:
    assert fold(name) == _fold_every_character(name)
