"""One role translated is no role conflict: a chair or head of a committee, a council or a board in English
and in Ukrainian or Russian, where the Slavic text writes the generic "голова" (head) or "председатель" with the
body after it ("Голова комітету з питань освіти Андрюс Калнас"; a new user's trial on a parliament vote showed
"chairman [1] vs голова [5]"). Invented text."""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

SHARED = {
    "en": " The Dravan parliament passed the schools bill on Thursday, the speaker's office said.",
    "uk": " У четвер парламент Дравану ухвалив законопроєкт про школи, повідомили в апараті спікера.",
    "ru": " В четверг парламент Драваны принял законопроект о школах, сообщили в аппарате спикера.",
}


def _roles(tmp_path, texts: list[tuple[str, str, str]]):
    rows = [(f"s{i}", outlet, "2026-03-14", text + SHARED[lang]) for i, (outlet, lang, text) in enumerate(texts)]
    comparison = compare_texts(tmp_path, rows)
    return [c for c in comparison.conflicts if c.reason == "different role"]


@pytest.mark.parametrize(
    "texts",
    [
        [
            ("Harbourline Post", "en", "Andrius Kalnas, chairman of the education committee, backed the bill."),
            ("Дравань сьогодні", "uk", "Голова комітету з питань освіти Андрюс Калнас підтримав законопроєкт."),
        ],
        [
            (
                "Harbourline Post",
                "en",
                "Andrius Kalnas, chairman of the Seimas Education Committee, said schools would get new textbooks.",
            ),
            (
                "Дравань сьогодні",
                "uk",
                "Голова освітнього комітету Сейму Андрюс Калнас заявив, що школи отримають нові підручники.",
            ),
        ],
        [
            ("Harbourline Post", "en", "Ieva Darbute, who chairs the youth council, welcomed the vote."),
            ("Дравань сьогодні", "uk", "Голова молодіжної ради Ієва Дарбуте привітала голосування."),
        ],
        [
            ("Harbourline Post", "en", "Andrius Kalnas, chairman of the education committee, backed the bill."),
            ("Вести Драваны", "ru", "Председатель комитета по образованию Андрюс Калнас поддержал законопроект."),
        ],
    ],
)
def test_a_chair_translated_is_one_role(tmp_path, texts):
    assert _roles(tmp_path, texts) == []
