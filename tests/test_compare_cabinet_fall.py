"""A government's fall told two ways, by class, in every language read: who decided the vote, what became of the
outgoing government, how a party voted, a quote rendered with the opposite meaning, a vote's tally in words, and
one verdict per pair of sentences.

Found by a new user's no-confidence story in five languages: "asked the prime minister to stay on as caretaker"
and "dismissed the government at once" were one agreed item (or vanished); "decided by" one party and by another
were agreed on their shared names; "I will not run again" and a Polish "and I will be back" were one quote; a
Russian tally "поддержали N депутатов, против проголосовали M" was no tally; one pair of sentences was both a
conflict (the time of day) and an agreement (the wire's sentence against its re-run's). Invented text throughout:
the fall of Premier Tomas Reyn's cabinet in Kestria (a regional parliament of 150 seats)."""

from __future__ import annotations

import pytest

from crosswire.compare.agreed import one_verdict, same_sentence
from crosswire.compare.claims.deciders import acts_in
from crosswire.compare.claims.polar import poles_in
from crosswire.compare.quote_meaning import opposite_outcomes
from crosswire.compare.records import ClaimConflict, ClaimItem, ConflictSide
from crosswire.facts.languages.tally import tally_values
from crosswire.model import Evidence
from test_compare_core import compare_texts

# -- what became of the outgoing government; how a party voted ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "act", "pole"),
    [
        (
            "en",
            "The regent asked Reyn to stay on as caretaker premier until a new cabinet is sworn in.",
            "government",
            "stays on",
        ),
        (
            "en",
            "The regent dismissed the cabinet on Friday and named Ada Moor interim premier.",
            "government",
            "dismissed",
        ),
        ("de", "Der Regent entließ die Regierung noch in der Nacht.", "government", "dismissed"),
        (
            "de",
            "Reyn bleibt bis zur Wahl eines Nachfolgers geschäftsführend im Amt, die Regierung auch.",
            "government",
            "stays on",
        ),
        ("fr", "Le régent a limogé le gouvernement vendredi.", "government", "dismissed"),
        (
            "es",
            "El regente pidió a Reyn que siga en funciones hasta que se forme un nuevo gobierno.",
            "government",
            "stays on",
        ),
        ("es", "El regente destituyó al gobierno el viernes.", "government", "dismissed"),
        ("ru", "Регент отправил правительство в отставку в ту же ночь.", "government", "dismissed"),
        (
            "ru",
            "Регент попросил Рейна остаться на посту до формирования нового правительства.",
            "government",
            "stays on",
        ),
        ("uk", "Регент звільнив уряд тієї ж ночі.", "government", "dismissed"),
        ("pl", "Regent zdymisjonował rząd jeszcze tego samego wieczoru.", "government", "dismissed"),
        ("pl", "Reyn ma pozostać na stanowisku do czasu powołania nowego rządu.", "government", "stays on"),
        ("it", "Il reggente ha destituito il governo venerdì.", "government", "dismissed"),
        ("pt", "O regente demitiu o governo na sexta-feira.", "government", "dismissed"),
        (
            "en",
            "The Farmers' League, whose nine deputies voted with the opposition, sealed the motion.",
            "party_vote",
            "voted for",
        ),
        ("en", "The Farmers' League abstained in the vote.", "party_vote", "abstained"),
        ("de", "Der Bauernbund enthielt sich bei der Abstimmung.", "party_vote", "abstained"),
        ("es", "Los nueve diputados de la Liga Agraria votaron con la oposición.", "party_vote", "voted for"),
        ("fr", "Les députés de la Ligue paysanne se sont abstenus lors du vote.", "party_vote", "abstained"),
        ("ru", "Депутаты Крестьянской лиги воздержались при голосовании.", "party_vote", "abstained"),
        ("uk", "Депутати Селянської ліги утрималися під час голосування.", "party_vote", "abstained"),
        ("pl", "Posłowie Ligi Rolników wstrzymali się od głosu.", "party_vote", "abstained"),
        ("pl", "Posłowie Ligi Rolników przeszli na stronę opozycji.", "party_vote", "voted for"),
    ],
)
def test_the_outgoing_government_and_a_party_vote_are_read_per_language(language, text, act, pole):
    assert poles_in(text, language).get(act) == pole


def test_a_question_or_a_negation_states_no_fate():
    assert "government" not in poles_in("The regent has not dismissed the government.", "en")
    assert "government" not in poles_in("Podcasters asked whether the regent dismissed the government.", "en")


