"""A title glued to a person's name is read as a role, not as the name, before a story's people are grouped
(crosswire.facts.glued_titles): "Governor Ilse Varnholt" beside "Ilse Varnholt" was a second speaker in "Who said
what", a name variant and the group's display name (new users' trials 33, 36, 38). Invented names and sentences in
English, French, German, Spanish, Polish and Italian; the facts are built by hand (no model runs), stored, and read
back by the comparison's loader, so what is checked is what a comparison sees."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crosswire.compare import names
from crosswire.compare import quotes as quotes_mod
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.facts import FACTS_VERSION
from crosswire.facts.glued_titles import strip_glued_titles, title_words_before
from crosswire.facts.records import ArticleFacts, Entity, Mention, Quote
from crosswire.model import Article, Block
from crosswire.store import Store


def _facts(
    aid: str, language: str, body: str, ents: list[tuple[str, str]], said: list[tuple[str, str]]
) -> ArticleFacts:
    """Facts of one article: each entity (name, type) at its first place in ``body``; each quote (words, speaker's
    name as the entity is named) a direct quote of the whole body's sentence."""
    entities = []
    for i, (name, etype) in enumerate(ents, 1):
        at = body.index(name)
        m = Mention(text=name, start=at, end=at + len(name), sentence_start=0, sentence_end=len(body))
        entities.append(Entity(id=f"e{i}", name=name, type=etype, mentions=[m]))  # type: ignore[arg-type]
    qs = []
    for words, who in said:
        at = body.index(words)
        e = next(e for e in entities if e.name == who)
        qs.append(
            Quote(
                text=words,
                start=at,
                end=at + len(words),
                sentence_start=0,
                sentence_end=len(body),
                kind="direct",
                speaker=e.id,
                speaker_name=who,
                language=language,
            )
        )
    return ArticleFacts(article=aid, language=language, entities=entities, quotes=qs)


# Each case: (language, body, entities, quotes): the glued name and, in another article, the name alone.
GLUED = [
    (
        "en",
        '"We will hold the line on prices," Governor Marit Osterlund told reporters in Dunsel.',
        [("Governor Marit Osterlund", "other")],
        "Marit Osterlund",
    ),
    (
        "en",
        '"The budget stays as it is," Finance Minister Aurel Tenvik said on Friday.',
        [("Finance Minister Aurel Tenvik", "person")],
        "Aurel Tenvik",
    ),
    (
        "fr",
        "« Nous tiendrons les prix », a déclaré la Gouverneure Marit Osterlund à Dunsel.",
        [("Gouverneure Marit Osterlund", "person")],
        "Marit Osterlund",
    ),
    (
        "de",
        "„Wir halten die Preise stabil“, sagte Notenbankchefin Marit Osterlund in Dunsel.",
        [("Notenbankchefin Marit Osterlund", "person")],
        "Marit Osterlund",
    ),
    (
        "de",
        "„Wir gehen in Berufung“, sagte Verteidiger Jonas Brecklin vor dem Gericht.",
        [("Verteidiger Jonas Brecklin", "person")],
        "Jonas Brecklin",
    ),
    (
        "es",
        "«Mantendremos los precios», afirmó Gobernadora Marit Osterlund en Dunsel.",
        [("Gobernadora Marit Osterlund", "other")],
        "Marit Osterlund",
    ),
    (
        "pl",
        "Prezes Marit Osterlund zapowiedziała, że bank „utrzyma ceny w ryzach”.",
        [("Prezes Marit Osterlund", "person")],
        "Marit Osterlund",
    ),
    (
        "it",
        "«Terremo fermi i prezzi», ha detto Governatrice Marit Osterlund a Dunsel.",
        [("Governatrice Marit Osterlund", "organisation")],
        "Marit Osterlund",
    ),
]


@pytest.mark.parametrize(("language", "body", "ents", "bare"), GLUED)
def test_glued_title_comes_off_the_name(language: str, body: str, ents: list[tuple[str, str]], bare: str) -> None:
    glued = _facts("a1", language, body, ents, [])
    other = _facts("a2", "en", f"{bare} spoke on Friday.", [(bare, "person")], [])
    out = strip_glued_titles([glued, other], {"a1": body, "a2": f"{bare} spoke on Friday."})
    e = out[0].entities[0]
    assert (e.name, e.type) == (bare, "person")
    m = e.mentions[0]
    assert body[m.start : m.end] == m.text == bare  # the span still reads its text
    assert glued.entities[0].name == ents[0][0]  # the input is not changed
    assert out[1] is other


