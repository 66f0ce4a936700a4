"""Shared vocabulary and helpers: one home for the word lists and small parsers several stages read.

- :mod:`~crosswire.vocab.calendar`: ``MONTHS``, ``WEEKDAYS``, ``MONTH_NUMBERS``, and ISO 8601 reading
  (``iso_datetime``, ``iso_day``), and how a publication time is shown and ordered (``published_label``,
  ``published_order``);
- :mod:`~crosswire.vocab.names`: ``fold``, ``surname``, ``is_name_suffix``, ``initials``, ``HONORIFICS``;
- :mod:`~crosswire.vocab.quantities`: qualifiers, number words, vague counts and currencies;
- :mod:`~crosswire.vocab.titles`: ``TITLE_SEPARATORS`` of a page title;
- :mod:`~crosswire.vocab.data`: ``data_lines`` and ``data_toml`` over the package's ``data/`` files, where
  the lists themselves live.
"""

from crosswire.vocab.calendar import (
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAYS,
    iso_datetime,
    iso_day,
    published_label,
    published_order,
)
from crosswire.vocab.data import DATA_DIR, data_lines, data_toml
from crosswire.vocab.names import HONORIFICS, NAME_SUFFIXES, fold, initials, is_name_suffix, surname
from crosswire.vocab.titles import TITLE_SEPARATORS

__all__ = [
    "DATA_DIR",
    "HONORIFICS",
    "MONTHS",
    "MONTH_NUMBERS",
    "NAME_SUFFIXES",
    "TITLE_SEPARATORS",
    "WEEKDAYS",
    "data_lines",
    "data_toml",
    "fold",
    "initials",
    "is_name_suffix",
    "iso_datetime",
    "iso_day",
    "published_label",
    "published_order",
    "surname",
]
