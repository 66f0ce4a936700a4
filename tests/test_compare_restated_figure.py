"""A sentence giving a figure no nearby sentence of another language gives is not restated by it
(crosswire.compare.restated.same_gist, own_figure).

A new user's airline story lost its Spanish-only fact, "vales de 150 euros" beside the refund every outlet gives:
the Spanish sentence read 0.53 and 0.54 to the airline's cancelled flights in English and its refunds in French,
over the restatement bar (0.52), anchored on the airline, and was taken as restated. Texts invented; cosines set
by hand (the rule reads the encoder's features only).
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.units import Unit
from crosswire.compare.restated import GIST_COSINE, own_figure, same_gist
from crosswire.facts.records import Claim, Value

PARTY = "organisation:Tolvane Rail"


class _Near:
    def __init__(self, cosine: float) -> None:
        self.cosine = cosine

    def features(self, u: Unit, v: Unit) -> tuple[float, float, bool]:
        return self.cosine, 1.2, True


def _unit(i: int, source: int, text: str, lang: str, values: list[tuple[str, float]]) -> Unit:
    vals = [Value(kind=kind, text=str(n), start=0, end=1, value=n) for kind, n in values]  # type: ignore[arg-type]
    claim = Claim(id=f"c{i}", start=0, end=len(text), language=lang, values=vals)
    return Unit(index=i, source=source, article=f"a{source}", claim=claim, text=text, position=0.5, subject=PARTY)


CASES = [
    (
        ("Tolvane Rail ofrece a los viajeros bonos de 40 euros, además del reembolso del billete.", "es", 40.0),
        ("Les voyageurs peuvent se faire rembourser leur billet, a précisé Tolvane Rail.", "fr"),
    ),
    (
        ("Tolvane Rail bietet den Fahrgästen Gutscheine über 40 Euro und erstattet die Fahrkarten.", "de", 40.0),
        ("Tolvane Rail said passengers could have their tickets refunded.", "en"),
    ),
    (
        ("Tolvane Rail zaoferowała pasażerom 3 darmowe przejazdy oprócz zwrotu za bilety.", "pl", 3.0),
        ("Tolvane Rail rimborserà i biglietti ai passeggeri.", "it"),
    ),
]


@pytest.mark.parametrize(("own", "other"), CASES)
def test_a_figure_the_near_sentence_lacks_keeps_it_apart(own: tuple[str, str, float], other: tuple[str, str]) -> None:
    text, lang, n = own
    u = _unit(0, 1, text, lang, [("money" if n == 40.0 else "count", n)])
    v = _unit(1, 2, other[0], other[1], [])
    assert own_figure(u, v)
    assert not same_gist(u, v, _Near(GIST_COSINE + 0.02))  # failed before: 0.54, one party, read as restated


@pytest.mark.parametrize(("own", "other"), CASES)
def test_the_same_figure_across_languages_is_still_restated(
    own: tuple[str, str, float], other: tuple[str, str]
) -> None:
    text, lang, n = own
    kind = "money" if n == 40.0 else "count"
    u = _unit(0, 1, text, lang, [(kind, n)])
    v = _unit(1, 2, other[0] + f" ({n:g})", other[1], [(kind, n)])
    assert not own_figure(u, v)
    assert same_gist(u, v, _Near(GIST_COSINE + 0.02))


def test_a_sentence_with_no_figure_is_restated_as_before() -> None:
    u = _unit(0, 1, "Tolvane Rail erstattet die Fahrkarten.", "de", [])
    v = _unit(1, 2, "Tolvane Rail will refund the tickets.", "en", [])
    assert same_gist(u, v, _Near(GIST_COSINE + 0.02))
    assert not same_gist(u, v, _Near(GIST_COSINE - 0.02))


def test_a_date_is_no_figure_of_its_own() -> None:
    u = _unit(0, 1, "Tolvane Rail erstattet die Fahrkarten seit Montag.", "de", [("date", 1.0)])
    v = _unit(1, 2, "Tolvane Rail will refund the tickets.", "en", [])
    assert not own_figure(u, v)
