"""Each language front-end on invented text: names with their Latin keys, quotes and speakers, figures read
in the article's locale with what they count as a concept, dates in the language."""

from __future__ import annotations

import pytest

from crosswire.facts.languages.numbers import parse_number
from crosswire.facts.records import ArticleFacts
from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block

TEXTS = {
    "ru": [
        "Светлана Тихановская заявила в понедельник, что более 200 человек были задержаны"
        " в Минске 9 августа 2020 года.",
        "«Мы не отступим и будем бороться дальше», — сказала Тихановская. Около 40 лодок патрулировали реку.",
    ],
    "fr": [
        "Emmanuel Macron a déclaré lundi à Paris que plus de 2 000 personnes avaient été évacuées.",
        "« Nous agirons vite et partout », a déclaré Macron. Une dizaine de bateaux et 12 navires étaient mobilisés.",
    ],
    "de": [
        "Die Ministerin Anna Vogelsang sagte am Montag in Berlin, dass mehr als 2.000 Menschen evakuiert wurden.",
        "„Wir werden schnell und überall handeln“, erklärte Vogelsang. Rund 40 Boote waren im Einsatz.",
    ],
    "uk": [
        "Світлана Тихановська заявила в понеділок, що понад 200 людей було затримано в Мінську 9 серпня 2020 року.",
        "«Ми не відступимо ніколи й нізащо», — сказала Тихановська. Близько 40 човнів патрулювали річку.",
    ],
    "be": [
        "Святлана Ціханоўская заявіла ў панядзелак, што больш за 200 чалавек былі затрыманыя"
        " ў Мінску 9 жніўня 2020 года.",
        "«Мы не адступім ніколі й нізавошта», — сказала Ціханоўская. Каля 40 лодак патрулявалі раку.",
    ],
    "pl": [
        "Swiatłana Cichanouska powiedziała w poniedziałek, że ponad 200 osób zatrzymano w Mińsku 9 sierpnia 2020 roku.",
        "„Nie wycofamy się nigdy i nigdzie” – powiedziała Cichanouska. Około 40 łodzi patrolowało rzekę.",
    ],
    "es": [
        "Svetlana Tijanóvskaya dijo el lunes que más de 2.000 personas fueron detenidas en Minsk.",
        "«No vamos a retroceder nunca jamás», afirmó Tijanóvskaya. Unos 40 barcos patrullaban el río.",
    ],
}


@pytest.fixture(scope="module")
def facts() -> dict[str, ArticleFacts]:
    articles = [
        Article(
            id=lang,
            source=lang,
            content_hash=lang,
            language=lang,
            published="2020-08-10",
            blocks=[Block("paragraph", p) for p in paras],
        )
        for lang, paras in TEXTS.items()
    ]
    return {f.article: f for f in extract_facts(articles)}


@pytest.mark.parametrize("lang", list(TEXTS))
def test_every_language_gives_facts_with_language_neutral_fields(facts: dict[str, ArticleFacts], lang: str) -> None:
    f = facts[lang]
    assert f.skipped is None and f.language == lang
    body = "\n\n".join(TEXTS[lang])
    people = [e for e in f.entities if e.type == "person"]
    assert people and all(e.key and e.key.isascii() for e in f.entities)
    for e in f.entities:
        for m in e.mentions:
            assert body[m.start : m.end] == m.text
    direct = [q for q in f.quotes if q.kind != "reported"]
    assert direct and direct[0].speaker == people[0].id and direct[0].speaker_key == people[0].key
    assert all(q.language == lang and body[q.start : q.end] == q.text for q in f.quotes)
    counts = {fig.value: fig.concept for fig in f.figures}
    assert any(c == "boat" for c in counts.values()), counts
    assert any(c == "person" and v in (200, 2000) for v, c in counts.items()), counts
    assert all(c.language == lang for c in f.claims) and f.claims
    assert any(v.concept == "boat" for c in f.claims for v in c.values)


@pytest.mark.parametrize("lang", ["ru", "uk", "be", "pl"])
def test_slavic_dates_resolve(facts: dict[str, ArticleFacts], lang: str) -> None:
    values = {d.value for d in facts[lang].dates}
    assert "2020-08-09" in values  # "9 августа 2020 года", "9 серпня 2020 року", ...
    assert "2020-08-10" in values  # Monday, the day of publication


def test_place_keys_meet_across_languages(facts: dict[str, ArticleFacts]) -> None:
    for lang in ("ru", "uk", "be", "pl", "es"):
        assert "Minsk" in {e.key for e in facts[lang].entities if e.type == "place"}, lang


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2.000", "de", 2000),
        ("2 000", "fr", 2000),
        ("2\u202f000", "fr", 2000),
        ("1,5", "ru", 1.5),
        ("12.500,5", "de", 12500.5),
        ("2,000", "en", 2000),
        ("3 400", "pl", 3400),
    ],
)
def test_locale_numbers(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


def test_no_front_end_says_why() -> None:
    a = Article(
        id="x", source="x", content_hash="x", language="tr", blocks=[Block("paragraph", "Bir iki üç dört beş altı.")]
    )
    (f,) = extract_facts([a])
    assert f.skipped and "tr" in f.skipped


@pytest.mark.parametrize(
    ("lang", "paras", "person"),
    [
        # German capitalises nouns, so a title opens the capitalised run before the name.
        (
            "de",
            ["„Wir bauen die Brücke neu“, sagte Bürgermeisterin Greta Holm am Montag.", "Holm besuchte Weißfeld."],
            "Greta Holm",
        ),
        # A genitive place before the name ("the mayor of Vilshany"), the place named alone elsewhere.
        (
            "be",
            ["Вада прыйшла ў Вільшаны ўначы.", "«Мы адновім мост», — сказала мэр Вільшанаў Ганна Лось."],
            "Ганна Лось",
        ),
    ],
)
def test_a_title_or_a_place_before_a_name_is_not_the_name(lang: str, paras: list[str], person: str) -> None:
    art = Article(id=lang, source=lang, content_hash=lang, language=lang, blocks=[Block("paragraph", p) for p in paras])
    (f,) = extract_facts([art])
    people = {e.name for e in f.entities if e.type == "person"}
    assert person in people, people
    assert [q.speaker_name for q in f.quotes] == [person]
