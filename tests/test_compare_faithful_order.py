"""Faithful evidence and results that do not depend on input order, on invented events.

* A quote's evidence is its own speaker's own sentences: quotes in a script other than Latin (Russian,
  Ukrainian, Bulgarian, Greek) stay apart, one speaker's quote never carries another's sentence, and two
  speakers saying the same words in one article stay two quotes.
* A timeline line cites a source only when that source's own sentence gives the line's figures.
* The story order, the people's display names and the title come from the articles, not from the order they
  came in; a title only a re-run copy carries is its original's.
* End to end: the one-shot ``compare`` of an invented five-file story (an English wire and its re-run, a French,
  a Spanish and a Russian outlet) gives the same JSON whatever the order of the files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosswire.cli import app
from crosswire.compare import quotes as quotes_mod
from crosswire.compare.align import ArticleRow, StoryData, build_sources
from crosswire.compare.canonical import is_latin, stable_names, story_order
from crosswire.compare.claims.timeline import _line, states_figures
from crosswire.compare.claims.units import Unit
from crosswire.compare.unread import original_title
from crosswire.facts.records import ArticleFacts, Claim, Entity, Quote, Value

# -- quotes: each speaker's own sentences ----------------------------------------------------------------
# (language, [(speaker, sentence, quoted words)]): a mudslide on an invented mountain road, three speakers
SPEAKERS = {
    "ru": [
        (
            "Ирина Валдай",
            "«Дорогу перекрыли сразу после первого оползня», — сказала Ирина Валдай.",
            "Дорогу перекрыли сразу после первого оползня",
        ),
        (
            "Олег Стоварев",
            "«Мы вывезли всех жителей двух деревень на автобусах», — рассказал Олег Стоварев.",
            "Мы вывезли всех жителей двух деревень на автобусах",
        ),
        (
            "Павел Дринов",
            "«Склон укрепляли в прошлом году, но ливни оказались сильнее», — заявил Павел Дринов.",
            "Склон укрепляли в прошлом году, но ливни оказались сильнее",
        ),
    ],
    "uk": [
        (
            "Ірина Валдай",
            "«Дорогу перекрили одразу після першого зсуву», — сказала Ірина Валдай.",
            "Дорогу перекрили одразу після першого зсуву",
        ),
        (
            "Олег Стоварев",
            "«Ми вивезли всіх мешканців двох сіл автобусами», — розповів Олег Стоварев.",
            "Ми вивезли всіх мешканців двох сіл автобусами",
        ),
        (
            "Павло Дрінов",
            "«Схил укріплювали торік, але зливи виявилися сильнішими», — заявив Павло Дрінов.",
            "Схил укріплювали торік, але зливи виявилися сильнішими",
        ),
    ],
    "bg": [
        (
            "Ирина Валдай",
            "„Пътят беше затворен веднага след първото свлачище“, каза Ирина Валдай.",
            "Пътят беше затворен веднага след първото свлачище",
        ),
        (
            "Олег Стоварев",
            "„Извозихме всички жители на двете села с автобуси“, разказа Олег Стоварев.",
            "Извозихме всички жители на двете села с автобуси",
        ),
        (
            "Павел Дринов",
            "„Склонът беше укрепен миналата година, но дъждовете бяха по-силни“, заяви Павел Дринов.",
            "Склонът беше укрепен миналата година, но дъждовете бяха по-силни",
        ),
    ],
    "el": [
        (
            "Ειρήνη Βαλντάι",
            "«Ο δρόμος έκλεισε αμέσως μετά την πρώτη κατολίσθηση», είπε η Ειρήνη Βαλντάι.",
            "Ο δρόμος έκλεισε αμέσως μετά την πρώτη κατολίσθηση",
        ),
        (
            "Όλεγκ Στοβάρεφ",
            "«Μεταφέραμε όλους τους κατοίκους των δύο χωριών με λεωφορεία», δήλωσε ο Όλεγκ Στοβάρεφ.",
            "Μεταφέραμε όλους τους κατοίκους των δύο χωριών με λεωφορεία",
        ),
        (
            "Πάβελ Ντρίνοφ",
            "«Η πλαγιά ενισχύθηκε πέρσι, αλλά οι βροχές ήταν πιο δυνατές», πρόσθεσε ο Πάβελ Ντρίνοφ.",
            "Η πλαγιά ενισχύθηκε πέρσι, αλλά οι βροχές ήταν πιο δυνατές",
        ),
    ],
}


def _quote_story(language: str, said: list[tuple[str, str, str]]) -> StoryData:
    """One article whose sentences are ``said``, each quote attributed to its own speaker entity."""
    body, entities, quotes, canonical = "", [], [], {}
    for i, (name, sentence, words) in enumerate(said, start=1):
        start = len(body)
        body += sentence + "\n\n"
        at = sentence.index(words)
        eid = f"e{i}"
        entities.append(Entity(id=eid, name=name, type="person"))
        canonical[("a", eid)] = f"person:{name}"
        quotes.append(
            Quote(words, start + at, start + at + len(words), start, start + len(sentence), "direct", speaker=eid)
        )
    facts = ArticleFacts(article="a", language=language, entities=entities, quotes=quotes)
    rows = [ArticleRow(id="a", outlet="Invented Outlet", language=language)]
    sources, source_of = build_sources(rows)
    return StoryData(
        articles=rows,
        bodies={"a": body},
        facts={"a": facts},
        sources=sources,
        source_of=source_of,
        canonical=canonical,
        outlets={"a": "Invented Outlet"},
    )


@pytest.mark.parametrize("language", sorted(SPEAKERS))
def test_each_quote_carries_only_its_own_speakers_sentence(language: str) -> None:
    said = SPEAKERS[language]
    data = _quote_story(language, said)
    found = quotes_mod.collect(data)
    assert len(found) == len(said)
    for q in found:
        (sentence,) = [s for name, s, _w in said if name == q.speaker]
        assert [ev.text for ev in q.evidence] == [sentence]
    rows = quotes_mod.who_said_what(found)
    assert sorted(r.speaker for r in rows) == sorted(name for name, _s, _w in said)
    for row in rows:
        (sentence,) = [s for name, s, _w in said if name == row.speaker]
        assert [ev.text for q in row.quotes for ev in q.evidence] == [sentence]


@pytest.mark.parametrize("language", sorted(SPEAKERS))
def test_two_quotes_of_one_speaker_in_another_script_stay_two(language: str) -> None:
    name = SPEAKERS[language][0][0]
    said = [(name, s, w) for _n, s, w in SPEAKERS[language]]
    found = quotes_mod.collect(_quote_story(language, said))
    assert sorted(q.text for q in found) == sorted(w for _n, _s, w in said)
    assert all(len(q.evidence) == 1 for q in found)


def test_two_speakers_with_the_same_words_stay_two_quotes() -> None:
    words = "Nobody was left on the road when the slope gave way"
    said = [
        ("Hanna Lorrim", f'"{words}," said Hanna Lorrim.', words),
        ("Tobias Enck", f'"{words}," Tobias Enck repeated.', words),
    ]
    found = quotes_mod.collect(_quote_story("en", said))
    assert sorted(q.speaker for q in found) == ["Hanna Lorrim", "Tobias Enck"]
    for q in found:
        assert [ev.text for ev in q.evidence] == [s for n, s, _w in said if n == q.speaker]


# -- timeline: a source is cited only for figures its own sentence gives ---------------------------------
DAY = Value(kind="date", text="on Sunday", start=0, end=0, unit="day", text_value="2026-10-04")


def _unit(index: int, source: int, language: str, text: str, *figures: tuple[str, float]) -> Unit:
    values = [DAY] + [Value(kind=k, text=str(v), start=0, end=0, value=v) for k, v in figures]
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, predicates=["spill"], values=values)
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


# a chlorine spill at an invented water plant: 17 people treated (EN, FR) against 71 (PL) and none given (RU)
SPILL = [
    _unit(
        0,
        1,
        "en",
        "Chlorine spilled at the Ostrava Vale water plant on Sunday, sending 17 people to hospital.",
        ("count", 17),
    ),
    _unit(1, 2, "ru", "В воскресенье на водоочистной станции Острава-Вейл произошла утечка хлора."),
    _unit(
        2,
        3,
        "fr",
        "Dimanche, une fuite de chlore à l'usine d'Ostrava Vale a envoyé 17 personnes à l'hôpital.",
        ("count", 17),
    ),
    _unit(3, 4, "pl", "W niedzielę wyciek chloru w stacji Ostrava Vale wysłał 71 osób do szpitala.", ("count", 71)),
]


def test_a_source_whose_sentence_gives_another_figure_or_none_is_not_cited() -> None:
    first = SPILL[0]
    assert [states_figures(u, first) for u in SPILL] == [True, False, True, False]
    data = StoryData(articles=[], bodies={}, facts={}, sources=[], outlets={})
    line = _line(data, DAY, list(SPILL))
    assert line.sources == [1, 3]
    assert {ev.article for ev in line.evidence} == {"a1", "a3"}


def test_a_line_without_figures_cites_every_source_naming_its_day() -> None:
    first = _unit(0, 2, "ru", "В воскресенье на водоочистной станции Острава-Вейл произошла утечка хлора.")
    others = [SPILL[2], SPILL[3]]
    data = StoryData(articles=[], bodies={}, facts={}, sources=[], outlets={})
    line = _line(data, DAY, [first, *others])
    assert line.sources == [2, 3, 4]


# -- order and names from the articles ---------------------------------------------------------------------
ROWS = [
    ArticleRow(
        id="wire",
        outlet="Northline Wire",
        agency="NLW",
        title="Dam gates opened after record rain",
        published="2026-05-02T08:00:00+00:00",
        language="en",
    ),
    ArticleRow(
        id="rerun",
        outlet="Valley Courier",
        agency="NLW",
        title="RE-RUN: dam gates opened",
        published="2026-05-02T11:00:00+00:00",
        copy_of="wire",
        language="en",
    ),
    ArticleRow(
        id="ru",
        outlet="Речные вести",
        title="Открыты шлюзы плотины",
        published="2026-05-02T09:30:00+00:00",
        language="ru",
    ),
    ArticleRow(
        id="es",
        outlet="El Eco del Valle",
        title="Abren las compuertas",
        published="2026-05-03T07:00:00+00:00",
        language="es",
    ),
]


def _shuffled(seed: int) -> list[ArticleRow]:
    rows = list(ROWS)
    random.Random(seed).shuffle(rows)
    return rows


def test_story_order_is_the_same_whatever_the_input_order() -> None:
    orders = set()
    for seed in range(6):
        rows = sorted(_shuffled(seed), key=lambda r: r.id)
        _sources, source_of = build_sources(rows)
        orders.add(tuple(r.id for r in story_order(_shuffled(seed), source_of)))
    assert orders == {("wire", "rerun", "ru", "es")}  # English first, originals before their copies, then by source


PEOPLE = {  # article -> how it writes the dam engineer and the mayor
    "wire": ["Kasia Wernik", "Tomas Halloran"],
    "rerun": ["Kasia Wernik", "Tomas Halloran"],
    "ru": ["Катя Верник", "Томас Халлоран"],
    "es": ["Kasia Wernik", "Tomás Halloran"],
}


def test_display_names_are_picked_by_a_rule_not_by_order() -> None:
    facts = {
        a: ArticleFacts(article=a, entities=[Entity(id=f"e{i}", name=n, type="person") for i, n in enumerate(ns)])
        for a, ns in PEOPLE.items()
    }
    _sources, source_of = build_sources(ROWS)
    picked = set()
    for seed in range(6):
        rows = _shuffled(seed)
        # the linker names a group after whichever member came first: here, the first article given
        first = rows[0].id
        canonical = {(a, f"e{i}"): f"person:{PEOPLE[first][i]}" for a in PEOPLE for i in range(2)}
        picked.add(frozenset(stable_names(canonical, facts, source_of).values()))
    # Wernik: most sources; Halloran: one source each for three spellings, Latin first, then the earliest source
    assert picked == {frozenset({"person:Kasia Wernik", "person:Tomas Halloran"})}


def test_latin_script_test() -> None:
    assert is_latin("Tomás Halloran") and is_latin("Paweł Łęcki")
    assert not is_latin("Томас Халлоран") and not is_latin("Πάβελ")


def test_a_title_only_a_re_run_carries_is_its_originals() -> None:
    data = StoryData(articles=list(ROWS), bodies={}, facts={}, sources=[])
    assert original_title("RE-RUN: dam gates opened", data) == "Dam gates opened after record rain"
    assert original_title("Abren las compuertas", data) == "Abren las compuertas"
    assert original_title(None, data) is None


# -- end to end: the same JSON whatever the order of the files ---------------------------------------------
WIRE_BODY = (
    "A grain silo collapsed at the port of Kellmoor on Thursday, injuring 9 dock workers, the port authority "
    'said.\n\n"The north wall gave way within seconds and buried two loading bays," said harbour master Ines '
    'Rautio.\n\n"We are checking every silo on the quay before anyone goes back in," said safety inspector '
    "Marek Dovzhenko.\n\nThe port suspended all grain loading until Monday."
)
FILES = {
    "wire.jsonl": {
        "id": "kel-wire",
        "outlet": "Harbour Wire Service",
        "published": "2026-09-10T09:00:00+00:00",
        "title": "Grain silo collapses at Kellmoor port, 9 hurt",
        "text": WIRE_BODY,
    },
    "rerun.jsonl": {
        "id": "kel-rerun",
        "outlet": "The Kellmoor Gazette",
        "published": "2026-09-10T15:00:00+00:00",
        "title": "Silo collapse: port shuts grain quay",
        "text": WIRE_BODY,
    },
    "fr.jsonl": {
        "id": "kel-fr",
        "outlet": "Le Veilleur du Port",
        "published": "2026-09-10T12:00:00+00:00",
        "title": "Effondrement d'un silo à Kellmoor",
        "text": "Un silo à grain s'est effondré jeudi dans le port de Kellmoor, blessant 9 dockers.\n\n« Le mur "
        "nord a cédé en quelques secondes et a enseveli deux quais de chargement », a déclaré la capitaine du "
        "port Ines Rautio.\n\nLe port a suspendu tout chargement de grain jusqu'à lundi.",
    },
    "es.jsonl": {
        "id": "kel-es",
        "outlet": "Crónica Portuaria",
        "published": "2026-09-10T13:00:00+00:00",
        "title": "Se derrumba un silo en Kellmoor",
        "text": "Un silo de grano se derrumbó el jueves en el puerto de Kellmoor y dejó 9 estibadores heridos.\n\n"
        '"Estamos revisando todos los silos del muelle antes de que nadie vuelva a entrar", dijo el inspector '
        "de seguridad Marek Dovzhenko.\n\nEl puerto suspendió la carga de grano hasta el lunes.",
    },
    "ru.jsonl": {
        "id": "kel-ru",
        "outlet": "Портовый вестник",
        "published": "2026-09-10T14:00:00+00:00",
        "title": "В порту Келлмур обрушился элеватор",
        "text": "В четверг в порту Келлмур обрушился зерновой элеватор, пострадали 9 докеров.\n\n«Северная стена "
        "рухнула за несколько секунд и засыпала два погрузочных причала», — сказала начальник порта Инес "
        "Раутио.\n\n«Мы проверяем каждый элеватор на причале, прежде чем кто-то вернётся внутрь», — заявил "
        "инспектор по безопасности Марек Довженко.\n\nПорт приостановил погрузку зерна до понедельника.",
    },
}


@pytest.fixture(scope="module")
def story_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("silo")
    paths = []
    for name, record in FILES.items():
        path = folder / name
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _compare(paths: list[Path]) -> dict:
    result = CliRunner().invoke(app, ["compare", *map(str, paths), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_same_files_in_any_order_give_the_same_json(story_files: list[Path]) -> None:
    first = _compare(story_files)
    (story,) = first["stories"]
    assert story["title"] == FILES["wire.jsonl"]["title"]  # the wire's headline, not its re-run's
    wire_source = next(s["n"] for s in story["sources"] if "kel-wire" in s["articles"])
    wire_articles = {"kel-wire", "kel-rerun"}
    firsts = [
        next(ev["article"] for ev in item["evidence"] if ev["article"] in wire_articles)
        for item in story["agreed"]
        if wire_source in item["sources"]
    ]
    assert firsts and set(firsts) == {"kel-wire"}  # the original's sentence first, never the copy's alone
    for seed in (1, 2, 3):
        paths = list(story_files)
        random.Random(seed).shuffle(paths)
        assert _compare(paths) == first, seed


def test_a_store_given_the_re_run_first_shows_the_wires_title_and_sentences(tmp_path: Path) -> None:
    from crosswire.compare.cli import compare_stored_stories
    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store
    from crosswire.stories import list_stories

    rerun = dict(FILES["rerun.jsonl"], text=WIRE_BODY + "\n\nThe Gazette will update this report.")
    with Store(tmp_path / "cw.db") as store:
        for name, record in (("rerun.jsonl", rerun), ("wire.jsonl", FILES["wire.jsonl"])):
            path = tmp_path / name
            path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            ingest_paths(store, [path])  # the store path: one ingest after another, re-run first
        (story,) = list_stories(store)
        assert story.title == FILES["wire.jsonl"]["title"]
        (comparison,) = compare_stored_stories(store)
    assert comparison.title == FILES["wire.jsonl"]["title"]
    quotes = [q for row in comparison.who_said_what for q in row.quotes]
    assert quotes and all(q.evidence[0].article == "kel-wire" for q in quotes)
