"""A number as a label shows it, in the shared display form (English digits: "5,400", "2.4"), whatever locale
wrote it: German "5.400" and "2,4", French "2 400" (a space, a no-break or a thin space between the groups).

The quoted evidence keeps the source's own text; only labels (a conflict's sides, a figure item's values) are
rewritten, and only a number whose locale reading is the value the facts stage read (``value``, or that value
over a scale word's multiplier: "2,4" of "2,4 Mio." is 2.4 million), so an English "2.100" (2.1) is never read as
2,100. A new user's German copy labelled a conflict "2,400 [1] vs 2.100 [4]", two separators for one display.
"""

from __future__ import annotations

import re

# thousands grouped by a point or a space (and a decimal comma after them), or a bare decimal comma
_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.\u00a0\u202f ]\d{3})+)(?:,(\d+))?(?![\d]|[.,]\d)")
_DECIMAL = re.compile(r"(?<![\d.,\u00a0\u202f ])(\d+),(\d{1,2})(?![\d]|[.,]\d)")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12, 0.01)  # a scale word's multiplier over the written number; 0.01: a percent


def _is_value(number: float, value: float, scales: tuple[float, ...] = _SCALES) -> bool:
    return any(abs(number * scale - value) <= 1e-6 * max(1.0, abs(value)) for scale in scales)


def display_number(text: str, value: float | None) -> str:
    """``text`` (a figure or value as written) with each locale-written number that reads as ``value`` in the
    shared display form: ("5.400", 5400.0) -> "5,400", ("rund 2 400", 2400.0) -> "rund 2,400", ("2,4 Mio.
    Euro", 2.4e6) -> "2.4 Mio. Euro"; ``text`` unchanged when ``value`` is None or no number reads so."""
    if value is None:
        return text

    def grouped(m: re.Match[str]) -> str:
        whole = int(re.sub(r"\D", "", m.group(1)))
        frac = m.group(2)
        number = float(f"{whole}.{frac}") if frac else float(whole)
        if not _is_value(number, value, (1.0,)):  # grouped thousands: the value itself ("2.100 million" is English)
            return m.group()
        return f"{whole:,}" + (f".{frac}" if frac else "")

    def decimal(m: re.Match[str]) -> str:
        number = float(f"{m.group(1)}.{m.group(2)}")
        return f"{m.group(1)}.{m.group(2)}" if _is_value(number, value) else m.group()

    return _DECIMAL.sub(decimal, _GROUPED.sub(grouped, text))
