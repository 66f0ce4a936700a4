"""A sentence whose act is a pro-form for the act of the sentence before ("A probe to do just that is already being
assembled.") states nothing a reader shown it alone could check, and is never "only X reports"; it stays under
"Not in any item" (issue 12; crosswire.compare.claims.single_continuations, ``data/not_facts.toml``'s
``[pro_act]``). A sentence adding an act of its own to the one before ("also", a pronoun subject) is not such a
sentence. Every text here is invented, in the languages crosswire reads."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.single_continuations import pro_form_act, pro_form_acts
from crosswire.compare.records import Comparison, EventItem, FigureItem, FigureSlot, FigureValue, QuoteItem
from crosswire.model import Evidence
from test_compare_core import compare_texts


def _ev(text: str, article: str = "a") -> Evidence:
    return Evidence(article=article, text=text, start=0, end=len(text))


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("A probe to do just that is already being assembled in a hangar near the coast.", "en"),
        ("The two northern provinces are expected to do the same before the end of the month.", "en"),
        ("Three other airlines followed suit within hours.", "en"),
        ("The council said it would do so by Friday.", "en"),
        ("She promised to do that before the vote.", "en"),
        ("Die Nachbarstadt will im Herbst dasselbe tun.", "de"),
        ("Zwei weitere Reedereien taten es ihnen gleich.", "de"),
        ("Le Sénat devrait faire de même la semaine prochaine.", "fr"),
        ("La région n'a pas encore les moyens pour le faire.", "fr"),
        ("Otras dos aerolíneas hicieron lo mismo el martes.", "es"),
        ("El gobierno regional prometió hacerlo antes de marzo.", "es"),
        ("Anche la provincia di Trento farà lo stesso a settembre.", "it"),
        ("A prefeitura de Braga deve fazer o mesmo em breve.", "pt"),
        ("Dwie kolejne gminy zrobią to samo w przyszłym tygodniu.", "pl"),
        ("Соседние области собираются сделать то же самое в апреле.", "ru"),
        ("Другие перевозчики последовали их примеру.", "ru"),
        ("Інші області планують зробити те саме до кінця року.", "uk"),
    ],
)
def test_an_act_told_by_a_pro_form_is_read(sentence: str, lang: str) -> None:
    assert pro_form_act(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The crew did that work for eleven years without a single accident.", "en"),
        ("Several shops and an office of the port authority were also attacked.", "en"),
        ("He also has experience as a host, having presented the awards twice.", "en"),
        ("The ministry said the same rules apply to ferries.", "en"),
        ("Die Stadt tat das Nötigste und sperrte die Brücke.", "de"),
        ("Le ministère veut le faire-part officiel avant lundi.", "fr"),
        ("El ministerio decidió hacerlo público el lunes.", "es"),
        ("Строители сделали это здание за один год.", "ru"),
        ("Будівельники зробили це місто зручнішим.", "uk"),
        ("Firma zrobiła to zdjęcie w porcie.", "pl"),
        ("He has done so many interviews this year that he stopped counting.", "en"),
        # a clause of the sentence's own tells the act the pro-form stands for: the sentence is read alone
        ("The mayor was due to open the bridge on Monday but did not do so because of the storm.", "en"),
        ("The town had not bought the land, although there were plans to do so.", "en"),
        ("Customers kept receiving the prompt even after they had done so.", "en"),
        ("Most ferry operators do this, and those that do not can face a fine of up to two years' profit.", "en"),
        ("Le maire devait inaugurer le pont lundi, mais il ne l'a pas fait et a promis de le faire plus tard.", "fr"),
        ("Мэр должен был открыть мост, но не смог сделать это из-за шторма.", "ru"),
        ("Die Stadt wollte die Brücke öffnen, konnte aber dasselbe nicht tun.", "de"),
    ],
)
def test_a_sentence_with_an_act_of_its_own_is_not_read(sentence: str, lang: str) -> None:
    assert not pro_form_act(sentence, lang)


def test_only_events_and_claims_are_dropped() -> None:
    text = "The city plans to do the same for 300 more homes next year."
    figure = FigureItem(
        summary="Homes: 300 [1]",
        sources=[1],
        evidence=[_ev(text)],
        slot=FigureSlot(counted="homes"),
        values=[FigureValue(text="300", value=300.0, sources=[1])],
    )
    quote = QuoteItem(
        summary='Ana Reis: "We will do the same."',
        sources=[1],
        evidence=[_ev('"We will do the same."')],
        speaker="Ana Reis",
    )
    event = EventItem(summary=text, sources=[1], evidence=[_ev(text)])
    plain = EventItem(summary="The city bought 300 homes.", sources=[1], evidence=[_ev("The city bought 300 homes.")])
    assert pro_form_acts([figure, quote, event, plain], {"a": "en"}) == {2}


# -- in a story: the continuation is under "Not in any item", the outlet's own fact stays single-source --------

POLAR_A = (
    "Engineers at the Halvard Polar Institute said on Tuesday that a lake buried under two kilometres of ice in "
    "the Sorne basin holds liquid water.\n\n"
    "The institute wants to drill through the ice and bring back samples of the water.\n\n"
    "A probe to do just that is already being assembled in a hangar near the coast.\n\n"
    "Halvard's director, Petra Lunde, said the drilling team had trained for two winters on a glacier in Norway."
)
POLAR_B = (
    "A lake of liquid water lies under two kilometres of ice in the Sorne basin, engineers at the Halvard Polar "
    "Institute said on Tuesday.\n\n"
    "The institute plans to drill a borehole and bring water samples back for testing, its engineers said.\n\n"
    "Its Nordlys rig, scheduled to reach the basin in 2028, will carry the samples out."
)


@pytest.fixture(scope="module")
def polar(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [("a", "Polar Courier", "2026-03-10", POLAR_A), ("b", "Ice Times", "2026-03-10", POLAR_B)]
    return compare_texts(tmp_path_factory.mktemp("polar"), rows)


def test_a_pro_form_continuation_is_not_single_source(polar: Comparison) -> None:
    shown = [it.summary for it in polar.single_source]
    assert not any("do just that" in s for s in shown), shown
    left = [u.summary for u in polar.unmatched]
    assert any("do just that" in s for s in left), left


def test_the_outlets_own_facts_stay_single_source(polar: Comparison) -> None:
    shown = [it.summary for it in polar.single_source]
    assert any("Petra Lunde" in s for s in shown), shown
    assert any("Nordlys" in s for s in shown), shown
