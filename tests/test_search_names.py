"""The name index behind search: a name typed in one spelling finds the articles that write it in another
(invented names and text), and no query string breaks the full-text search."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.name_index import expand_query, name_rows
from crosswire.facts.records import ArticleFacts, Entity, Mention
from crosswire.model import Article, Block, content_hash
from crosswire.store import Store


def _entity(name: str, etype: str, *texts: str, kind: str = "name") -> Entity:
    mentions = [Mention(t, 0, len(t), 0, len(t), kind if i else "name") for i, t in enumerate(texts)]  # type: ignore[arg-type]
    return Entity(id="e1", name=name, type=etype, mentions=mentions)  # type: ignore[arg-type]


def test_rows_take_declined_surnames_but_not_the_given_name() -> None:
    facts = ArticleFacts(
        article="a1",
        language="ru",
        entities=[_entity("Ольга Вереницкая", "person", "Ольга Вереницкая", "Вереницкой", "Ольга", kind="surname")],
    )
    rows = name_rows(facts)
    by_key: dict[str, set[str]] = {}
    for key, surface in rows:
        by_key.setdefault(key, set()).add(surface)
    surname_keys = [k for k in by_key if " " not in k]
    assert len(surname_keys) == 1
    assert by_key[surname_keys[0]] == {"Ольга Вереницкая", "Вереницкой"}  # "Ольга" is not her surname


def test_rows_skip_other_entities() -> None:
    facts = ArticleFacts(article="a1", language="de", entities=[_entity("Feuerwehr", "other", "Feuerwehr")])
    assert name_rows(facts) == []


def test_expand_query_groups_a_name_with_its_spellings() -> None:
    """Keys are skeletons: the German spelling typed finds what the index holds under the Russian one."""
    index = {"verenitska": ["Вереницкой", "Olga Verenitskaya"], "olga verenitska": ["Ольга Вереницкая"]}

    def spellings_of(keys):
        return [s for k in keys for s in index.get(k, [])]

    assert expand_query(["Werenizkaja", "Hafen"], spellings_of) == [
        ["Werenizkaja", "Вереницкой", "Olga Verenitskaya"],
        ["Hafen"],
    ]
    assert expand_query(["Olga", "Verenitskaya"], spellings_of) == [["Olga Verenitskaya", "Ольга Вереницкая"]]
    assert expand_query(["harbour", "strike"], spellings_of) == [["harbour"], ["strike"]]


def _store_with(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.db")
    bodies = {
        "ru1": "Мэр Ольга Вереницкая заявила, что порт закрыт. Вереницкой возразили в профсоюзе.",
        "en1": "Mayor Olga Verenitskaya said the port was closed.",
        "de1": "Bürgermeisterin Olga Werenizkaja sagte, der Hafen sei geschlossen.",
        "en2": "The harbour strike went on for a second day.",
    }
    with store.transaction():
        for aid, body in bodies.items():
            store.add_article(
                Article(
                    id=aid,
                    source=f"{aid}.txt",
                    content_hash=content_hash(body),
                    blocks=[Block("paragraph", body)],
                    language=aid[:2],
                )
            )
        store.put_names("ru1", [("verenitska", "Ольга Вереницкая"), ("verenitska", "Вереницкой")])
        store.put_names("en1", [("verenitska", "Olga Verenitskaya")])
        store.put_names("de1", [("verenitska", "Olga Werenizkaja")])
    return store


def test_store_search_takes_groups_of_spellings(tmp_path: Path) -> None:
    with _store_with(tmp_path) as store:
        spellings = store.name_spellings(["verenitska"])
        assert set(spellings) == {"Ольга Вереницкая", "Вереницкой", "Olga Verenitskaya", "Olga Werenizkaja"}
        hits = store.search([["Verenitskaya", *spellings], ["port"]])
        assert {h["id"] for h in hits} == {"en1"}  # "порт" is another word; the German says "Hafen"
        hits = store.search([["Verenitskaya", *spellings]])
        assert {h["id"] for h in hits} == {"ru1", "en1", "de1"}
        store.put_names("ru1", [])
        assert "Вереницкой" not in store.name_spellings(["verenitska"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=4), max_size=4))
def test_any_groups_are_a_valid_query(groups: list[list[str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, _store_with(Path(tmp)) as store:
        store.search(groups)
