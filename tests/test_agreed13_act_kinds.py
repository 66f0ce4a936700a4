"""Two outlets' sentences that name the same person and the same day but report two facts are no agreed item
(agreed13, :mod:`crosswire.compare.claims.act_kinds`): "The union's leader said on Monday the strike would go
on" beside "The union's leader met the minister on Monday"; nor a meeting announced beside the meeting held.
Paraphrases and translations of one act stay one. Every text is invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.claims.act_kinds import acts_apart, kinds, planned_and_held
from crosswire.compare.claims.units import build_units
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

DAY = "2024-03-12"  # a Tuesday: "Monday" is the day before
SATURDAY = "2024-03-09"


def _write(tmp_path: Path, a: str, b: str, day_a: str = DAY, day_b: str = DAY) -> Path:
    path = tmp_path / "a.jsonl"
    rows = [("w-a", "Harbour Daily", a, day_a), ("w-b", "Norland Post", b, day_b)]
    path.write_text(
        "".join(json.dumps({"id": i, "outlet": o, "published": d, "text": t}) + "\n" for i, o, t, d in rows),
        encoding="utf-8",
    )
    return path


def _agreed(tmp_path: Path, a: str, b: str, day_a: str = DAY, day_b: str = DAY) -> list[dict[str, Any]]:
    """The agreed items of a two-outlet story (``a`` by one outlet, ``b`` by another)."""
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [_write(tmp_path, a, b, day_a, day_b)], stories=False)
        c = compare_articles(store, ["w-a", "w-b"])
    d = c.to_dict() if hasattr(c, "to_dict") else c
    return list(d.get("agreed", []))


def _units(tmp_path: Path, a: str, b: str, day_a: str = DAY, day_b: str = DAY) -> tuple[Any, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [_write(tmp_path, a, b, day_a, day_b)], stories=False)
        data = load_story_data(store, _stored_rows(store, ["w-a", "w-b"]))
    units = build_units(data)
    return next(u for u in units if u.article == "w-a"), next(u for u in units if u.article == "w-b")


# A statement and a meeting of one union leader on one day, in each language: scored at the agreement bar on
# 4897c66 (the names, the day and the title carry the pair) and shown as one agreed item in de, es, fr, pl, ru.
STATEMENT_AND_MEETING = {
    "de": (
        "Gewerkschaftschef Tomas Brek sagte am Montag, der Streik in den Häfen von Dravna gehe weiter.",
        "Gewerkschaftschef Tomas Brek traf sich am Montag in Dravna mit Verkehrsministerin Alina Varga.",
    ),
    "es": (
        "El líder sindical Tomas Brek dijo el lunes que la huelga en los puertos de Dravna continuará.",
        "El líder sindical Tomas Brek se reunió el lunes en Dravna con la ministra de Transportes, Alina Varga.",
    ),
    "fr": (
        "Le dirigeant syndical Tomas Brek a déclaré lundi que la grève dans les ports de Dravna continuerait.",
        "Le dirigeant syndical Tomas Brek a rencontré lundi à Dravna la ministre des Transports, Alina Varga.",
    ),
    "pl": (
        "Lider związku Tomas Brek powiedział w poniedziałek, że strajk w portach Dravny będzie kontynuowany.",
        "Lider związku Tomas Brek spotkał się w poniedziałek w Dravnie z minister transportu Aliną Vargą.",
    ),
    "ru": (
        "Лидер профсоюза Томас Брек заявил в понедельник, что забастовка в портах Дравны продолжится.",
        "Лидер профсоюза Томас Брек встретился в понедельник в Дравне с министром транспорта Алиной Варгой.",
    ),
}


@pytest.mark.parametrize("language", sorted(STATEMENT_AND_MEETING))
def test_a_statement_and_a_meeting_of_one_person_on_one_day_are_not_agreed(tmp_path: Path, language: str) -> None:
    a, b = STATEMENT_AND_MEETING[language]
    # the role both sentences give him ("union leader") is one fact they share: a role item, not the acts
    assert [i for i in _agreed(tmp_path, a, b) if i.get("kind") != "role"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # English: the same two kinds
            "The union's leader Tomas Brek said on Monday the strike would go on.",
            "Tomas Brek met the transport minister Alina Varga on Monday.",
        ),
        (  # a visit and a signing
            "President Ilse Varn visited Pellamir on Friday.",
            "Ilse Varn signed the flood relief law on Friday.",
        ),
        (  # one language against another: a statement in English, a meeting in German
            "The union's leader Tomas Brek said on Monday the strike would go on.",
            "Tomas Brek traf sich am Montag mit Verkehrsministerin Alina Varga.",
        ),
    ],
)
def test_two_kinds_of_act_of_one_person_are_kept_apart(tmp_path: Path, a: str, b: str) -> None:
    ua, ub = _units(tmp_path, a, b)
    assert acts_apart(ua, ub)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # one meeting, worded two ways (the second names no kind: "held talks")
            "Tomas Brek met the transport minister Alina Varga on Monday.",
            "On Monday, union leader Tomas Brek held talks with transport minister Alina Varga.",
        ),
        (  # one statement, two speech verbs, one content word shared
            "The union's leader Tomas Brek said on Monday the strike would go on.",
            "Union leader Tomas Brek announced on Monday that the strike will continue.",
        ),
        (  # "X said he met Y" is a meeting: the statement counts only alone
            "Tomas Brek said he had met the transport minister Alina Varga on Monday.",
            "Tomas Brek met the transport minister Alina Varga on Monday.",
        ),
        (  # an arrest and a charge are one kind
            "Police in Dravna arrested the former mayor Marek Olen on Tuesday morning.",
            "The former mayor Marek Olen was charged with fraud by prosecutors in Dravna on Tuesday.",
        ),
        (  # a statement and a visit sharing what was said
            "Ilse Varn said on Friday that the government would rebuild Pellamir.",
            "The government will rebuild Pellamir, Ilse Varn announced on Friday during her visit.",
        ),
        (  # one meeting in two languages
            "Tomas Brek met the transport minister Alina Varga on Monday.",
            "Томас Брек встретился в понедельник с министром транспорта Алиной Варгой.",
        ),
        (  # one meeting in Polish, a verb no kind lists on one side
            "Lider związku Tomas Brek spotkał się w poniedziałek z minister transportu Aliną Vargą.",
            "W poniedziałek Tomas Brek rozmawiał z minister transportu Aliną Vargą o strajku.",
        ),
        (  # French: one meeting, "s'entretenir" is no kind
            "Le dirigeant syndical Tomas Brek a rencontré lundi la ministre des Transports Alina Varga.",
            "Lundi, Tomas Brek s'est entretenu avec la ministre des Transports, Alina Varga.",
        ),
    ],
)
def test_one_act_in_other_words_is_not_kept_apart(tmp_path: Path, a: str, b: str) -> None:
    ua, ub = _units(tmp_path, a, b)
    assert not acts_apart(ua, ub)
    assert not planned_and_held(ua, ub)


def test_one_meeting_reworded_stays_agreed(tmp_path: Path) -> None:
    a = "Union leader Tomas Brek met the transport minister Alina Varga in Dravna on Monday to discuss the strike."
    b = "Tomas Brek, the union leader, met transport minister Alina Varga in Dravna on Monday over the strike."
    met = [
        it
        for it in _agreed(tmp_path, a, b)
        if {ev["article"] for ev in it["evidence"] if " met " in ev["text"]} == {"w-a", "w-b"}
    ]
    assert len(met) == 1


def test_a_statement_counts_only_alone(tmp_path: Path) -> None:
    ua, ub = _units(
        tmp_path,
        "Tomas Brek said he had met the transport minister Alina Varga on Monday.",
        "Tomas Brek said on Monday the strike would go on.",
    )
    assert kinds(ua) == {"meet"}
    assert kinds(ub) == {"speech"}


# A meeting announced (Saturday's paper) and the meeting held (Tuesday's paper), in each language that marks the
# tense of its clause in the facts stage: two facts.
ANNOUNCED_AND_HELD = {
    "en": (
        "Union leader Tomas Brek will meet the transport minister Alina Varga on Monday.",
        "Union leader Tomas Brek met the transport minister Alina Varga on Monday.",
    ),
    "es": (
        "El líder sindical Tomas Brek se reunirá el lunes con la ministra Alina Varga.",
        "El líder sindical Tomas Brek se reunió el lunes con la ministra Alina Varga.",
    ),
    "fr": (
        "Le syndicaliste Tomas Brek rencontrera lundi la ministre Alina Varga.",
        "Le syndicaliste Tomas Brek a rencontré lundi la ministre Alina Varga.",
    ),
    "pl": (
        "Lider związku Tomas Brek spotka się w poniedziałek z minister Aliną Vargą.",
        "Lider związku Tomas Brek spotkał się w poniedziałek z minister Aliną Vargą.",
    ),
    "ru": (
        "Лидер профсоюза Томас Брек встретится в понедельник с министром Алиной Варгой.",
        "Лидер профсоюза Томас Брек встретился в понедельник с министром Алиной Варгой.",
    ),
}


@pytest.mark.parametrize("language", sorted(ANNOUNCED_AND_HELD))
def test_a_meeting_announced_and_the_meeting_held_are_kept_apart(tmp_path: Path, language: str) -> None:
    a, b = ANNOUNCED_AND_HELD[language]
    ua, ub = _units(tmp_path / "units", a, b, SATURDAY, DAY)
    assert planned_and_held(ua, ub)
    # one agreed item on 4897c66; what both sources say of who the man is ("Tomas Brek: Union leader") may stay
    whole = [it for it in _agreed(tmp_path, a, b, SATURDAY, DAY) if {ev["text"] for ev in it["evidence"]} & {a, b}]
    assert whole == []


@pytest.mark.parametrize(
    ("a", "day_a", "b", "day_b"),
    [
        (  # two previews of one meeting
            "Union leader Tomas Brek will meet the transport minister Alina Varga on Monday.",
            SATURDAY,
            "Tomas Brek is due to meet the transport minister Alina Varga on Monday.",
            SATURDAY,
        ),
        (  # two reports of the meeting held
            "Union leader Tomas Brek met the transport minister Alina Varga on Monday.",
            DAY,
            "On Monday, Tomas Brek met with transport minister Alina Varga.",
            DAY,
        ),
        (  # a launch announced and the launch held: no kind of act the list holds (one launch day, the gold)
            "The Stadia streaming service launches on Monday in 14 countries.",
            SATURDAY,
            "The Stadia streaming service launched on Monday in 14 countries.",
            DAY,
        ),
    ],
)
def test_a_plan_beside_a_plan_or_an_unlisted_act_is_not_kept_apart(
    tmp_path: Path, a: str, day_a: str, b: str, day_b: str
) -> None:
    ua, ub = _units(tmp_path, a, b, day_a, day_b)
    assert not planned_and_held(ua, ub)
