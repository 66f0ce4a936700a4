"""Declarations made once for one event agreed across languages: a day of mourning ("В Дальнии объявлен день
траура" / "Dalnia ha decretado una jornada de luto nacional"), a state of emergency. The sentence encoder leaves
such sentences unpaired (a new user's coach crash showed neither as agreed). Near cases stay apart: another
country's mourning, a denial. Invented text, invented country (Dalnia) and town (Tressk)."""

from __future__ import annotations

from crosswire.compare.claims.declared import _phrases, declarations, denied
from crosswire.compare.claims.units import Unit
from test_compare_core import compare_texts

ROWS = [
    (
        "d-ru",
        "Вестник Тресска",
        "Автобус упал в реку у города Тресск в Дальнии, погибли семь человек. "
        "В Дальнии объявлен день траура. В регионе введён режим чрезвычайной ситуации.",
    ),
    (
        "d-es",
        "Diario del Río",
        "Siete personas murieron al caer un autobús al río cerca de Tressk, en Dalnia. "
        "Dalnia ha decretado una jornada de luto nacional por las víctimas del accidente.",
    ),
    (
        "d-de",
        "Flussbote",
        "Sieben Menschen sind beim Sturz eines Busses in einen Fluss bei Tressk in Dalnia "
        "gestorben. Die Regierung ordnete Staatstrauer an. Für die Region wurde der Notstand ausgerufen.",
    ),
    (
        "d-pl",
        "Kurier Rzeczny",
        "Siedem osób zginęło, gdy autobus wpadł do rzeki w pobliżu Tressk w Dalnii. "
        "Prezydent Polski ogłosił w Polsce żałobę narodową, bo wśród ofiar byli Polacy.",
    ),
    (
        "d-fr",
        "Le Fleuve",
        "Sept personnes sont mortes dans la chute d'un bus dans une rivière près de Tressk. "
        "Le gouvernement n'a pas décrété de deuil national.",
    ),
]


def _agreed(tmp_path):
    comparison = compare_texts(tmp_path, [(i, o, "2026-05-02", t) for i, o, t in ROWS])
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return [
        ({outlet[n] for n in item.sources}, " ".join(ev.text for ev in item.evidence)) for item in comparison.agreed
    ]


def test_one_declaration_agreed_across_languages(tmp_path):
    agreed = _agreed(tmp_path)
    mourning = [outlets for outlets, text in agreed if "траура" in text or "luto" in text or "Staatstrauer" in text]
    assert mourning == [{"Вестник Тресска", "Diario del Río", "Flussbote"}]
    emergency = [outlets for outlets, text in agreed if "чрезвычайной" in text or "Notstand" in text]
    assert emergency == [{"Вестник Тресска", "Flussbote"}]
    # another country's mourning, and a denial, are in no agreed item
    assert not any("żałobę" in text or "deuil" in text for _outlets, text in agreed)


def test_every_language_of_the_data_has_phrases():
    for declaration, langs in _phrases().items():
        assert {"en", "de", "fr", "es", "ru", "uk", "pl"} <= set(langs), declaration


class _Said:
    """The two fields of a unit the declaration reader looks at."""

    def __init__(self, text: str, language: str) -> None:
        self.text, self.language = text, language
        self.claim = type("C", (), {"negated": False})()


def _u(text: str, language: str) -> Unit:
    return _Said(text, language)  # type: ignore[return-value]


def test_a_denial_states_no_declaration_and_never_agrees_with_one():
    said = _u("Rząd ogłosił dzień żałoby narodowej.", "pl")
    assert declarations(said) == {"mourning"}
    for text, lang in [
        ("The government did not declare a day of mourning.", "en"),
        ("Правительство не стало объявлять день траура.", "ru"),
        ("Die Regierung hat keine Staatstrauer angeordnet.", "de"),
    ]:
        assert declarations(_u(text, lang)) == frozenset()
        assert denied(said, _u(text, lang))
