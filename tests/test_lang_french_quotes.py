"""French sentences keep their opening guillemet: the parser leaves "«" at the end of the sentence before a
quotation, or as a sentence of its own, and the quote's evidence then began without it (a new user's French
page: "... quelques heures après l'accident. «" / "Il n'y a aucun danger ... », a-t-il assuré"). Invented
text."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.french import FrenchFrontEnd


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a décrété l'état d'urgence après l'accident. «Il n'y a aucun danger pour l'eau », a-t-il assuré.",
        "Le maire a parlé après l'accident. « Il n'y a aucun danger », a-t-il dit.",
    ],
)
def test_an_opening_guillemet_opens_its_own_sentence(text):
    analysis = FrenchFrontEnd().analyse(text, "fr")
    sentences = [text[s.start : s.end] for s in analysis.sentences]
    assert not any(s.rstrip().endswith("«") for s in sentences), sentences
    assert any(s.startswith("«") for s in sentences), sentences
    for s in analysis.sentences:  # tokens and spans still agree
        toks = analysis.tokens[s.first : s.last]
        assert toks and toks[0].start == s.start and toks[-1].end == s.end
