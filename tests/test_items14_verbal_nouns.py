"""A verbal noun is no outcome of its act (items14, fourteenth pass).

A pole's stem for a Russian, Ukrainian or Polish participle ("підписан-", "подписан-", "podpisan-") also matched the
act's verbal noun ("підписання", "подписание", "podpisanie": the signing), which names the act and states no
outcome. A development trial's Ukrainian outlet wrote "agreed in principle ... the final document is not yet
signed: the signing of the deal is expected next week": read as both poles of the signing, so as neither, the
sentence headed an agreed item citing three sources' "signed" sentences, and the outcome conflict was not shown.
Invented sentences throughout: ru, uk, pl for the class (signing, approval, suspension, calling off), the
near-misses that stay poles (participles, a verbal noun after "after", a phrase the list writes out in full), the
pair and item readers that read the poles, and a four-language story end to end."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from crosswire.compare.claims.polar import polar_differ, poles_in

# (language, sentence naming the signing by its verbal noun and stating the deal unsigned)
IN_PRINCIPLE = [
    (
        "uk",
        "Сторони в принципі домовилися, але документ ще не підписано: підписання угоди очікують наступного тижня.",
    ),
    ("uk", "Уряди досягли попередньої угоди, підписання якої заплановане на понеділок."),
    ("ru", "Стороны в принципе договорились, подписание соглашения ожидается на следующей неделе."),
    ("ru", "Правительства достигли предварительного соглашения; подписание назначено на понедельник."),
    ("pl", "Strony porozumiały się wstępnie, podpisanie umowy planowane jest na przyszły tydzień."),
    ("pl", "Rządy zawarły wstępne porozumienie, a jego podpisanie zaplanowano na poniedziałek."),
]


@pytest.mark.parametrize(("lang", "text"), IN_PRINCIPLE)
def test_a_deal_agreed_in_principle_whose_signing_is_ahead_is_not_signed(lang: str, text: str) -> None:
    assert poles_in(text, lang).get("signing") == "not signed"


# a verbal noun alone, with no other word of the deal's stage: no outcome at all
@pytest.mark.parametrize(
    ("lang", "text", "act"),
    [
        ("ru", "Подписание соглашения намечено на пятницу.", "signing"),
        ("uk", "Підписання угоди призначене на п'ятницю.", "signing"),
        ("pl", "Podpisanie umowy wyznaczono na piątek.", "signing"),
    ],
)
def test_a_verbal_noun_states_no_pole(lang: str, text: str, act: str) -> None:
    assert act not in poles_in(text, lang)


# near-misses: participles, a verbal noun after "after", a phrase written out in full stay poles
@pytest.mark.parametrize(
    ("lang", "text", "pole"),
    [
        ("ru", "Соглашение подписано в среду в Кестене.", "signed"),
        ("ru", "Подписанное в среду соглашение вступит в силу в пятницу.", "signed"),
        ("ru", "После подписания соглашения премьеры провели пресс-конференцию.", "signed"),
        ("ru", "Стороны согласовали текст до подписания соглашения.", "not signed"),
        ("uk", "Угоду підписано в середу.", "signed"),
        ("uk", "Підписана в середу угода набуде чинності в п'ятницю.", "signed"),
        ("uk", "Після підписання угоди прем'єри провели пресконференцію.", "signed"),
        ("pl", "Umowa została podpisana w środę.", "signed"),
        ("pl", "Podpisane w środę porozumienie wejdzie w życie w piątek.", "signed"),
        ("pl", "Po podpisaniu umowy premierzy spotkali się z dziennikarzami.", "signed"),
        ("pl", "Porozumienie nie zostało jeszcze podpisane.", "not signed"),
    ],
)
def test_participles_and_done_verbal_nouns_still_state_the_pole(lang: str, text: str, pole: str) -> None:
    assert poles_in(text, lang).get("signing") == pole


def _unit(index: int, language: str, text: str) -> SimpleNamespace:
    claim = SimpleNamespace(language=language, predicates=[], quoted=False, values=[], subject_entity=None)
    return SimpleNamespace(
        index=index, language=language, text=text, entities=frozenset(), values=[], claim=claim, speaker=None
    )


SIGNED = [
    ("en", "Both governments signed the agreement on Wednesday."),
    ("fr", "Les deux gouvernements ont signé l'accord mercredi."),
    ("de", "Beide Regierungen unterzeichneten das Abkommen am Mittwoch."),
    ("es", "Ambos gobiernos firmaron el acuerdo el miércoles."),
]


@pytest.mark.parametrize(("lang", "text"), IN_PRINCIPLE)
@pytest.mark.parametrize(("signed_lang", "signed"), SIGNED)
def test_the_item_guard_keeps_in_principle_and_signed_apart(
    lang: str, text: str, signed_lang: str, signed: str
) -> None:
    # the guard :func:`crosswire.compare.claims.items.agreed_items` reads across every member of a merged item
    assert polar_differ(_unit(0, lang, text), _unit(1, signed_lang, signed))  # type: ignore[arg-type]


def test_two_translations_of_one_unsigned_deal_are_not_apart() -> None:
    uk, ru = IN_PRINCIPLE[0][1], IN_PRINCIPLE[2][1]
    assert not polar_differ(_unit(0, "uk", uk), _unit(1, "ru", ru))  # type: ignore[arg-type]
    en = "The two sides agreed in principle; the deal has yet to be signed."
    assert not polar_differ(_unit(0, "en", en), _unit(1, "pl", IN_PRINCIPLE[4][1]))  # type: ignore[arg-type]


# -- a story end to end: the conflict is shown and no agreed item cites both stages --------------------------------

ARTICLES = [
    (
        "en",
        "Harbour Daily",
        "Ferry link deal signed",
        "Marvia and Ostland signed an agreement on Wednesday to reopen the ferry link between Kelport and Ranholm.\n\n"
        "The ferries will sail again from Monday, the two transport ministries said.",
    ),
    (
        "fr",
        "Le Journal du Port",
        "Accord sur le ferry",
        "La Marvie et l'Ostland ont signé mercredi un accord pour rouvrir la liaison par ferry entre Kelport et "
        "Ranholm.\n\nLes ferries reprendront lundi, selon les deux ministères des Transports.",
    ),
    (
        "uk",
        "Морські новини",
        "Поромне сполучення",
        "Марвія та Остланд у середу в принципі домовилися про відновлення поромного сполучення між Кельпортом і "
        "Ранхольмом, але документ ще не підписано: підписання угоди очікують наступного тижня.\n\n"
        "Пороми знову курсуватимуть з понеділка, повідомили міністерства транспорту.",
    ),
]


def test_a_story_shows_the_signing_conflict_and_no_item_joins_both_stages(tmp_path) -> None:
    from test_compare_core import compare_fixture

    path = tmp_path / "ferry.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, (lang, outlet, title, text) in enumerate(ARTICLES):
            row = {
                "id": f"ferry-{lang}",
                "url": f"https://ferry-{lang}.example/{i}",
                "outlet": outlet,
                "title": title,
                "published": "2026-11-11T10:00:00+00:00",
                "language": lang,
                "text": text,
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    comparison = compare_fixture(tmp_path, path)
    unsigned = "документ ще не підписано"
    for item in comparison.agreed:
        texts = [ev.text for ev in item.evidence]
        if any(unsigned in t for t in texts):
            assert not any("signed an agreement" in t or "ont signé" in t for t in texts), item.summary
    signing = [c for c in comparison.conflicts if "signed" in (c.summary or "").lower()]
    assert signing, [c.summary for c in comparison.conflicts]
