"""Sentences of two languages that translate each other are one claim, though they share no word: each the
other's nearest sentence in its source, standing out from the rest (``ACROSS_MARGIN``), with a cosine of at
least ``ACROSS_COSINE`` (:func:`crosswire.compare.claims.align.translated`). New users' stories in six
languages showed most such pairs unaligned (the pair scorer weighs shared words). Invented story: a landslide
cutting off a mountain village, reported in English, Spanish and French."""

from __future__ import annotations

import pytest

from crosswire.compare.records import ClaimItem, Comparison
from test_compare_core import compare_texts

EN = (
    "A landslide blocked the mountain road between Varno and Tesca on Monday night, cutting off about 400 "
    "residents. Road crews expect to reopen one lane by Friday. The regional council said it would pay for "
    "temporary housing for families whose homes were damaged. Geologists warned that the slope above the village "
    "remains unstable after weeks of heavy rain. The bus service to Tesca has been replaced by a shuttle boat "
    "across the lake. Mayor Ilse Marnik said the village school would stay closed this week."
)
ES = (
    "Un deslizamiento de tierra cortó el lunes por la noche la carretera de montaña entre Varno y Tesca y dejó "
    "aislados a unos 400 vecinos. Los geólogos advirtieron de que la ladera sobre el pueblo sigue siendo inestable "
    "tras semanas de lluvias intensas. El consejo regional pagará el alojamiento temporal de las familias cuyas "
    "casas sufrieron daños. El servicio de autobús a Tesca ha sido sustituido por una lancha que cruza el lago. "
    "La alcaldesa Ilse Marnik anunció que la escuela del pueblo permanecerá cerrada esta semana."
)
FR = (
    "Un glissement de terrain a coupé la route de montagne entre Varno et Tesca, isolant quelque 400 habitants. "
    "Selon les géologues, le versant au-dessus du village reste instable après des semaines de fortes pluies. Le "
    "conseil régional prendra en charge le relogement temporaire des familles dont la maison a été endommagée. "
    "Une navette lacustre remplace désormais le bus vers Tesca."
)


@pytest.fixture(scope="module")
def landslide(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en", "Kelso Gazette", "2026-03-10", EN),
        ("es", "Diario del Valle", "2026-03-10", ES),
        ("fr", "L'Echo des Cimes", "2026-03-10", FR),
    ]
    return compare_texts(tmp_path_factory.mktemp("landslide"), rows)


@pytest.mark.parametrize(
    "fact",
    [
        ("Geologists", "géologues", "geólogos"),
        ("temporary housing", "relogement temporaire", "alojamiento temporal"),
        ("shuttle boat", "navette lacustre", "lancha"),
    ],
)
def test_translations_agree_and_each_source_cites_its_own_sentence(landslide: Comparison, fact) -> None:
    items = [i for i in landslide.agreed if isinstance(i, ClaimItem)]
    item = next((i for i in items if any(fact[0] in ev.text for ev in i.evidence)), None)
    assert item is not None, [i.summary for i in items]
    assert item.sources == [1, 2, 3], item
    for word, ev in zip(fact, sorted(item.evidence, key=lambda e: ("en", "fr", "es").index(e.article)), strict=True):
        assert word in ev.text, (word, ev.text)


def test_two_counts_of_one_fact_are_no_translation(tmp_path) -> None:
    """ "Tres mineros fueron hospitalizados" and "Pięciu górników trafiło do szpitala" read alike (margin 1.60)
    but give two counts: never one agreed claim citing both (a new user's mine story showed "five" agreed with
    sources saying three)."""
    es = (
        "El agua inundó la galería inferior de la mina Harlow el martes. Tres mineros fueron hospitalizados por "
        "hipotermia. Los equipos bombearon el agua durante dos días. El sindicato pidió una inspección."
    )
    pl = (
        "Woda zalała dolny chodnik kopalni Harlow we wtorek. 5 górników trafiło do szpitala z hipotermią. Ekipy "
        "wypompowywały wodę przez dwa dni. Związek zażądał kontroli."
    )
    c = compare_texts(
        tmp_path, [("es", "Diario del Valle", "2026-11-19", es), ("pl", "Gazeta Dolinna", "2026-11-19", pl)]
    )
    for item in c.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("Tres" in texts and "5 górników" in texts), item
