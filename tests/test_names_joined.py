"""Names written as one word and regnal names beyond English (crosswire.facts.name_words.name_parts): invented
people, and beside each rule a near pair it must keep apart."""

from __future__ import annotations

from crosswire.facts.name_words import name_parts
from crosswire.facts.records import Entity
from test_names_forms import _ids  # one way to link a list of (language, name) across articles


def _parts(name: str, language: str | None) -> tuple[list[str], str]:
    return name_parts(Entity("e1", name, "person", []), language)


def test_a_name_written_as_one_word_is_read_as_its_words() -> None:
    assert _parts("KarolinaWendt", "cs") == (["Karolina"], "Wendt")
    assert _parts("Jan-Piotr-Zelwer", "pl") == (["Jan-Piotr"], "Zelwer")
    ids = _ids([("ru", "Каролина Вендт"), ("cs", "KarolinaWendt"), ("pl", "Karolina Wendt"), ("sl", "Marta Wendt")])
    assert ids[0] == ids[1] == ids[2] != ids[3]


def test_joined_surnames_and_prefixes_stay_one_word() -> None:
    assert _parts("McDonald", "pl") == ([], "McDonald")
    assert _parts("MacDonald", "cs") == ([], "MacDonald")
    assert _parts("FitzGerald", "cs") == ([], "FitzGerald")
    assert _parts("Hamilton-Parker", "sl") == ([], "Hamilton-Parker")  # a double-barrelled surname
    assert _parts("KarolinaWendt", "en") == ([], "KarolinaWendt")  # English input keeps its rules


def test_regnal_names_are_told_apart_by_their_numeral() -> None:
    assert _parts("Ottokar III.", "cs") == (["Ottokar"], "III")
    assert _parts("Ottokar III", "en") == ([], "Ottokar")  # English: a generational suffix, as before
    ids = _ids([("cs", "Ottokar III."), ("ru", "Оттокар III"), ("pl", "Ottokar IV"), ("sl", "Otokar III")])
    assert ids[0] == ids[1] == ids[3] != ids[2]
