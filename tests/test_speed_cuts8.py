"""CPU cuts of the eighth speed pass, each exact: what a counted word means (``concept_of``) looked up by the
word's own prefixes and suffixes in an index of the stem list instead of testing every stem (the facts stage
asks it for every word of every clause of the non-English sentences), and the agent reader's phrase patterns
compiled per language when a sentence of that language is first read, not every language's at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosswire.compare.claims import agents
from crosswire.vocab import concepts
from crosswire.vocab.concepts import concept_of
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

SHARED = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bsnlp2021"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "ru", "uk", "pl", "zh")


def _scanned(word: str | None, language: str | None) -> str | None:
    """The concept as the reader found it before the index: every stem of the list tested in its order."""
    if not word:
        return None
    exact, stems = concepts._table(language or "en")
    w = word.casefold().strip()
    if w in exact:
        return exact[w]
    head = w.split()[0] if w.split() else w
    if head in exact:
        return exact[head]
    if (language or "en") == "de":
        if "-" in head.strip("-"):
            found = concept_of(head.rsplit("-", 1)[1], "de")
        else:
            found = next((c for stem, c in stems if concepts._compound_head(stem, head)), None)
        if found:
            return found
    for cand in (head, fold(head)):
        for stem, concept in stems:
            if cand.startswith((stem, fold(stem))):
                return concept
    return None


def _invented_words() -> list[tuple[str, str]]:
    """Every listed word of every language with endings, prefixes (German compounds), accents and phrases."""
    out = []
    for words in data_toml("concepts.toml").values():
        for language, ws in words.items():
            for w in ws:
                for form in (w, w + "s", w + "en", w + "ами", w + "ów", "Vor" + w, "Rettungs" + w + "e", "x-" + w):
                    out += [(form, language), (form.upper(), language), (form + " killed", language)]
                    out += [(form, "de"), (form, "ru")]
    out += [("", "en"), ("  ", "de"), ("Élèves", "fr"), ("Überlebende", "de"), ("-", "de"), ("ab-", "de")]
    return out


def test_concept_of_equals_the_scan_of_every_stem_on_invented_words():
    words = _invented_words()
    assert len(words) > 10_000
    differ = [(w, lang) for w, lang in words if concept_of(w, lang) != _scanned(w, lang)]
    assert differ == []
    assert concept_of("Rettungsboote", "de") == "boat"  # a compound's head, found through the suffix index
    assert concept_of("лодка", "ru") == concept_of("Boote", "de") == "boat"


@pytest.mark.skipif(not SHARED.exists(), reason="the shared BSNLP texts are not here")
def test_concept_of_equals_the_scan_on_real_text():
    files = sorted(SHARED.rglob("*.txt"))[::60]
    words = {w for f in files for w in re.findall(r"[\w'’-]+", f.read_text(encoding="utf-8", errors="replace"))}
    assert len(words) > 2_000
    for language in ("de", "ru", "pl", "uk", "en"):
        assert [w for w in sorted(words) if concept_of(w, language) != _scanned(w, language)] == []


def test_the_agent_reader_compiles_only_the_languages_it_reads():
    agents._acts_of.cache_clear()
    agents._agents.cache_clear()
    agents._any_act.cache_clear()
    agents._readings.cache_clear()
    [reading] = agents.readings("A security guard raised the alarm shortly after midnight.", "en")
    assert (reading.act, reading.agent) == ("raised_alarm", "guard")
    assert agents._acts_of.cache_info().currsize == 1  # English only
    assert agents._agents.cache_info().currsize == 1
    [reading] = agents.readings("Тело нашёл прохожий.", "ru")
    assert reading.agent == "passer_by"
    assert agents._acts_of.cache_info().currsize == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_act_in_the_data_order(language):
    acts = agents._acts_of(language)
    assert [a.id for a in acts] == list(data_toml("agents.toml")["acts"])
    assert {a.id: a.label for a in acts} == agents._labels()
    assert all(set(a.active) <= {language} and set(a.passive) <= {language} for a in acts)
    spec = data_toml("agents.toml")["acts"]
    for act in acts:
        assert len(act.active.get(language, [])) == len(spec[act.id].get("active", {}).get(language, []))
        assert len(act.passive.get(language, [])) == len(spec[act.id].get("passive", {}).get(language, []))


def _pole_sentences() -> list[tuple[str, str]]:
    """Sentences holding every pole phrase of the data in its language, negated, asked about, glued to a word."""
    out = []
    for spec in data_toml("facts_outcomes.toml").get("polar", {}).values():
        for langs in spec.get("poles", {}).values():
            for language, phrases in langs.items():
                for p in phrases:
                    p = p.replace("-", "")
                    out += [(f"The firm {p} the ransom.", language), (f"They did not {p}.", language)]
                    out += [(f"Asked whether to {p}, they {p}.", language), (f"x{p}", language), (p.upper(), language)]
    return out


def test_polar_poles_are_what_every_pattern_finds(monkeypatch):
    from crosswire.compare.claims import polar

    sentences = _pole_sentences()
    if SHARED.exists():
        for f in sorted(SHARED.rglob("*.txt"))[::40]:
            lang = next((x for x in ("ru", "uk", "pl") if f"/{x}/" in str(f)), "en")
            text = f.read_text(encoding="utf-8", errors="replace")
            sentences += [(s, lang) for s in re.split(r"(?<=[.!?])\s+", text)]
    polar.poles_in.cache_clear()
    fast = [dict(polar.poles_in(s, lang)) for s, lang in sentences]
    assert sum(1 for p in fast if p) > 500
    polar.poles_in.cache_clear()
    monkeypatch.setattr(polar, "_any_pole", lambda lang: re.compile(""))  # no sentence ruled out beforehand
    assert [polar.poles_in(s, lang) for s, lang in sentences] == fast
    polar.poles_in.cache_clear()
