"""Two sentences giving one number of people in two states never agree (crosswire.compare.claims.count_states.
one_number_two_states): "Seven people were injured in the blast" / "Seven people died in the blast" read alike
(the number, the event, the credited source) and were shown as one agreed fact, citing an outlet for a toll it does
not give (an engineer's invented Spanish and German stories; the same in English). A count of one state in both
(the dead and those who died, the injured and the hurt) still agrees.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.compare.claims.count_states import one_number_two_states
from crosswire.compare.claims.units import Unit
from invented import claim_unit, count_value


def _unit(i: int, source: int, text: str, lang: str, word: str, value: float, noun: str) -> Unit:
    return claim_unit(i, source, text, lang, [count_value(text, word, value, noun)])


# (language, injured, its number word and noun, dead, its number word and noun, dead again in other words)
CASES = [
    ("en", "Seven people were injured in the blast, the fire brigade said.", "Seven", "people",
     "Seven people died in the blast, the fire brigade said.", "Seven", "people",
     "The blast killed seven people, according to the fire brigade.", "seven", "people"),
    ("es", "Siete personas resultaron heridas en la explosión, según los bomberos.", "Siete", "persona",
     "Siete personas murieron en la explosión, según los bomberos.", "Siete", "persona",
     "La explosión dejó siete muertos, según los bomberos.", "siete", "muerto"),
    ("de", "Sieben Menschen wurden bei der Explosion verletzt, teilte die Feuerwehr mit.", "Sieben", "mensch",
     "Sieben Menschen starben bei der Explosion, teilte die Feuerwehr mit.", "Sieben", "mensch",
     "Bei der Explosion gab es sieben Tote, teilte die Feuerwehr mit.", "sieben", "tote"),
    ("fr", "Sept personnes ont été blessées dans l'explosion, selon les pompiers.", "Sept", "personne",
     "Sept personnes sont mortes dans l'explosion, selon les pompiers.", "Sept", "personne",
     "L'explosion a fait sept morts, selon les pompiers.", "sept", "mort"),
    ("pl", "Siedem osób zostało rannych w wybuchu, poinformowała straż pożarna.", "Siedem", "osoba",
     "Siedem osób zginęło w wybuchu, poinformowała straż pożarna.", "Siedem", "osoba",
     "W wybuchu zginęło siedem osób, poinformowała straż pożarna.", "siedem", "osoba"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_one_number_of_hurt_and_of_dead_is_two_states(case):
    lang, hurt, hw, hn, dead, dw, dn, *_ = case
    assert one_number_two_states(_unit(0, 1, hurt, lang, hw, 7.0, hn), _unit(1, 2, dead, lang, dw, 7.0, dn))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_dead_in_other_words_are_one_state(case):
    lang, _h, _hw, _hn, dead, dw, dn, again, aw, an = case
    assert not one_number_two_states(_unit(0, 1, dead, lang, dw, 7.0, dn), _unit(1, 2, again, lang, aw, 7.0, an))


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_two_numbers_are_for_the_value_checks_not_this_one(case):
    lang, hurt, hw, hn, dead, dw, dn, *_ = case
    assert not one_number_two_states(_unit(0, 1, hurt, lang, hw, 7.0, hn), _unit(1, 2, dead, lang, dw, 8.0, dn))


BLAST = (
    "Gas blast tears through Harlow Street bakery\n\nHARLOW, March 4 (Northwire) - A gas explosion destroyed a "
    "bakery on Harlow Street early on Tuesday, police said.\n\n{toll}\n\nFirefighters spent four hours at the "
    "scene.\n",
    "Explosion at Harlow bakery\n\nBy Ana Pell, Harlow Courier, March 4\n\nA gas explosion wrecked a bakery on "
    "Harlow Street early on Tuesday morning.\n\n{toll}\n\nThe street remained closed on Tuesday afternoon.\n",
)


def _agreed_texts(tmp_path: Path, toll_a: str, toll_b: str) -> list[str]:
    paths = []
    for n, (page, toll) in enumerate(zip(BLAST, (toll_a, toll_b), strict=True)):
        path = tmp_path / f"page{n}.txt"
        path.write_text(page.format(toll=toll), encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(app, ["compare", *paths, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    return [" / ".join(e["text"] for e in item["evidence"]) for item in doc["stories"][0]["agreed"]]


def test_end_to_end_the_hurt_and_the_dead_are_not_agreed(tmp_path: Path) -> None:
    agreed = _agreed_texts(
        tmp_path,
        "Seven people were injured in the blast, according to the fire brigade.",
        "Seven people died in the blast, the fire brigade said.",
    )
    assert not any("injured" in t and "died" in t for t in agreed), agreed
    assert any("destroyed a bakery" in t for t in agreed)  # the explosion itself is still agreed


def test_end_to_end_the_dead_in_other_words_are_agreed(tmp_path: Path) -> None:
    agreed = _agreed_texts(
        tmp_path,
        "Seven people were killed in the blast, according to the fire brigade.",
        "Seven people died in the blast, the fire brigade said.",
    )
    assert any("killed" in t and "died" in t for t in agreed), agreed