# -- who decided the vote -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The vote was decided by the Farmers' League, whose nine deputies turned on the premier."),
        ("en", "The decisive votes came from the Blue Coalition."),
        ("de", "Den Ausschlag gaben die neun Abgeordneten des Bauernbundes."),
        ("es", "Fue decisivo el apoyo de la Liga Agraria, cuyos nueve diputados votaron con la oposición."),
        ("fr", "Les voix décisives sont venues de la Coalition bleue lors du vote."),
        ("ru", "Исход голосования решила Крестьянская лига."),
        ("uk", "Результат голосування вирішила Селянська ліга."),
        ("pl", "O wyniku głosowania przesądzili posłowie Koalicji Błękitnej."),
        ("it", "I voti dei deputati della Lega contadina sono stati decisivi."),
    ],
)
def test_who_decided_the_vote_is_read_per_language(language, text):
    assert acts_in(text, language) == {"decided_vote"}


def test_a_court_deciding_a_case_is_no_vote():
    assert acts_in("The dispute will be decided by the constitutional court in March.", "en") == set()


# -- a quote rendered with the opposite meaning ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        (
            "I leave with my conscience clear, and I will not stand again",
            "en",
            "Odchodzę z czystym sumieniem i jeszcze wrócę",
            "pl",
        ),
        (
            "I leave with my conscience clear, and I will be back",
            "en",
            "Ich gehe mit reinem Gewissen und werde nicht wieder kandidieren",
            "de",
        ),
        (
            "Ухожу с чистой совестью и ещё вернусь",
            "ru",
            "Me voy con la conciencia tranquila y no volveré a presentarme",
            "es",
        ),
        (
            "Je pars la conscience tranquille et je reviendrai",
            "fr",
            "Йду з чистою совістю і більше не буду балотуватися",
            "uk",
        ),
    ],
)
def test_a_return_denied_in_one_wording_and_stated_in_the_other_is_read(a, la, b, lb):
    assert opposite_outcomes(a, la, b, lb) == "stand again"


def test_faithful_renderings_of_a_return_are_not_opposed():
    assert opposite_outcomes("I will not stand again", "en", "Больше не буду баллотироваться", "ru") is None
    assert opposite_outcomes("I will be back", "en", "Jeszcze wrócę", "pl") is None


# -- a vote's tally in words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("ru", "Вотум недоверия поддержали 81 депутат, против проголосовали 64.", 64, 81),
        ("uk", "Вотум недовіри підтримали 81 депутат, проти проголосували 64.", 64, 81),
        ("de", "Der Antrag wurde mit 81 Ja-Stimmen bei 64 Gegenstimmen angenommen.", 64, 81),
        ("de", "Das Parlament nahm den Antrag mit 81 zu 64 Stimmen an.", 64, 81),
        ("es", "La moción salió adelante con 81 votos a favor y 64 en contra.", 64, 81),
        ("pl", "Za wnioskiem było 81 posłów za, 64 przeciw.", 64, 81),
        ("fr", "La motion a été adoptée par 81 voix pour et 64 contre.", 64, 81),
        ("it", "La mozione è passata con 81 voti favorevoli e 64 contrari.", 64, 81),
    ],
)
def test_a_tally_in_words_is_a_vote_tally(language, text, low, high):
    values = tally_values(text, 10, language)
    assert [(v.kind, v.noun, v.low, v.high) for v in values] == [("tally", "vote", low, high)]
    v = values[0]
    assert text[v.start - 10 : v.end - 10] == v.text and v.text.startswith(str(high))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В 2024 году за 12 дней пришли 15 человек против 30 в прошлом году."),
        ("ru", "Доля выросла с 62 до 64 процентов."),
        ("de", "Der Preis stieg von 62 auf 64 Euro."),
        ("pl", "Od 12 do 14 grudnia."),
        ("es", "El 12 de marzo llegaron 40 personas."),
    ],
)
def test_other_pairs_of_numbers_are_no_tally(language, text):
    assert tally_values(text, 0, language) == []


# -- one verdict per pair of sentences -----------------------------------------------------------------------------

