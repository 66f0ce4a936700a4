"""A plan and the act done are two facts (tense15, :mod:`crosswire.compare.claims.standing`): "are expected to
sign the treaty" must not sit in the agreed item of "signed the treaty", nor a brief sentence cite the preview's
source for the signing. Every text is invented, but for one sentence read from the shared extraction benchmark.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from crosswire.compare import compare_articles
from crosswire.compare.brief import _other_standing
from crosswire.compare.claims.standing import same_act, standing, standings_apart
from crosswire.compare.claims.units import build_units
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.model import Evidence
from crosswire.pipeline import ingest_paths
from crosswire.store import Store

# (language, plan, done): one act, the signing of a treaty, told ahead and told done
PLAN_AND_DONE = [
    (
        "en",
        "The two governments are expected to sign the treaty in Ostrava.",
        "The two governments signed the treaty in Ostrava.",
    ),
    (
        "en",
        "The two governments will sign the treaty in Ostrava on Friday.",
        "The treaty was signed in Ostrava on Friday.",
    ),
    (
        "en",
        "The ministers plan to sign the treaty next week, officials said.",
        "The ministers have signed the treaty, officials said.",
    ),
    ("en", "The two leaders are to meet in Ostrava.", "The two leaders met in Ostrava."),
    ("en", "Both sides agreed to sign the accord if talks succeed.", "Both sides had already signed the accord."),
    (
        "de",
        "Die beiden Regierungen sollen den Vertrag in Ostrava unterzeichnen.",
        "Die beiden Regierungen haben den Vertrag in Ostrava unterzeichnet.",
    ),
    ("de", "Der Vertrag wird am Freitag unterzeichnet.", "Der Vertrag wurde am Freitag unterzeichnet."),
    ("es", "Ambos gobiernos firmarán el tratado en Ostrava.", "Ambos gobiernos firmaron el tratado en Ostrava."),
    ("es", "Ambos gobiernos van a firmar el tratado en Ostrava.", "Ambos gobiernos han firmado el tratado en Ostrava."),
    (
        "fr",
        "Les deux gouvernements doivent signer le traité à Ostrava.",
        "Les deux gouvernements ont signé le traité à Ostrava.",
    ),
    (
        "fr",
        "Les deux gouvernements signeront le traité vendredi.",
        "Les deux gouvernements ont signé le traité vendredi.",
    ),
    ("it", "I due governi firmeranno il trattato a Ostrava.", "I due governi hanno firmato il trattato a Ostrava."),
    ("pt", "Os dois governos vão assinar o tratado em Ostrava.", "Os dois governos assinaram o tratado em Ostrava."),
    ("ru", "Два правительства подпишут договор в Остраве.", "Два правительства подписали договор в Остраве."),
    ("pl", "Oba rządy podpiszą traktat w Ostrawie.", "Oba rządy podpisały traktat w Ostrawie."),
    ("uk", "Два уряди підпишуть договір в Остраві.", "Два уряди підписали договір в Остраві."),
]


@pytest.mark.parametrize(("language", "plan", "done"), PLAN_AND_DONE)
def test_plan_and_done_read_in_every_language(language: str, plan: str, done: str) -> None:
    assert standing(plan, language) == "plan"
    assert standing(done, language) == "done"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The treaty signed on Tuesday will end a decade of disputes."),  # both: no standing
        ("en", "The treaty ends a decade of disputes over the Lena river."),  # neither
        ("en", "Both sides hope the talks succeed."),  # "-eed" is no past, "hope" no plan without "to"
        ("es", "El ministro dijo que el tratado pone fin a una década de disputas."),  # saying alone
        ("zh", "两国政府签署了条约。"),  # a language without the words: not read
    ],
)
def test_mixed_or_plain_sentences_have_no_standing(language: str, text: str) -> None:
    assert standing(text, language) is None


def test_a_past_read_as_possible_is_no_plan() -> None:
    assert standing("Police said the men may have fled across the border.", "en") == "done"
    assert standing("The men would have signed the treaty had the talks gone on.", "en") != "plan"


def test_saying_is_no_done_act() -> None:
    """A verb of saying in the past reports a plan, it does not make it done."""
    assert standing("Officials said the two governments would sign the treaty.", "en") == "plan"
    assert standing("El ministro dijo que ambos gobiernos firmarán el tratado.", "es") == "plan"
    assert standing("Le ministre a déclaré que les deux pays signeront le traité.", "fr") == "plan"


def test_real_preview_sentence_is_a_plan() -> None:
    """A real preview's clause (the shared extraction benchmark: a trade-deal story) reads as a plan."""
    shared = Path(__file__).resolve().parents[2] / "shared"
    page = (
        shared
        / "bench/article-extraction/fulltext/d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.txt"
    )
    if not page.is_file():
        pytest.skip("shared data not found")
    text = page.read_text(encoding="utf-8")
    at = text.find("expected to sign")
    assert at > 0
    start = text.rfind(".", 0, at) + 1
    clause = text[start : text.find(",", at)]
    assert standing(clause, "en") == "plan"


