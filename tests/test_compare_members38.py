"""An agreed item cites only sources whose sentence states it (faithful38), on invented stories:

1. the fate of a scheduled event — called off, put back, or going ahead as planned — read in en/de/fr/es/it/pt/pl
   (``[polar.schedule]`` of ``data/facts_outcomes.toml``, kind by kind of event: an auction, a match, a show, a
   vote, a summit or hearing); two sources stating two fates of one kind of event are a "different outcome"
   conflict and never members of one agreed item;
2. where a named person spoke — "told reporters at ... in X", « lors d'une conférence de presse à Y », "en una
   rueda de prensa en Y", "na konferencji prasowej w Y" (``[statement]`` of ``data/act_places.toml``); two
   sources placing one person's statement in two towns are a "different place" conflict, the person named in both
   by surname even where one source's reader wrote a title into the name;
3. the member check itself (:func:`member_clashes`), read structurally over every agreed item of the example
   corpus, the seeds and an invented story of the class: no two cited members state two poles of one act or two
   places of one kind. On 911ecb4 the invented story's agreed items fail it (the auction's two fates, the
   statement's two towns, each in one agreed item);
   Weekdays are left out of most of the auction sentences: a weekday resolved to two dates ("für Donnerstag
   geplante" / "de jeudi") reads as a change told over two days, the date readers' class (dates38);
4. what stays silent: one fate told by every source, a postponement told with both dates, a plan to cancel, a
   statement in the same town, two people speaking in two towns.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from crosswire.compare import compare_story
from crosswire.compare.claims.act_places import read_places
from crosswire.compare.claims.polar import acts, has_object, poles_in
from crosswire.compare.records import Comparison
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.vocab.names import same_place
from test_compare_core import compare_texts

DAY = "2027-03-09"
OUTLETS = ["Coastline Wire", "Rheinblatt", "Le Journal du Cap", "Diario del Estrecho", "La Voce di Borgo", "Kurier"]
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

LEADS = {
    "en": "The treasury of Lorvania sold bonds worth 300 million crowns on Monday to calm the markets.",
    "de": "Das Schatzamt von Lorvanien verkaufte am Montag Anleihen im Wert von 300 Millionen Kronen.",
    "fr": "Le Trésor de Lorvanie a vendu lundi des obligations pour 300 millions de couronnes.",
    "es": "El Tesoro de Lorvania vendió el lunes bonos por valor de 300 millones de coronas.",
    "it": "Il Tesoro della Lorvania ha venduto lunedì titoli per 300 milioni di corone.",
    "pl": "Skarb Państwa Lorwanii sprzedał w poniedziałek obligacje o wartości 300 mln koron.",
    "pt": "O Tesouro da Lorvânia vendeu na segunda-feira títulos no valor de 300 milhões de coroas.",
}


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(f"a{i}", OUTLETS[i], DAY, f"Orvelle\n\n{t}") for i, t in enumerate(texts)]


def _schedule(text: str, language: str) -> str | None:
    return poles_in(text, language).get("schedule")


# -- readers -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", "The finance ministry cancelled Friday's auction of ten-year notes.", "cancelled"),
        ("en", "Saturday's cup match was called off because of the storm.", "cancelled"),
        ("en", "The auction will go ahead as planned on Friday, the ministry said.", "going ahead"),
        ("en", "The concert was not cancelled despite the warnings.", "going ahead"),
        ("en", "The hearing has been postponed until next month.", "postponed"),
        ("de", "Die Versteigerung am Freitag wurde abgesagt.", "cancelled"),
        ("de", "Das Konzert findet wie geplant am Samstag statt.", "going ahead"),
        ("de", "Die Abstimmung wurde auf März verschoben.", "postponed"),
        ("fr", "Le ministère a annulé l'adjudication de vendredi.", "cancelled"),
        ("fr", "Le match aura bien lieu samedi, comme prévu.", "going ahead"),
        ("fr", "Le sommet a été reporté à une date ultérieure.", "postponed"),
        ("es", "La subasta del viernes fue cancelada por el ministerio.", "cancelled"),
        ("es", "El concierto se celebrará según lo previsto.", "going ahead"),
        ("es", "El partido fue aplazado hasta el domingo.", "postponed"),
        ("it", "L'asta di venerdì è stata annullata dal ministero.", "cancelled"),
        ("it", "La partita si terrà regolarmente sabato.", "going ahead"),
        ("it", "Il vertice è stato rinviato di una settimana.", "postponed"),
        ("pt", "O leilão de sexta-feira foi cancelado pelo ministério.", "cancelled"),
        ("pt", "O jogo vai realizar-se conforme previsto.", "going ahead"),
        ("pl", "Ministerstwo odwołało piątkową aukcję obligacji.", "cancelled"),
        ("pl", "Piątkowa aukcja obligacji odbędzie się zgodnie z planem.", "going ahead"),
        ("pl", "Mecz nie odbędzie się w sobotę.", "cancelled"),
        ("pl", "Koncert został przełożony na kwiecień.", "postponed"),
    ],
)
def test_the_fate_of_a_scheduled_event_is_read(language: str, text: str, pole: str) -> None:
    assert _schedule(text, language) == pole
    act = next(a for a in acts() if a.id == "schedule")
    assert has_object(text, language, act)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Opposition deputies urged the ministry to cancel the auction."),
        ("en", "Traders asked whether the auction would go ahead."),
        ("de", "Die Gewerkschaft drohte, das Konzert abzusagen, falls keine Einigung gelingt."),
        ("es", "Los clubes discuten si el partido debería ser cancelado."),
        ("fr", "Les organisateurs se demandent si le festival pourrait être annulé."),
    ],
)
def test_a_demand_or_a_question_states_no_fate(language: str, text: str) -> None:
    assert _schedule(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", '"We will act," Governor Hanna Ostrup told reporters at the bank\'s offices in Orvelle.', "Orvelle"),
        ("en", "Hanna Ostrup spoke at a press conference in Orvelle on Monday.", "Orvelle"),
        ("fr", "« Nous agirons », a déclaré Hanna Ostrup lors d'une conférence de presse à Kervane.", "Kervane"),
        ("es", "Hanna Ostrup lo anunció en una rueda de prensa en Kervane.", "Kervane"),
        ("it", "Hanna Ostrup ha parlato in una conferenza stampa a Kervane.", "Kervane"),
        ("de", "Hanna Ostrup sagte auf einer Pressekonferenz in Kervane, die Bank werde handeln.", "Kervane"),
        ("pl", "Hanna Ostrup powiedziała na konferencji prasowej w Kervane, że bank zareaguje.", "Kervane"),
        ("pt", "Hanna Ostrup falou numa conferência de imprensa em Kervane.", "Kervane"),
    ],
)
def test_where_a_person_spoke_is_read(language: str, text: str, place: str) -> None:
    assert [(k, w) for k, _key, w in read_places(text, language)] == [("statement", place)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Hanna Ostrup said in a statement that the bank would act."),
        ("en", "Hanna Ostrup said the fire started in Kervane."),
        ("en", "Hanna Ostrup said in March that rates would rise."),
    ],
)
def test_no_place_of_a_statement(language: str, text: str) -> None:
    assert not [k for k, _key, _w in read_places(text, language) if k == "statement"]


# -- conflicts, and no agreed item holding both sides ---------------------------------------------------------------

AUCTION = {
    "en": {
        "cancelled": "The finance ministry cancelled Thursday's auction of 200 million crowns of five-year bonds.",
        "going ahead": "The finance ministry said Thursday's auction of 200 million crowns of five-year bonds will go "
        "ahead as planned.",
    },
    "de": {
        "cancelled": "Das Finanzministerium hat die geplante Auktion fünfjähriger Anleihen über 200 Millionen Kronen "
        "abgesagt.",
        "going ahead": "Die Auktion fünfjähriger Anleihen über 200 Millionen Kronen findet nach Angaben des "
        "Finanzministeriums wie geplant statt.",
    },
    "fr": {
        "cancelled": "Le ministère des Finances a annulé l'adjudication de 200 millions de couronnes "
        "d'obligations à cinq ans.",
        "going ahead": "L'adjudication de 200 millions de couronnes d'obligations à cinq ans aura bien lieu "
        "comme prévu, selon le ministère des Finances.",
    },
    "es": {
        "cancelled": "El Ministerio de Finanzas canceló la subasta de 200 millones de coronas en bonos a cinco años.",
        "going ahead": "La subasta de 200 millones de coronas en bonos a cinco años se celebrará según lo "
        "previsto, según el Ministerio de Finanzas.",
    },
    "it": {
        "cancelled": "Il ministero delle Finanze ha annullato l'asta di 200 milioni di corone in titoli a cinque anni.",
        "going ahead": "L'asta di 200 milioni di corone in titoli a cinque anni si terrà come previsto, "
        "ha detto il ministero delle Finanze.",
    },
    "pl": {
        "cancelled": "Ministerstwo finansów odwołało czwartkową aukcję pięcioletnich obligacji o wartości 200 mln "
        "koron.",
        "going ahead": "Ministerstwo finansów zapowiedziało, że czwartkowa aukcja pięcioletnich obligacji o wartości "
        "200 mln koron odbędzie się zgodnie z planem.",
    },
}


def _no_agreed_item_holds(story: Comparison, a: str, b: str) -> None:
    both = [
        it.summary
        for it in story.agreed
        if any(a[:30] in e.text for e in it.evidence) and any(b[:30] in e.text for e in it.evidence)
    ]
    assert not both, both


@pytest.mark.parametrize(
    ("la", "pa", "lb", "pb"),
    [
        ("en", "cancelled", "pl", "going ahead"),
        ("de", "cancelled", "fr", "going ahead"),
        ("es", "going ahead", "it", "cancelled"),
        ("pl", "cancelled", "en", "going ahead"),
        ("fr", "cancelled", "es", "going ahead"),
    ],
)
def test_a_cancelled_and_a_going_ahead_event_are_an_outcome_conflict(
    tmp_path: Path, la: str, pa: str, lb: str, pb: str
) -> None:
    a, b = AUCTION[la][pa], AUCTION[lb][pb]
    story = compare_texts(tmp_path, _rows(f"{LEADS[la]} {a}", f"{LEADS[lb]} {b}"))
    found = [c for c in story.conflicts if c.measure == "outcome of the auction"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert found[0].reason == "different outcome"
    assert {s.label for s in found[0].sides} == {pa, pb}
    _no_agreed_item_holds(story, a, b)


POSTPONED = {
    "en": "The cup match on Sunday in Orvelle was postponed because of the floods.",
    "de": "Das Pokalspiel am Sonntag in Orvelle wurde wegen des Hochwassers abgesagt.",
    "it": "La partita di coppa di domenica a Orvelle si terrà regolarmente nonostante le alluvioni.",
    "pt": "O jogo da taça de domingo em Orvelle foi adiado por causa das cheias.",
}


@pytest.mark.parametrize(("la", "lb"), [("en", "de"), ("en", "it"), ("de", "pt"), ("it", "pt")])
def test_a_postponed_event_against_another_fate_is_an_outcome_conflict(tmp_path: Path, la: str, lb: str) -> None:
    story = compare_texts(tmp_path, _rows(POSTPONED[la], POSTPONED[lb]))
    found = [c for c in story.conflicts if c.measure == "outcome of the match"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    _no_agreed_item_holds(story, POSTPONED[la], POSTPONED[lb])


STATEMENT = {
    "en": '"We will defend the crown," Governor Hanna Ostrup told reporters at the bank\'s offices in Orvelle.',
    "fr": "« Nous défendrons la couronne », a déclaré la gouverneure Hanna Ostrup lors d'une conférence de presse "
    "à Kervane.",
    "es": "«Defenderemos la corona», dijo la gobernadora Hanna Ostrup en una rueda de prensa en Kervane.",
    "it": "«Difenderemo la corona», ha detto la governatrice Hanna Ostrup in una conferenza stampa a Kervane.",
    "pl": "– Będziemy bronić korony – powiedziała prezes Hanna Ostrup na konferencji prasowej w Kervane.",
    "de": "„Wir werden die Krone verteidigen“, sagte Notenbankchefin Hanna Ostrup auf einer Pressekonferenz in "
    "Kervane.",
}


@pytest.mark.parametrize("other", ["fr", "es", "it", "pl", "de"])
def test_one_statement_in_two_towns_is_a_place_conflict(tmp_path: Path, other: str) -> None:
    a, b = STATEMENT["en"], STATEMENT[other]
    story = compare_texts(tmp_path, _rows(f"{LEADS['en']} {a}", f"{LEADS[other]} {b}"))
    found = [c for c in story.conflicts if c.measure == "place of the statement"]
    assert len(found) == 1, [c.summary for c in story.conflicts]
    assert found[0].reason == "different place"
    assert {s.label for s in found[0].sides} == {"Orvelle", "Kervane"}
    _no_agreed_item_holds(story, a, b)


# -- must stay silent -----------------------------------------------------------------------------------------------


def test_one_fate_told_by_every_source_is_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            f"{LEADS['en']} {AUCTION['en']['cancelled']}",
            f"{LEADS['pl']} {AUCTION['pl']['cancelled']}",
            f"{LEADS['fr']} {AUCTION['fr']['cancelled']}",
        ),
    )
    assert not [c for c in story.conflicts if c.measure.startswith("outcome of the")]


def test_two_events_of_one_story_with_two_fates_are_no_conflict(tmp_path: Path) -> None:
    story = compare_texts(
        tmp_path,
        _rows(
            "Storms swept Lorvania on Saturday. Saturday's cup match in Orvelle was called off. The rock concert in "
            "Kervane went ahead as planned.",
            "Stürme fegten am Samstag über Lorvanien. Das Rockkonzert in Kervane fand wie geplant statt.",
        ),
    )
    assert not [c for c in story.conflicts if c.measure.startswith("outcome of the")], [
        c.summary for c in story.conflicts
    ]


def test_one_statement_in_one_town_is_no_conflict(tmp_path: Path) -> None:
    fr = "« Nous défendrons la couronne », a déclaré la gouverneure Hanna Ostrup lors d'une conférence de presse à "
    fr += "Orvelle."
    story = compare_texts(tmp_path, _rows(f"{LEADS['en']} {STATEMENT['en']}", f"{LEADS['fr']} {fr}"))
    assert not [c for c in story.conflicts if c.reason == "different place"], [c.summary for c in story.conflicts]


def test_two_people_speaking_in_two_towns_is_no_conflict(tmp_path: Path) -> None:
    fr = "« Nous soutenons la banque », a déclaré le ministre Petr Lindqvist lors d'une conférence de presse à "
    fr += "Kervane."
    story = compare_texts(tmp_path, _rows(f"{LEADS['en']} {STATEMENT['en']}", f"{LEADS['fr']} {fr}"))
    assert not [c for c in story.conflicts if c.reason == "different place"], [c.summary for c in story.conflicts]


# -- the member check, structurally --------------------------------------------------------------------------------


def member_clashes(c: Comparison) -> list[tuple[str, str, str, str]]:
    """(item summary, one member's sentence, another source's member's sentence, what they state apart) for
    every agreed claim item of ``c`` two of whose cited members, of two sources, state two poles of one act (one
    of them naming its object) or name one place each of one kind and two places, neither naming the other's."""
    langs = {a.id: a.language or "en" for a in c.articles}
    source_of = {a: s.n for s in c.sources for a in s.articles}
    out = []
    for it in c.agreed:
        if it.kind != "claim":
            continue
        members = [(source_of[e.article], e.text, langs.get(e.article, "en")) for e in it.evidence]
        for i, (sa, ta, la) in enumerate(members):
            for sb, tb, lb in members[i + 1 :]:
                if sa == sb:
                    continue
                pa, pb = poles_in(ta, la), poles_in(tb, lb)
                for act in acts():
                    if act.id in pa and act.id in pb and pa[act.id] != pb[act.id]:
                        if has_object(ta, la, act) or has_object(tb, lb, act):
                            out.append((it.summary, ta, tb, f"{act.id}: {pa[act.id]} / {pb[act.id]}"))
                for kind in {k for k, _key, _w in read_places(ta, la)} & {k for k, _key, _w in read_places(tb, lb)}:
                    wa = [w for k, _key, w in read_places(ta, la) if k == kind]
                    wb = [w for k, _key, w in read_places(tb, lb) if k == kind]
                    if len(wa) == 1 and len(wb) == 1 and not same_place(wa[0], wb[0]):
                        if wb[0] not in ta and wa[0] not in tb:
                            out.append((it.summary, ta, tb, f"{kind}: {wa[0]} / {wb[0]}"))
    return out


CLASS_STORY = [
    f"{LEADS['en']} {AUCTION['en']['cancelled']} {STATEMENT['en']}",
    f"{LEADS['pl']} {AUCTION['pl']['going ahead']} {STATEMENT['pl']}",
    f"{LEADS['fr']} {AUCTION['fr']['cancelled']} {STATEMENT['fr']}",
]


def test_the_class_story_agreed_items_pass_the_member_check(tmp_path: Path) -> None:
    story = compare_texts(tmp_path, _rows(*CLASS_STORY))
    assert story.agreed
    assert not member_clashes(story)
    measures = {c.measure for c in story.conflicts}
    assert {"outcome of the auction", "place of the statement"} <= measures, measures
    # nor does a timeline line cite both fates or both towns (timeline.gives_otherwise)
    for a, b in [(AUCTION["en"]["cancelled"], AUCTION["pl"]["going ahead"]), (STATEMENT["en"], STATEMENT["fr"])]:
        both = [t.text for t in story.timeline if {a[:30], b[:30]} <= {e.text[:30] for e in t.evidence}]
        assert not both, both


def test_the_member_check_finds_a_clash_it_is_shown() -> None:
    """The check is no tautology: an item citing the two fates is found."""
    from types import SimpleNamespace

    from crosswire.model import Evidence

    ev = [
        Evidence(article="a", outlet="A", text=AUCTION["en"]["cancelled"], start=0, end=1),
        Evidence(article="b", outlet="B", text=AUCTION["pl"]["going ahead"], start=0, end=1),
    ]
    c = SimpleNamespace(
        articles=[SimpleNamespace(id="a", language="en"), SimpleNamespace(id="b", language="pl")],
        sources=[SimpleNamespace(n=1, articles=["a"]), SimpleNamespace(n=2, articles=["b"])],
        agreed=[SimpleNamespace(kind="claim", summary="x", evidence=ev)],
    )
    assert member_clashes(cast(Comparison, c))


CORPORA = {"examples": REPO / "examples" / "corpus", "seeds": SHARED / "seeds"}


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_agreed_items_members_pass_the_member_check(corpus: str, tmp_path: Path) -> None:
    path = CORPORA[corpus]
    if not path.exists():
        pytest.skip(f"{path} is not present")
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], compare=False)
        comparisons = [c for sid in store.story_ids() if (c := compare_story(store, sid)) is not None]
    assert comparisons
    clashes = [x for c in comparisons for x in member_clashes(c)]
    assert not clashes, clashes[:3]


def test_one_weekday_read_in_two_directions_is_one_day() -> None:
    from crosswire.compare.claims.polar import _one_weekday

    assert _one_weekday([frozenset({"2027-03-07"}), frozenset({"2027-03-14"})])
    assert not _one_weekday([frozenset({"2027-03-07"}), frozenset({"2027-03-09"})])
    assert not _one_weekday([frozenset({"2027-03-07"}), frozenset({"2027-03-21"})])