WIRE = Evidence(
    article="wire", text="The motion passed by 81 votes to 64 at 9:50 p.m. after a long debate.", start=0, end=70
)
RERUN = Evidence(
    article="paper", text="The motion passed by 81 votes to 64 at 9:50 p.m., after a long debate.", start=500, end=571
)
OTHER = Evidence(article="de", text="Der Antrag wurde gegen 18 Uhr mit 81 zu 64 Stimmen angenommen.", start=40, end=102)
THIRD = Evidence(article="es", text="La moción se aprobó a las 21.50 con 81 votos a favor.", start=7, end=60)
SOURCE_OF = {"wire": 1, "paper": 1, "de": 2, "es": 3}


def _time_conflict() -> ClaimConflict:
    sides = [
        ConflictSide(label="9:50 p.m.", sources=[1], evidence=[RERUN]),
        ConflictSide(label="18 Uhr", sources=[2], evidence=[OTHER]),
    ]
    return ClaimConflict(
        summary="Time of day: 9:50 p.m. [1] vs 18 Uhr [2]",
        sources=[1, 2],
        evidence=[RERUN, OTHER],
        measure="time of day",
        reason="different time",
        explanation="",
        sides=sides,
    )


def test_a_copy_of_a_side_sentence_is_that_side():
    assert same_sentence(WIRE, RERUN, SOURCE_OF)
    assert not same_sentence(WIRE, OTHER, SOURCE_OF)


def test_a_conflict_wins_over_an_agreement_on_the_same_pair():
    pair = ClaimItem(summary=WIRE.text, sources=[1, 2], evidence=[WIRE, OTHER])
    assert one_verdict([pair], [_time_conflict()], SOURCE_OF) == []
    # a third source's sentence on no side: the item agrees on more than the disputed time, and stays
    wider = ClaimItem(summary=WIRE.text, sources=[1, 2, 3], evidence=[WIRE, OTHER, THIRD])
    assert one_verdict([wider], [_time_conflict()], SOURCE_OF) == [wider]
    apart = ClaimItem(summary=WIRE.text, sources=[1, 3], evidence=[WIRE, THIRD])
    assert one_verdict([apart], [_time_conflict()], SOURCE_OF) == [apart]


# -- the whole story, four languages -----------------------------------------------------------------------------

EN = (
    "DORVE (Kestrel Wire) - Kestria's regional parliament ousted Premier Tomas Reyn in a no-confidence vote on "
    "Tuesday. The motion, tabled by Lena Dobra's Civic Front, passed by 81 votes to 64 in the 150-seat chamber. "
    "The vote was decided by the Farmers' "
    'League, whose nine deputies voted with the opposition. "I leave with my conscience clear, and I will not '
    'stand again," Reyn told reporters. Regent Ivo Sarn asked Reyn to stay on as caretaker premier until a new '
    "cabinet is sworn in, his office said. Opposition leader Lena Dobra said she would seek a majority."
)
DE = (
    "Das Regionalparlament von Kestria hat Premier Tomas Reyn am Dienstag per Misstrauensvotum gestürzt. Der "
    "Antrag der Bürgerfront von Lena Dobra wurde mit 81 zu 64 Stimmen angenommen. Den Ausschlag gaben die neun "
    "Abgeordneten des Bauernbundes. "
    "„Ich gehe mit reinem Gewissen und werde nicht wieder kandidieren“, sagte Reyn. Regent Ivo Sarn entließ die "
    "Regierung noch am selben Abend und ernannte Finanzministerin Ada Moor zur kommissarischen Premierministerin."
)
PL = (
    "Regionalny parlament Kestrii obalił we wtorek premiera Tomasa Reyna. Wniosek Frontu Obywatelskiego Leny Dobrej "
    "poparło 81 posłów, 64 było przeciw. O wyniku głosowania przesądzili posłowie Koalicji Błękitnej, którzy w "
    "ostatniej chwili "
    "przeszli na stronę opozycji. Liga Rolników wstrzymała się od głosu. „Odchodzę z czystym sumieniem i jeszcze "
    "wrócę” – powiedział Reyn dziennikarzom."
)
RU = (
    "Региональный парламент Кестрии во вторник отправил в отставку премьера Томаса Рейна. Вотум недоверия, "
    "внесённый Гражданским фронтом Лены Доброй, был принят 78 голосами против 67 в парламенте из 150 мест. "
    "«Ухожу с чистой совестью и больше не буду баллотироваться», — сказал Рейн журналистам."
)


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [
        ("k-en", "Kestrel Wire", "2026-03-04", EN),
        ("k-de", "Alpenbote", "2026-03-04", DE),
        ("k-pl", "Kurier Północny", "2026-03-04", PL),
        ("k-ru", "Северный курьер", "2026-03-04", RU),
    ]
    return compare_texts(tmp_path_factory.mktemp("cabinet"), rows)


