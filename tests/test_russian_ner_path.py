"""The Russian front-end's own path through natasha gives what natasha's ``Doc`` gives.

:mod:`crosswire.facts.languages.russian` tokenises once with razdel and hands the words to slovnet's NER network,
decoding its scores with :func:`crosswire.facts.languages.slovnet_ner.viterbi` (natasha's ``Doc`` tokenises twice
and decodes a padded batch). These tests hold the two paths equal: the Viterbi against slovnet's own CRF decoder
on random scores, and tokens, sentences and names against ``Doc.segment`` + ``Doc.tag_ner`` on real Russian news
(BSNLP 2021, read from ../shared).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from crosswire.facts.languages.slovnet_ner import viterbi

natasha = pytest.importorskip("natasha", reason="Russian needs the 'ru' extra")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TAGS = 8  # natasha's NER tags: <pad>, O, B-/I- PER, LOC, ORG


def _slovnet_decode(emissions: np.ndarray, transitions: np.ndarray, mask: np.ndarray) -> list[int]:
    from slovnet.exec.model import CRF, Weight

    crf = CRF(Weight(transitions.shape, transitions.dtype.name, transitions))
    (tags,) = crf.decode(emissions[None], mask[None])
    return [int(t) for t in tags]


# Scores on a coarse grid so that ties (where the first best tag must win, as in slovnet) are frequent.
_scores = st.integers(-8, 8).map(lambda v: v / 4)


@settings(max_examples=300, deadline=None)
@given(
    emissions=st.integers(1, 40).flatmap(lambda n: arrays(np.float32, (n, TAGS), elements=_scores)),
    transitions=arrays(np.float32, (TAGS, TAGS), elements=_scores),
    padded=st.integers(0, 5),
)
def test_viterbi_is_slovnet_crf_decode(emissions: np.ndarray, transitions: np.ndarray, padded: int) -> None:
    n = len(emissions)
    mask = np.arange(n) < max(1, n - padded)  # padding at the end, as slovnet pads a batch
    assert viterbi(emissions, transitions, mask) == _slovnet_decode(emissions, transitions, mask)


def _paragraphs(limit: int) -> list[str]:
    out: list[str] = []
    for path in sorted((SHARED / "bench" / "bsnlp2021").glob("*/raw/ru/*"))[:limit]:
        out.extend(p.strip() for p in path.read_text(encoding="utf-8").splitlines()[4:] if p.strip())
    return out


@pytest.mark.skipif(not (SHARED / "bench" / "bsnlp2021").is_dir(), reason="no shared BSNLP data")
def test_front_end_reads_as_natasha_doc() -> None:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    from crosswire.facts.languages.russian import RussianFrontEnd, _first_names_joined, _place_head_dropped
    from crosswire.facts.languages.slovnet_ner import NerSpan

    front = RussianFrontEnd()
    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    texts = _paragraphs(40)
    assert len(texts) > 100
    names = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        got = front.analyse(text, "ru")
        assert [(s.start, s.end) for s in got.sentences] == [(s.start, s.stop) for s in doc.sents], text
        tokens = [(t.start, t.stop, t.text) for s in doc.sents for t in s.tokens]
        assert [(t.start, t.end, t.text) for t in got.tokens] == tokens, text
        # natasha's spans, with a lone first name and the name after it joined (one person: "Илоны Марек")
        # and a place's noun before a known first name left out ("Лестрии Илоны Браско": names14)
        want = _place_head_dropped(
            text, _first_names_joined(text, [NerSpan(s.start, s.stop, s.type) for s in doc.spans])
        )
        assert [(n.start, n.end, n.label) for n in got.names] == [(s.start, s.stop, s.type) for s in want]
        names += len(got.names)
    assert names > 200
