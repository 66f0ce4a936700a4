"""A figure's label names its unit in the plural once: a unit already written in the plural ("miles", "yards",
"kilometres", "feet") or as an abbreviation ("km") stays as it is; ECB+ on the eighth pass's merged tree showed
"Quantity in mileses" and "Quantity in yardses"."""

from __future__ import annotations

import pytest

from crosswire.vocab.concepts import plural_noun


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("miles", "miles"),
        ("yards", "yards"),
        ("kilometres", "kilometres"),
        ("tonnes", "tonnes"),
        ("feet", "feet"),
        ("km", "km"),
        ("metre", "metres"),
        ("foot", "feet"),
        ("hectare", "hectares"),
        ("bus", "buses"),
        ("person killed", "people killed"),
        ("home flooded", "homes flooded"),
    ],
)
def test_a_unit_or_noun_is_pluralised_once(phrase: str, plural: str) -> None:
    assert plural_noun(phrase) == plural
