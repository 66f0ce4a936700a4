"""A French weekday takes the tense of its own clause, not of a relative clause after it (``relative_pronouns`` of
``data/languages.toml``, read by :func:`crosswire.facts.languages.dates.verb_clause`): "les deux voisins ont signé
mercredi un accord qui doit permettre la reprise" was dated to the next Wednesday from "doit", so the French
sentence gave another day than the English "signed an agreement on Wednesday" and was kept apart from it (a new
user's pipeline story). Invented sentences, published on Thursday 3 December 2026; near-misses: the weekday's
own verb a future, or the weekday inside the relative clause."""

from __future__ import annotations

import pytest

from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block, content_hash

PUBLISHED = "2026-12-03"  # a Thursday: the Wednesday before is 2026-12-02, the next 2026-12-09


def _weekday_date(text: str, language: str = "fr", weekday: str = "mercredi") -> str | None:
    art = Article(
        id=f"fr-{abs(hash(text))}",
        source="test",
        content_hash=content_hash(text),
        blocks=[Block("paragraph", text)],
        outlet="test",
        published=PUBLISHED,
        language=language,
        kind="text",
    )
    (facts,) = extract_facts([art])
    days = [v.text_value for c in facts.claims for v in c.values if v.kind == "date" and weekday in v.text]
    return days[0] if days else None


@pytest.mark.parametrize(
    "text",
    [
        "Les deux voisins ont signé mercredi un accord qui doit permettre la reprise des livraisons de gaz.",
        "Le gouvernement a adopté mercredi un plan qui va relancer les travaux du port.",
        "La ministre a présenté mercredi un projet dont les premières mesures entreront en vigueur en janvier.",
        # a clause opened after a comma: the words before and after the weekday were split at the wrong offset
        "Au terme de onze jours d'arrêt, les deux voisins ont signé mercredi un accord qui doit permettre la reprise.",
    ],
)
def test_a_past_weekday_before_a_relative_clause_keeps_its_past(text: str) -> None:
    assert _weekday_date(text) == "2026-12-02"


@pytest.mark.parametrize(
    "text",
    [
        "Les deux voisins signeront mercredi un accord qui permet la reprise des livraisons.",  # its own future
        "Ils ont présenté un accord qui doit être signé mercredi.",  # the weekday inside the relative clause
    ],
)
def test_a_weekday_of_a_future_clause_is_still_the_next_one(text: str) -> None:
    assert _weekday_date(text) == "2026-12-09"


@pytest.mark.parametrize(
    ("language", "weekday", "text"),
    [
        (
            "es",
            "miércoles",
            "Tras once días de cierre, los dos países firmaron el miércoles un acuerdo que permitirá "
            "reanudar el suministro.",
        ),
        (
            "it",
            "mercoledì",
            "Dopo undici giorni di blocco, i due paesi hanno firmato mercoledì un accordo che "
            "permetterà di riprendere le forniture.",
        ),
    ],
)
def test_a_clause_after_a_comma_is_split_at_its_weekday(language: str, weekday: str, text: str) -> None:
    """The clause's words before and after the weekday (:func:`crosswire.facts.languages.dates.verb_clause`) were
    split at an offset into the sentence read as one into the clause, so a "that" clause after the weekday ("que
    permitirá") counted as before it and the weekday took its future."""
    assert _weekday_date(text, language, weekday) == "2026-12-02"