def _sources_by_side(c) -> list[list[int]]:  # type: ignore[no-untyped-def]
    return [side.sources for side in c.sides]


def _outlets(story) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o: s.n for s in story.sources for o in s.outlets}


def test_the_story_sets_each_contradiction_against_its_other_side(story) -> None:  # type: ignore[no-untyped-def]
    n = _outlets(story)
    by_measure = {c.measure: c for c in story.conflicts if hasattr(c, "measure")}
    fate = by_measure.get("fate of the outgoing government")
    assert fate is not None and sorted(_sources_by_side(fate)) == sorted([[n["Kestrel Wire"]], [n["Alpenbote"]]])
    decided = by_measure.get("who decided the vote")
    assert decided is not None and {n["Kurier Północny"]} in [set(s) for s in _sources_by_side(decided)]
    # the German "Den Ausschlag gaben ... des Bauernbundes" (the Farmers' League translated) is on the wire's side
    # when its party is tagged, never on the Polish one
    assert any(n["Kestrel Wire"] in s for s in _sources_by_side(decided))
    assert all(not (n["Alpenbote"] in s and n["Kurier Północny"] in s) for s in _sources_by_side(decided))
    tallies = [c for c in story.conflicts if "tally" in c.summary.lower()]
    assert tallies and [n["Северный курьер"]] in _sources_by_side(tallies[0]), [c.summary for c in story.conflicts]
    quoted = [c for c in story.conflicts if c.reason == "different meaning" and c.measure == "what Tomas Reyn said"]
    assert quoted, [c.summary for c in story.conflicts]
    assert [n["Kurier Północny"]] in [s.sources for s in quoted[0].sides]
    assert all(n["Kurier Północny"] not in q.sources for qv in story.quote_variants for q in qv.quotes)


def test_no_pair_of_sentences_is_both_agreed_and_in_conflict(story) -> None:  # type: ignore[no-untyped-def]
    for item in story.agreed:
        for c in story.conflicts:
            sides = [{(ev.article, ev.start) for ev in side.evidence} for side in c.sides]
            hit = [s for s in sides if any((ev.article, ev.start) in s for ev in item.evidence)]
            assert len(hit) < 2, (item.summary, c.summary)
    for item in story.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("jeszcze wrócę" in texts and "not stand again" in texts), item.summary
        assert not ("Koalicji Błękitnej" in texts and "Farmers' League" in texts), item.summary
        assert not ("entließ" in texts and "caretaker" in texts), item.summary


# -- an outlet's own name in its dateline is no agency -------------------------------------------------------------


def test_a_source_is_not_shown_as_its_own_agency():
    from crosswire.compare.source_names import shown_agency

    assert shown_agency(["El Diario Continental"], "El Diario Continental") is None  # its own dateline
    assert shown_agency(["Kestrel Wire"], "Kestrel Wire") is None  # an agency's own copy: nothing to add
    assert shown_agency(["Kestrel Wire", "The Dorve Daily"], "Kestrel Wire") == "Kestrel Wire"  # a re-run
    assert shown_agency(["Alpenbote"], "AP") == "AP"
    assert shown_agency(["Alpenbote"], None) is None


# -- a Russian woman's name with an undeclined surname is one person ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "normal"),
    [
        ("Парламент выразил недоверие правительству премьер-министра Марии Дорн.", "Марии Дорн", "Мария Дорн"),
        ("Кабинет премьера Елены Шток ушёл в отставку.", "Елены Шток", "Елена Шток"),
        ("Встреча с министром Ольгой Брант прошла спокойно.", "Ольгой Брант", "Ольга Брант"),
    ],
)
def test_a_womans_first_name_and_undeclined_surname_are_one_person(text: str, name: str, normal: str) -> None:
    from crosswire.facts.languages.russian import RussianFrontEnd

    people = [(text[n.start : n.end], n.normal) for n in RussianFrontEnd().analyse(text).names if n.label == "PER"]
    assert people == [(name, normal)]


def test_two_people_next_to_each_other_stay_two() -> None:
    from crosswire.facts.languages.russian import RussianFrontEnd

    text = "Сергей Иванов и Мария Ким приехали в Дорве."
    people = [n.normal for n in RussianFrontEnd().analyse(text).names if n.label == "PER"]
    assert people == ["Сергей Иванов", "Мария Ким"]
