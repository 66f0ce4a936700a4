"""One source's one fact is one single-source item, however many copies of its story were read
(crosswire.compare.claims.single_copies).

A new user's airline story listed "Only the agency reports" twice: the wire's "fell 7.2 percent" and its syndicated
copy's "fell 7.2%", one source. Texts invented.
"""

from __future__ import annotations

from crosswire.compare.claims.single_copies import fold_copies
from crosswire.compare.records import EventItem, FigureItem, FigureSlot, FigureValue, Item
from crosswire.model import Evidence

SOURCE_OF = {"wire": 1, "copy": 1, "other": 2}


def _ev(article: str, text: str) -> Evidence:
    return Evidence(article=article, outlet=article, text=text, start=0, end=len(text))


def _event(article: str, text: str, source: int = 1) -> EventItem:
    return EventItem(summary=text, sources=[source], evidence=[_ev(article, text)])


def _figure(article: str, text: str, value: str, number: float) -> FigureItem:
    ev = _ev(article, text)
    return FigureItem(
        summary=f"Share: {value} [1]",
        sources=[1],
        evidence=[ev],
        slot=FigureSlot(counted="share"),
        values=[FigureValue(text=value, value=number, low=number, high=number, sources=[1], evidence=[ev])],
    )


def test_a_copys_figure_in_another_unit_word_is_one_item() -> None:
    items: list[Item] = [
        _figure("wire", "Shares in Tolvane Rail dropped 4.6 percent on the Ardell exchange.", "4.6 percent", 4.6),
        _figure("copy", "Shares in Tolvane Rail dropped 4.6% on the Ardell exchange.", "4.6%", 4.6),
    ]
    out = fold_copies(items, SOURCE_OF)
    assert len(out) == 1
    assert isinstance(out[0], FigureItem)
    assert {ev.article for ev in out[0].evidence} == {"wire", "copy"}
    assert {ev.article for ev in out[0].values[0].evidence} == {"wire", "copy"}


def test_a_copys_event_with_a_small_edit_is_one_item_in_any_language() -> None:
    for a, b in [
        (
            "Le port de Selvane restera fermé aux cargos jusqu'à la fin de la semaine.",
            "Le port de Selvane restera fermé aux navires de fret jusqu'à la fin de la semaine.",
        ),
        (
            "Die Fähre nach Orrin fährt bis auf Weiteres nur zweimal am Tag.",
            "Die Fähre nach Orrin fährt bis auf weiteres nur zweimal täglich.",
        ),
    ]:
        out = fold_copies([_event("wire", a), _event("copy", b)], SOURCE_OF)
        assert len(out) == 1, (a, b)
        assert [ev.article for ev in out[0].evidence] == ["wire", "copy"]


def test_different_sentences_of_one_source_stay_two_items() -> None:
    items: list[Item] = [
        _event("wire", "The ferry to Orrin will run only twice a day until further notice."),
        _event("copy", "The harbour master said the breakwater had been damaged in the storm."),
    ]
    assert len(fold_copies(items, SOURCE_OF)) == 2


def test_one_sentence_of_two_sources_or_of_one_article_is_not_folded() -> None:
    text = "The ferry to Orrin will run only twice a day until further notice."
    other = [_event("wire", text), _event("other", text, source=2)]
    assert len(fold_copies(other, SOURCE_OF)) == 2  # two sources: not this rule's (the aligner's)
    same = [_event("wire", text), _event("wire", text + " ")]
    assert len(fold_copies(same, SOURCE_OF)) == 2  # one article's own two sentences are not copies


def test_items_of_two_kinds_are_not_folded() -> None:
    text = "Shares in Tolvane Rail dropped 4.6 percent on the Ardell exchange on Friday."
    items: list[Item] = [_figure("wire", text, "4.6 percent", 4.6), _event("copy", text)]
    assert len(fold_copies(items, SOURCE_OF)) == 2
