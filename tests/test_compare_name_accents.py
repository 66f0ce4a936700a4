"""A name written with and without its accents by different sources is two spellings, each citing only the
sources that write it so (a new user's "Jovan Kerenčić [1][2][3][5]" cited sources that write "Kerencic").
Invented text."""

from __future__ import annotations

from test_compare_core import compare_texts

TEXTS = [
    ("a", "Harbourline Post", "Jovan Kerenčić, the head of Kaldor Lifts, said the brake had worked as designed."),
    ("b", "Northgate Courier", "Jovan Kerencic, the head of Kaldor Lifts, said the brake worked as it should."),
    ("c", "Ridge Daily", "Jovan Kerencic, head of Kaldor Lifts, told reporters that the brake had worked."),
]


def test_accents_part_two_spellings_and_each_cites_its_own_writers(tmp_path):
    comparison = compare_texts(tmp_path, [(i, o, "2026-03-14", t) for i, o, t in TEXTS])
    variant = next(v for v in comparison.name_variants if any("Kerenčić" in s.text for s in v.spellings))
    by_text = {s.text: s for s in variant.spellings}
    assert set(by_text) == {"Jovan Kerenčić", "Jovan Kerencic"}
    for spelling in variant.spellings:
        for ev in spelling.evidence:  # each cited sentence writes the spelling it is cited for
            assert spelling.text in ev.text
    assert len(by_text["Jovan Kerencic"].sources) == 2 and len(by_text["Jovan Kerenčić"].sources) == 1


def test_a_spelling_is_shown_as_an_article_writes_it() -> None:
    """A Russian name's base form is the parser's guess: "Марит Сольберг" came out as "Мариты Сольберг", which
    no article wrote (a new user's ferry story). The spelling shown is a mention's, unless the name is one."""
    from crosswire.compare.names import _as_written
    from crosswire.facts.records import Entity, Mention

    def mention(text: str) -> Mention:
        return Mention(text=text, start=0, end=len(text), sentence_start=0, sentence_end=len(text))

    guessed = Entity(
        id="e1", name="Мариты Сольберг", type="person", mentions=[mention("Марит Сольберг"), mention("Сольберг")]
    )
    assert _as_written(guessed) == "Марит Сольберг"
    declined = Entity(
        id="e2", name="Михаил Зарубин", type="person", mentions=[mention("Михаила Зарубина"), mention("Михаил Зарубин")]
    )
    assert _as_written(declined) == "Михаил Зарубин"
