"""A negation flips an adjective into its antonym, and the flip must survive translation: "At no time was the smoke
dangerous" (never dangerous: always safe) is one meaning in every faithful rendering (« n'a été nocive », «не был
опасен», "fue peligroso" each denied), and "zu keinem Zeitpunkt völlig ungefährlich" (never completely harmless:
not safe) is the opposite one. The pair "safe or unsafe" of ``data/quote_meanings.toml`` reads them, in ten
languages. Such wordings are a quote conflict ("different meaning"), never one agreed item nor one quote variant;
faithful renderings read alike are one statement even where the encoder scores them under the direct-quote bar.
Invented text (a fire at a grain terminal; a bridge checked after a storm)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.quote_meaning import meaning_alike, meaning_apart, poles
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "polarity"

NEVER_UNSAFE = "At no point was the bridge unsafe for traffic"

FAITHFUL = [
    ("de", "Die Brücke war zu keinem Zeitpunkt unsicher für den Verkehr"),
    ("es", "En ningún momento el puente fue peligroso para el tráfico"),
    ("fr", "À aucun moment le pont n'a été dangereux pour la circulation"),
    ("it", "In nessun momento il ponte è stato pericoloso per il traffico"),
    ("pt", "Em nenhum momento a ponte foi insegura para o trânsito"),
    ("pl", "Most w żadnym momencie nie był niebezpieczny dla ruchu"),
    ("ru", "Мост ни разу не был опасен для движения"),
    ("uk", "Міст жодного разу не був небезпечним для руху"),
    ("en", "The bridge was safe for traffic at all times"),
]

FLIPPED = [
    ("de", "Die Brücke war zu keinem Zeitpunkt vollkommen sicher für den Verkehr"),
    ("es", "El puente nunca fue del todo seguro para el tráfico"),
    ("fr", "Le pont n'a jamais été totalement sûr pour la circulation"),
    ("it", "Il ponte non è mai stato del tutto sicuro per il traffico"),
    ("pt", "A ponte nunca foi totalmente segura para o trânsito"),
    ("pl", "Most nigdy nie był całkowicie bezpieczny dla ruchu"),
    ("ru", "Мост никогда не был полностью безопасен для движения"),
    ("uk", "Міст ніколи не був повністю безпечним для руху"),
    ("en", "The bridge was dangerous for traffic"),
]


@pytest.mark.parametrize(("lang", "text"), FAITHFUL)
def test_never_unsafe_rendered_faithfully_is_one_meaning(lang, text):
    assert meaning_apart(NEVER_UNSAFE, "en", text, lang) is None
    assert meaning_alike(NEVER_UNSAFE, "en", text, lang) == "safe or unsafe"


@pytest.mark.parametrize(("lang", "text"), FLIPPED)
def test_never_completely_safe_is_the_opposite_of_never_unsafe(lang, text):
    assert meaning_apart(NEVER_UNSAFE, "en", text, lang) == "safe or unsafe"
    assert meaning_alike(NEVER_UNSAFE, "en", text, lang) is None


def test_a_denied_pole_reads_as_the_other_and_both_named_read_neither():
    assert poles("The water was not unsafe", "en")["safe or unsafe"][0] is False
    assert poles("The water was not safe", "en")["safe or unsafe"][0] is True
    assert poles("«Вода не была опасной»", "ru")["safe or unsafe"][0] is False
    assert "safe or unsafe" not in poles("It was safe then, but it is dangerous now", "en")
    # an antonym's prefix is no pole word of its own: "unsafe" holds no "safe", "небезопасный" no "безопасный"
    assert poles("The road is unsafe", "en")["safe or unsafe"][0] is True
    assert poles("Дорога небезопасна", "ru")["safe or unsafe"][0] is True
    assert poles("Droga jest niebezpieczna", "pl")["safe or unsafe"][0] is True


def test_wordings_without_the_pair_are_not_read():
    assert meaning_alike("We will rebuild the terminal", "en", "Wir werden das Terminal wieder aufbauen", "de") is None
    assert meaning_apart("We will rebuild the terminal", "en", "Wir werden das Terminal wieder aufbauen", "de") is None


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("smoke"), FIXTURES / "terminal-smoke.jsonl")


def _outlets(comparison, sources):
    outlet = {s.n: s.outlets[0] for s in comparison.sources}
    return {outlet[n] for n in sources}


def test_a_quote_translated_with_the_opposite_meaning_is_a_conflict(smoke):
    found = [c for c in smoke.conflicts if c.reason == "different meaning"]
    assert len(found) == 1, [c.summary for c in smoke.conflicts]
    sides = {frozenset(_outlets(smoke, s.sources)) for s in found[0].sides}
    assert sides == {
        frozenset({"Harbour Chronicle", "Diario de la Costa", "Le Courrier de l'Ouest", "Вести залива"}),
        frozenset({"Küstenbote"}),
    }


def test_the_opposite_rendering_is_no_agreement_and_no_variant(smoke):
    flipped = "zu keinem Zeitpunkt völlig ungefährlich"
    for item in smoke.agreed:
        texts = [ev.text for ev in item.evidence]
        assert not (any(flipped in t for t in texts) and len(item.sources) > 1), item.summary
    for variant in smoke.quote_variants:
        assert all(flipped not in q.text for q in variant.quotes)


def test_every_faithful_rendering_is_one_quote_variant(smoke):
    assert len(smoke.quote_variants) == 1
    quoted = _outlets(smoke, [n for q in smoke.quote_variants[0].quotes for n in q.sources])
    assert quoted == {"Harbour Chronicle", "Diario de la Costa", "Le Courrier de l'Ouest", "Вести залива"}
