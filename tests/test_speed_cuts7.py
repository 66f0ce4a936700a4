"""CPU cuts of the seventh speed pass, each exact: the place index of every language built on the cities' stems
computed once (the same tables, order included, as building each from every name), the parent's first
articles of each language (where it loads their models and tables) read with the garbage collector paused, and
stored facts whose keys are all fields rebuilt without filtering them."""

from __future__ import annotations

import gc
import json

import pytest

from crosswire.facts import stage
from crosswire.facts.languages import places
from crosswire.facts.records import ArticleFacts
from crosswire.model import Article, Block
from test_facts_speed import _stored_by_one_and_two_processes


def _reference_index(language: str) -> tuple[dict[str, str], dict[str, tuple[str, int]], dict]:
    """The place tables of ``language`` built from every name, as before the cut: exact names (cities, countries
    and large regions in the language, then in English, then the regions of the data file), stems, and the names
    of several words grouped."""
    from babel import Locale

    english = Locale("en").territories
    exact = dict(places._cities())
    try:
        local = dict(Locale.parse(language).territories)
    except (ValueError, LookupError):
        local = {}
    for code, name in local.items():
        if code in english and (code.isalpha() or code in places.REGION_CODES):
            exact.setdefault(name.lower(), english[code])
    for code, name in english.items():
        if code.isalpha() or code in places.REGION_CODES:
            exact.setdefault(name.lower(), name)
    for name, written in places._regions().items():
        for form in written:
            exact.setdefault(form.lower(), name)
    stems = {k[:-1]: (v, len(k)) for k, v in exact.items() if len(k) > places.MIN_STEM and " " not in k}
    multi: dict = {}
    for k, v in exact.items():
        if " " in k:
            words = tuple(k.split())
            multi.setdefault((len(words), words[0][: places.MIN_STEM]), []).append((words, v))
    return exact, stems, multi


@pytest.mark.parametrize("language", ["ru", "uk", "be", "pl", "de", "pt", "ja", "en"])
def test_place_index_is_the_table_built_from_every_name(language):
    exact, stems, multi = _reference_index(language)
    got_exact, got_stems = places._index(language)
    got_multi = places._multi_word(language)
    assert list(got_exact.items()) == list(exact.items())
    assert list(got_stems.items()) == list(stems.items())
    assert list(got_multi.items()) == list(multi.items())


def test_every_language_shares_one_stem_table_of_the_cities():
    places._index.cache_clear()
    places._multi_word.cache_clear()
    places._city_stems.cache_clear()
    places._city_multi_word.cache_clear()
    for language in ("ru", "uk", "pl"):
        places._index(language)
        places._multi_word(language)
    assert places._city_stems.cache_info().misses == 1
    assert places._city_multi_word.cache_info().misses == 1
    # a language's own additions never leak into another's tables (each gets copies)
    assert places._index("ru")[1] is not places._index("uk")[1]
    assert places._multi_word("ru") is not places._multi_word("pl")


@pytest.mark.parametrize(
    ("name", "language", "english"),
    [
        ("Германии", "ru", "Germany"),  # a case form matched on the stem
        ("Москвы", "ru", "Moscow"),
        ("Києва", "uk", "Kyiv"),  # the Ukrainian vowel alternation
        ("Wielkiej Brytanii", "pl", "United Kingdom"),  # several words, each in a case form
        ("Alemanha", "pt", "Germany"),  # the language's own country name
        ("Germany", "ja", "Germany"),  # the English names in every language
    ],
)
def test_places_in_case_forms_still_read(name, language, english):
    assert places.english_place.__wrapped__(name, language) == english


def _mixed_articles() -> list[Article]:
    """Invented reports in three languages, several per language (the parent's first of each and the
    workers' others)."""
    lines = {
        "en": "Rescuers said {n} families left Ostrava-Lhota on Friday after the dam cracked.",
        "de": "Die Retter sagten, {n} Familien hätten Brennholm am Freitag verlassen.",
        "pt": "Os socorristas disseram que {n} famílias deixaram Vale Sereno na sexta-feira.",
    }
    return [
        Article(
            id=f"gc{i}",
            source=f"gc{i}",
            content_hash=f"gc{i}",
            language=("en", "de", "pt")[i % 3],
            published="2023-09-08",
            blocks=[Block("paragraph", lines[("en", "de", "pt")[i % 3]].format(n=i + 2))],
        )
        for i in range(9)
    ]


def test_parent_reads_its_first_articles_with_the_collector_paused(tmp_path, monkeypatch):
    seen: list[bool] = []
    real_warm = stage.warm_tables

    def recording_warm() -> None:
        seen.append(gc.isenabled())
        real_warm()

    monkeypatch.setattr(stage, "warm_tables", recording_warm)
    stored = _stored_by_one_and_two_processes(tmp_path, _mixed_articles())
    assert seen == [False]  # the two-process run's parent warmed its tables with the collector paused
    assert gc.isenabled()  # and the collector runs again after
    assert stored[0] == stored[1]


def test_stored_facts_read_back_the_same_with_or_without_unknown_keys():
    from crosswire.facts import extract_facts

    article = Article(
        id="rd1",
        source="rd1",
        content_hash="rd1",
        language="en",
        published="2024-02-11",
        blocks=[
            Block("paragraph", "Officials in Brennmark said 14 workers were hurt when a crane fell on Sunday."),
            Block("paragraph", "\u201cWe are checking every site,\u201d inspector Lena Osk told reporters."),
        ],
    )
    (facts,) = extract_facts([article])
    stored = facts.to_dict()
    assert ArticleFacts.from_dict(stored) == facts  # every key a field: passed as it is
    # a store written by another version may hold keys this one has no field for: they are left out
    older = json.loads(json.dumps(stored))
    for record in [*older["entities"], *older["quotes"], *older["figures"], *older["claims"]]:
        record["retired_field"] = 1
    for claim in older["claims"]:
        for value in claim.get("values", []):
            value["retired_field"] = 1
    assert ArticleFacts.from_dict(older) == facts
