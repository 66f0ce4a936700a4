"""A quotation rendered with the opposite polarity in another outlet is never one statement in two wordings
(a new user's bridge story): the clause one wording states, the other denies ("nobody had warned us"), in any of
the languages of ``[negation]``; a faithful rendering whose clauses keep their polarity stays one quote variant.
All wordings are invented."""

from __future__ import annotations

import pytest

from crosswire.compare.quote_polarity import clauses, polarity_apart
from test_compare_core import compare_texts

OPPOSITE = [
    (
        "English warned vs Italian nobody warned",
        ("We were told about the cracks in the dam, and we waited too long", "en"),
        ("Nessuno ci aveva parlato delle crepe nella diga", "it"),
    ),
    (
        "German nobody informed vs English informed",
        ("Niemand hat uns über die Risse im Damm informiert", "de"),
        ("We were informed about the cracks in the dam", "en"),
    ),
    (
        "Spanish nobody knew vs French we knew",
        ("Nadie sabía que la escuela era peligrosa", "es"),
        ("Nous savions que l'école était dangereuse, mais nous n'avions pas d'argent", "fr"),
    ),
    (
        "Russian nobody warned vs English warned",
        ("Никто нас не предупреждал об этом мосте", "ru"),
        ("We were warned about this bridge", "en"),
    ),
]

SAME = [
    (
        "both mixed clauses, English and French",
        ("The inspection found corrosion, but nothing that suggested an imminent failure", "en"),
        ("La corrosion était connue, mais rien ne laissait prévoir un effondrement", "fr"),
    ),
    (
        "both denied, German and Spanish",
        ("Niemand hat uns gewarnt", "de"),
        ("Nadie nos advirtió", "es"),
    ),
    (
        "a cut quotation of the stated clause only",
        ("We were warned about this bridge, and we did not act fast enough", "en"),
        ("Ci avevano avvertito su questo ponte", "it"),
    ),
    (
        "a cut quotation of the denied clause only",
        ("We were warned about this bridge, and we did not act fast enough", "en"),
        ("Non abbiamo agito abbastanza in fretta", "it"),
    ),
    ("neither denied", ("The water is safe to drink", "en"), ("L'eau est potable", "fr")),
]


def test_clauses_are_cut_at_coordinators_and_read_for_negation() -> None:
    assert clauses("We were warned about this bridge, and we did not act fast enough", "en") == [
        ("We were warned about this bridge", False),
        ("we did not act fast enough", True),
    ]
    assert clauses("Die Schäden waren bekannt, aber niemand hat reagiert", "de") == [
        ("Die Schäden waren bekannt", False),
        ("niemand hat reagiert", True),
    ]
    assert [n for _t, n in clauses("Sabíamos del peligro, pero nadie nos escuchó", "es")] == [False, True]
    # "and" between nouns joins no clauses
    assert clauses("Bread and water were handed out", "en") == [("Bread and water were handed out", False)]


@pytest.mark.parametrize(("case", "a", "b"), OPPOSITE, ids=[c[0] for c in OPPOSITE])
def test_opposite_polarity_is_read(case: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    assert polarity_apart(a[0], a[1], b[0], b[1]) is not None, case


@pytest.mark.parametrize(("case", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_same_polarity_is_not_read_apart(case: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    assert polarity_apart(a[0], a[1], b[0], b[1]) is None, case


def test_opposite_quotes_of_one_speaker_are_a_conflict_not_a_variant(tmp_path) -> None:
    day = "2027-05-10"
    rows = [
        (
            "en",
            "Tidewater Post",
            day,
            "Brannock\n\nThe Sellow dam near Brannock burst on Monday, flooding the lower town.\n\n"
            '"We knew about the cracks in the dam, and we did not act in time," Governor Aino Rask said at a '
            "news conference.\n\nRescue teams evacuated the lower town.",
        ),
        (
            "fr",
            "La Vigie",
            day,
            "Brannock\n\nLe barrage de Sellow, près de Brannock, a cédé lundi et inondé la ville basse.\n\n"
            "« Personne ne nous avait parlé des fissures du barrage », a déclaré la gouverneure Aino Rask lors "
            "d'une conférence de presse.\n\nLes secours ont évacué la ville basse.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert not [v for v in comparison.quote_variants if "Rask" in v.speaker]
    meaning = [c for c in comparison.conflicts if c.reason == "different meaning"]
    assert meaning and "Rask" in meaning[0].summary


def test_not_only_is_no_denial_and_one_language_is_left_to_shared_words() -> None:
    assert [n for _t, n in clauses("This is not only the first direct detection of water", "en")] == [False]
    assert [n for _t, n in clauses("Das ist nicht nur die erste direkte Messung", "de")] == [False]
    # two statements of one speaker in one language, alike by topic, are not read here
    assert (
        polarity_apart(
            "We suggest that the leak occurs at lower levels than previously estimated",
            "en",
            "The interesting thing is not the leak itself but how long it went unseen",
            "en",
        )
        is None
    )