@pytest.mark.parametrize(
    ("name", "language", "k"),
    [
        ("Governor Ilse Brandvik", "en", 1),
        ("Deputy Governor Tomas Weyl", "en", 2),
        ("Gouverneurin Ilse Brandvik", "de", 1),
        ("Wirtschaftsministerin Ilse Brandvik", "de", 1),
        ("Prezes Ilse Brandvik", "pl", 1),
        ("Ilse Brandvik", "en", 0),
        ("Governor Brandvik", "en", 0),  # one word left: a surname alone is no full name
        ("Dean Carter", "en", 0),
        ("Maria Fischer Lund", "de", 0),  # "Fischer" ends no title here: it is no leading word before two
    ],
)
def test_title_words_before(name: str, language: str, k: int) -> None:
    assert title_words_before(name, language) == k


@pytest.mark.parametrize(
    ("language", "body", "glued", "words", "bare"),
    [
        (
            "en",
            '"Prices will hold," Governor Marit Osterlund told reporters.',
            "Governor Marit Osterlund",
            "Prices will hold",
            "Marit Osterlund",
        ),
        (
            "es",
            "«Los precios aguantarán», afirmó Gobernadora Marit Osterlund.",
            "Gobernadora Marit Osterlund",
            "Los precios aguantarán",
            "Marit Osterlund",
        ),
        (
            "it",
            "«I prezzi terranno», ha detto Governatrice Marit Osterlund.",
            "Governatrice Marit Osterlund",
            "I prezzi terranno",
            "Marit Osterlund",
        ),
    ],
)
def test_a_speaker_typed_other_with_a_title_is_a_person_in_one_article(
    language: str, body: str, glued: str, words: str, bare: str
) -> None:
    f = _facts("a1", language, body, [(glued, "other")], [(words, glued)])
    out = strip_glued_titles([f], {"a1": body})
    e = out[0].entities[0]
    assert (e.name, e.type) == (bare, "person")
    assert out[0].quotes[0].speaker_name == bare


def test_organisation_with_a_title_word_is_not_retyped_without_a_person() -> None:
    body = "President Hotel Group opened a branch in Dunsel."
    f = _facts("a1", "en", body, [("President Hotel Group", "organisation")], [])
    out = strip_glued_titles([f], {"a1": body})
    assert (out[0].entities[0].name, out[0].entities[0].type) == ("President Hotel Group", "organisation")


@pytest.mark.parametrize(
    ("glued", "place"),
    [
        ("Valdenii Lena Hallberg", "Valdenia"),  # Polish genitive "of Valdenia"
        ("Korwanii Lena Hallberg", "Korvania"),
        ("Ostrelien Lena Hallberg", "Ostrelia"),  # German form of the country
    ],
)
def test_a_place_form_glued_to_a_name_comes_off(glued: str, place: str) -> None:
    pl = f"Minister gospodarki {glued} zapowiedziała, że rząd znajdzie inwestora."
    en = f"Economy minister Lena Hallberg of {place} said the government would look for an investor."
    fa = _facts("a1", "pl", pl, [(glued, "person")], [])
    fb = _facts("a2", "en", en, [("Lena Hallberg", "person"), (place, "place")], [])
    out = strip_glued_titles([fa, fb], {"a1": pl, "a2": en})
    assert out[0].entities[0].name == "Lena Hallberg"


def test_a_given_name_before_a_name_is_kept() -> None:
    """Two people: "Anna Maria Brandvik" is not "Maria Brandvik" with a title ("Anna" is nowhere lower case and
    names no place of the story)."""
    a = "Anna Maria Brandvik said the plant would stay open."
    b = "Maria Brandvik said the plant would stay open."
    fa = _facts("a1", "en", a, [("Anna Maria Brandvik", "person")], [])
    fb = _facts("a2", "en", b, [("Maria Brandvik", "person")], [])
    out = strip_glued_titles([fa, fb], {"a1": a, "a2": b})
    assert out[0].entities[0].name == "Anna Maria Brandvik"