DAY = "2024-03-12"


def _write(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "outlet": o, "published": d, "text": t}) + "\n" for i, o, t, d in rows),
        encoding="utf-8",
    )
    return path


def _compare(tmp_path: Path, rows: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [_write(tmp_path, rows)], stories=False)
        c = compare_articles(store, [r[0] for r in rows])
    d: dict[str, Any] = c.to_dict()
    return d


TAIL = " The treaty ends a decade of disputes over the Lena river."


def _rows(first: str) -> list[tuple[str, str, str, str]]:
    return [
        ("w-a", "Harbour Daily", first + TAIL, DAY),
        (
            "w-b",
            "Norland Post",
            "The governments of Dravna and Velmara signed the water-sharing treaty in Ostrava, officials said." + TAIL,
            "2024-03-13",
        ),
        (
            "w-c",
            "Coast Herald",
            "Dravna and Velmara signed the water-sharing treaty in Ostrava, the two governments said." + TAIL,
            "2024-03-13",
        ),
    ]


@pytest.mark.parametrize(
    "plan",
    [
        "The governments of Dravna and Velmara are expected to sign the water-sharing treaty in Ostrava, "
        "officials said.",
        "The governments of Dravna and Velmara will sign the water-sharing treaty in Ostrava, officials said.",
        "The governments of Dravna and Velmara plan to sign the water-sharing treaty in Ostrava, officials said.",
    ],
)
def test_preview_is_kept_out_of_the_signing(tmp_path: Path, plan: str) -> None:
    """On 564ffe3 the first wording headed an agreed item citing all three sources (the plan for the signing)."""
    d = _compare(tmp_path, _rows(plan))
    signed = [i for i in d["agreed"] if "sign" in i["summary"]]
    assert signed, "the signing two sources report is still agreed"
    for item in signed:
        assert 1 not in item["sources"], item
        assert "sign the" not in item["summary"]
    assert any(i["sources"] == [1, 2, 3] for i in d["agreed"])  # the treaty's purpose, told alike by all three


def test_done_act_told_three_ways_stays_agreed(tmp_path: Path) -> None:
    """The control: three reports of the signing done keep one item citing all three."""
    d = _compare(tmp_path, _rows("Dravna and Velmara have signed the water-sharing treaty in Ostrava, officials said."))
    assert any(i["sources"] == [1, 2, 3] and "sign" in i["summary"] for i in d["agreed"])


def _units(tmp_path: Path, a: str, b: str) -> tuple[Any, Any]:
    rows = [("w-a", "Harbour Daily", a, DAY), ("w-b", "Norland Post", b, DAY)]
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [_write(tmp_path, rows)], stories=False)
        data = load_story_data(store, _stored_rows(store, ["w-a", "w-b"]))
    units = build_units(data)
    return next(u for u in units if u.article == "w-a"), next(u for u in units if u.article == "w-b")


def test_two_acts_of_one_story_are_not_judged(tmp_path: Path) -> None:
    """A plan of one act beside another act done is no plan-and-done of one act: "will host" / "named ... host"."""
    a, b = _units(
        tmp_path,
        "Mara Lind will host the Velmara film awards in March.",
        "The academy named Mara Lind as host of the Velmara film awards.",
    )
    assert not same_act(a, b)
    assert not standings_apart(a, b)


def test_plan_and_signing_across_languages_are_apart(tmp_path: Path) -> None:
    a, b = _units(
        tmp_path,
        "Die Regierungen sollen den Vertrag in Ostrava unterzeichnen.",
        "The governments signed the treaty in Ostrava.",
    )
    assert same_act(a, b)
    assert standings_apart(a, b)


def test_brief_cites_no_source_for_another_standing() -> None:
    """The brief's "reports it too" leaves out a source whose own sentence tells the act in another standing."""
    arts = [SimpleNamespace(id=x, language=lang) for x, lang in (("a", "en"), ("b", "en"), ("c", "es"), ("d", "en"))]
    brief: Any = SimpleNamespace(comparison=SimpleNamespace(articles=arts), source_of={"a": 1, "b": 2, "c": 3, "d": 4})

    def ev(article: str, text: str) -> Evidence:
        return Evidence(article=article, outlet=None, text=text, start=0, end=len(text))

    lead = ev("a", "The two governments signed the treaty in Ostrava.")
    evs = [
        ev("b", "The two governments are expected to sign the treaty in Ostrava."),
        ev("c", "Ambos gobiernos firmarán el tratado en Ostrava."),
        ev("d", "The treaty was signed in Ostrava on Friday."),
    ]
    assert _other_standing(brief, lead, evs) == {2, 3}
    plain = ev("a", "The treaty ends a decade of disputes.")
    assert _other_standing(brief, plain, evs) == set()
