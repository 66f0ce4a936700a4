"""The brief's statement and name lines, on the invented ferry story of ``test_compare_carried_counts``
(three outlets report what the harbour master said, none quotes him; one spells his name differently):
a reported clause is never put in quotation marks, sources printing the same words are cited together, and a
person is named as most sources spell them.
"""

from __future__ import annotations

import re

from crosswire.compare.records import Comparison
from test_compare_carried_counts import ferry  # pytest fixture, used by name

__all__ = ["ferry"]


def test_reported_words_are_not_shown_as_quotations(ferry: Comparison) -> None:
    lines = [s.text for s in ferry.brief if "wordings" in s.text]
    assert lines, [s.text for s in ferry.brief]
    for line in lines:
        assert "\u201crescue boats" not in line.lower(), line
        assert "(reported)" in line, line


def test_one_wording_printed_by_two_sources_is_cited_once(ferry: Comparison) -> None:
    for line in (s.text for s in ferry.brief if "wordings" in s.text):
        parts = [p.strip() for p in line.split(":", 1)[1].split(";")]
        texts = [re.sub(r"\s*(\[\d+\])+\.?$", "", p).casefold() for p in parts]
        assert len(texts) == len(set(texts)), line


def test_a_person_is_named_as_most_sources_spell_them(ferry: Comparison) -> None:
    names = [s.text for s in ferry.brief if "spelled differently" in s.text]
    assert names and names[0].startswith("The name Tomasz Wierzbicki "), names


def test_no_output_puts_reported_speech_in_quotation_marks(ferry: Comparison) -> None:
    """The quote variants section of every output marks a paraphrase as reported (a new user found the
    harbour master's reported words in quotation marks in the terminal and Markdown outputs)."""
    import io

    from rich.console import Console

    from crosswire.compare.markdown import render_markdown
    from crosswire.compare.render import render_html
    from crosswire.compare.terminal import render_terminal

    reported = [q for qv in ferry.quote_variants for q in qv.quotes if not q.quoted]
    assert reported, "the fixture's harbour master is only reported"
    buf = io.StringIO()
    render_terminal(ferry, Console(file=buf, width=400, color_system=None))
    outputs = {"terminal": buf.getvalue(), "markdown": render_markdown([ferry]), "html": render_html([ferry])}
    for name, text in outputs.items():
        for q in reported:
            words = q.text[:40]
            assert f"\u201c{words}" not in text and f"<q>{words}" not in text, (name, words)
            assert "(reported)" in text, name