# One story in five languages: the speaker is named with a title glued on in three of them.
STORY = [
    (
        "m1",
        "Meridan",
        "en",
        '"We will hold the line on prices," Governor Marit Osterlund told reporters in Dunsel.',
        [("Governor Marit Osterlund", "other")],
        [("We will hold the line on prices", "Governor Marit Osterlund")],
    ),
    (
        "m2",
        "Le Veilleur",
        "fr",
        "« Nous tiendrons la ligne sur les prix », a déclaré Marit Osterlund à Dunsel.",
        [("Marit Osterlund", "person")],
        [("Nous tiendrons la ligne sur les prix", "Marit Osterlund")],
    ),
    (
        "m3",
        "Nordblatt",
        "de",
        "„Wir halten die Linie bei den Preisen“, sagte Gouverneurin Marit Osterlund in Dunsel.",
        [("Gouverneurin Marit Osterlund", "person")],
        [("Wir halten die Linie bei den Preisen", "Gouverneurin Marit Osterlund")],
    ),
    (
        "m4",
        "El Faro",
        "es",
        "«Mantendremos la línea de los precios», afirmó Marit Osterlund en Dunsel.",
        [("Marit Osterlund", "person")],
        [("Mantendremos la línea de los precios", "Marit Osterlund")],
    ),
    (
        "m5",
        "Gazeta Lądowa",
        "pl",
        "Prezes Marit Osterlund powiedziała: „Utrzymamy linię cen w ryzach”.",
        [("Prezes Marit Osterlund", "person")],
        [("Utrzymamy linię cen w ryzach", "Prezes Marit Osterlund")],
    ),
]


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory):
    tmp: Path = tmp_path_factory.mktemp("glued")
    with Store(tmp / "cw.db") as store:
        with store.transaction():
            for aid, outlet, language, body, ents, said in STORY:
                art = Article(
                    id=aid,
                    source=f"{aid}.txt",
                    content_hash=hashlib.sha256(body.encode()).hexdigest(),
                    blocks=[Block(kind="paragraph", text=body)],
                    outlet=outlet,
                    published="2026-12-02T12:00:00Z",
                    language=language,
                )
                store.add_article(art)
                store.put_facts(aid, _facts(aid, language, art.body, ents, said).to_dict(), FACTS_VERSION)
        return load_story_data(store, _stored_rows(store, [s[0] for s in STORY]))


def test_one_speaker_across_languages(story) -> None:
    rows = quotes_mod.who_said_what(quotes_mod.collect(story))
    assert [r.speaker for r in rows] == ["Marit Osterlund"]
    assert sorted(s for q in rows[0].quotes for s in q.sources) == [1, 2, 3, 4, 5]


def test_one_person_id_and_no_title_variant(story) -> None:
    assert set(story.canonical.values()) == {"person:Marit Osterlund"}
    assert names.align(story) == []


def test_a_group_name_several_languages_write_whole_keeps_its_first_word() -> None:
    """ "Sable Hills Movement" in four languages (typed a person by two models) and "Hills Movement" alone in one:
    French writes "sable" (sand) in lower case, yet the group's name keeps "Sable" (trial 34's armed group)."""
    rows = [
        ("a1", "en", "The Sable Hills Movement freed the workers.", [("Sable Hills Movement", "organisation")]),
        ("a2", "fr", "Le Sable Hills Movement a libéré les otages dans le sable.", [("Sable Hills Movement", "other")]),
        ("a3", "it", "Il Sable Hills Movement ha liberato gli ostaggi.", [("Sable Hills Movement", "person")]),
        ("a4", "de", "Die Hills Movement hat die Geiseln freigelassen.", [("Hills Movement", "person")]),
    ]
    facts = [_facts(aid, lang, body, ents, []) for aid, lang, body, ents in rows]
    out = strip_glued_titles(facts, {aid: body for aid, _lang, body, _e in rows})
    assert [e.name for f in out for e in f.entities] == [
        "Sable Hills Movement",
        "Sable Hills Movement",
        "Sable Hills Movement",
        "Hills Movement",
    ]
