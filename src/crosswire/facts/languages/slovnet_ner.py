"""natasha's Russian NER tagger (slovnet's CNN-CRF) run on words razdel has already segmented.

Why not ``natasha.Doc.tag_ner``: it hands slovnet the text, which razdel tokenises a second time (the front-end
has tokenised it already for its own tokens), finds every word again with ``str.find``, and builds natasha's
envelope records the front-end throws away. And slovnet's CRF decoder is written for a padded batch: per word
it builds an index grid (``np.indices``) and a masked choice (``np.where``) that one unpadded text does not
need. This module feeds slovnet's own encoder, network and tag vocabulary the same words, and decodes the
same emissions with the same Viterbi recursion (the same float32 sums in the same order, the first best
tag on ties, as :meth:`slovnet.exec.model.CRF.decode`), so the tags and spans are those of ``Doc.tag_ner``
(the Russian facts goldens and ``tests/test_lang_frontends.py`` hold them byte for byte).
"""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol


class NerSpan(NamedTuple):
    """A name the tagger found: character offsets into the text and its type ("PER", "LOC", "ORG")."""

    start: int
    stop: int
    type: str


class _Word(Protocol):
    start: int
    stop: int
    text: str


def viterbi(emissions: Any, transitions: Any, mask: Any) -> list[int]:
    """The best tag path of one text. ``emissions``: words x tags scores; ``transitions``: tags x tags
    (from, to); ``mask``: per word, True for a real word (False for padding). Output: one tag id per real
    word, as :meth:`slovnet.exec.model.CRF.decode` gives for a batch of this one text."""
    score = emissions[0]
    history = []
    for index in range(1, len(emissions)):
        step = score[:, None] + transitions  # from x to
        step += emissions[index]  # (score + transition) + emission: slovnet's order of the float32 sums
        history.append(step.argmax(0))
        if mask[index]:
            score = step.max(0)  # the value at the first maximum, where slovnet's index takes it
    tag = int(score.argmax())
    tags = [tag]
    for best in reversed(history[: int(mask.sum()) - 1]):
        tag = int(best[tag])
        tags.append(tag)
    tags.reverse()
    return tags


def ner_spans(tagger: Any, words: list[_Word]) -> list[NerSpan]:
    """Each name natasha's ``tagger`` (a ``NewsNERTagger``) finds among ``words``
    (razdel tokens of one text, with character offsets into it), in text order. Raises
    nothing for an empty list (no names)."""
    from slovnet.bio import bio_spans

    if not words:
        return []
    infer = tagger.infer
    (batch,) = list(infer.encoder([[w.text for w in words]]))  # one text: a batch of one, no padding
    emissions = infer.model(batch.word_id, batch.shape_id, batch.pad_mask)[0]
    path = viterbi(emissions, infer.model.head.crf.transitions.array, ~batch.pad_mask[0])
    vocab = infer.decoder.tags_vocab
    return [NerSpan(s.start, s.stop, s.type) for s in bio_spans(words, [vocab.decode(t) for t in path])]
