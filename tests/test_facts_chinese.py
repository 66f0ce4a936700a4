"""Chinese read by characters (crosswire.facts.languages.chinese): numerals, values, dates, times, quotes, and a
Chinese article set against an English one claim by claim.

A user with Chinese outlets got nothing: no front-end read ``zh`` (every Chinese article was "unread"), and the
comparison dropped every Chinese sentence as too short (words counted by spaces). The texts are invented (a
typhoon, a flood, a factory fire, a bridge collapse), none from a benchmark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.compare.claims.units import is_prose
from crosswire.facts.languages import LANGUAGES, extract_article
from crosswire.facts.languages.chinese import parse_number, sentences
from crosswire.model import Article, Block
from invented import paragraph_facts
from test_compare_core import compare_texts

DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """``n`` (0 <= n < 10**12) in Chinese numerals as news copy writes them: 一百二十万零三百, 十五, 三亿."""
    if n == 0:
        return "零"

    def below_10k(x: int, leading: bool) -> str:
        out, zero = "", False
        for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // value % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero or (not out and not leading and value < 1000):
                out += "零" if out or not leading else ""
            zero = False
            out += ("" if d == 1 and value == 10 and not out and leading else DIGITS[d]) + unit
        return out

    parts = []
    for big, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = n // big % 10000
        if chunk:
            parts.append((below_10k(chunk, not parts) if not parts else below_10k(chunk, False)) + unit)
        elif parts and parts[-1] != "零":
            parts.append("零")
    return "".join(parts).rstrip("零")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一百万", 1e6),
        ("120 万", 1.2e6),
        ("7600 万", 7.6e7),
        ("3.5亿", 3.5e8),
        ("1.2万亿", 1.2e12),
        ("三千五百", 3500),
        ("一千零五", 1005),
        ("十二", 12),
        ("两", 2),
        ("二〇二〇", 2020),
        ("750,000", 750000),
        ("4.6万", 46000),
        ("百", 100),
    ],
)
def test_numerals_as_printed(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_any_whole_number_in_chinese_numerals_reads_back(n: int) -> None:
    assert parse_number(chinese_numeral(n)) == n


@given(st.integers(min_value=1, max_value=99999), st.sampled_from([("万", 10**4), ("亿", 10**8), ("千", 10**3)]))
def test_digits_before_a_multiplier_are_multiplied(n: int, scale: tuple[str, int]) -> None:
    word, factor = scale
    assert parse_number(f"{n}{word}") == n * factor
    assert parse_number(f"{n} {word}") == n * factor  # machine-set copy puts a space between


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_arabic_numbers_with_commas_and_decimals(n: int, cents: int) -> None:
    assert parse_number(f"{n:,}.{cents:02d}") == pytest.approx(n + cents / 100)


def test_words_that_are_no_number() -> None:
    assert parse_number("公寓") is None
    assert parse_number("") is None


def test_sentences_end_at_chinese_stops_and_keep_a_closing_quote() -> None:
    text = "他说：“我们会回来。”然后离开了。真的吗？是的！"
    spans = [text[a:b] for a, b in sentences(text)]
    assert spans == ["他说：“我们会回来。”", "然后离开了。", "真的吗？", "是的！"]


TYPHOON = (
    "台风“海燕”周二凌晨登陆南部沿海，已造成7人死亡、23人受伤，另有3名渔民失踪。"
    "当局昨天紧急疏散了约4.6万名居民，并关闭了120多所学校。"
    "据初步估计，直接经济损失超过12亿元人民币，约合1.7亿美元。"
    "气象局表示，台风中心附近最大风力达到每小时180公里，降雨量比往年同期增加了百分之三十五。"
    "省长王华说：“我们将在48小时内恢复全部供电。”"
    "「救援工作仍在进行」，消防局发言人表示。"
    "2026年9月14日下午3点30分，两艘渡轮在港口附近搁浅，船上共有350名乘客。"
    "交通部门称，9月20日前将恢复一百五十个航班，机场预计下周三重新开放。"
    "数以千计的志愿者参与了清理工作，约15%的农田被淹。"
)


def test_golden_values_of_a_chinese_article() -> None:
    """Every figure, date, time and quote of an invented typhoon report (published Wednesday 16 September 2026):
    counts by their measure word and noun (the dead, the injured, residents, schools, ferries, passengers,
    flights), money in yuan and dollars with 亿, a speed in kilometres, percentages in 百分之 and %, qualifiers
    before (约, 超过) and after (多) the number, a rough number (数以千计); dates written out, relative to the
    publication (昨天, 周二, 下周三); a time of day with its part of the day; quotes with their speakers."""
    f = paragraph_facts("zh", TYPHOON, "2026-09-16")
    figures = [(x.text, x.type, x.value, x.low, x.high, x.unit or x.currency, x.concept) for x in f.figures]
    assert figures == [
        ("7人", "count", 7, None, None, None, "dead"),
        ("23人", "count", 23, None, None, None, "injured"),
        ("3名", "count", 3, None, None, None, "person"),
        ("约4.6万名", "count", 46000, None, None, None, "person"),
        ("120多所", "count", 120, 120, None, None, "school"),
        ("超过12亿元人民币", "money", 1.2e9, 1.2e9, None, "CNY", None),
        ("约合1.7亿美元", "money", 1.7e8, None, None, "USD", None),
        ("180公里", "quantity", 180, None, None, "kilometre", None),
        ("百分之三十五", "percent", 35, None, None, "percent", None),
        ("两艘", "count", 2, None, None, None, "boat"),
        ("350名", "count", 350, None, None, None, "passenger"),
        ("一百五十个", "count", 150, None, None, None, "flight"),
        ("数以千计", "count", None, 1000, 10000, None, None),
        ("约15%", "percent", 15, None, None, "percent", None),
    ]
    assert not any(x.text.startswith("48") for x in f.figures)  # 48小时: a length of time, no count
    assert [(x.text, x.value, x.scheduled) for x in f.dates] == [
        ("周二", "2026-09-15", False),
        ("昨天", "2026-09-15", False),
        ("2026年9月14日", "2026-09-14", False),
        ("9月20日", "2026-09-20", True),
        ("下周三", "2026-09-23", True),
    ]
    times = [(v.text, v.value) for c in f.claims for v in c.values if v.kind == "time"]
    assert times == [("下午3点30分", 15 * 60 + 30)]
    quotes = [(q.kind, q.speaker_name, q.text, q.verb) for q in f.quotes]
    assert quotes == [
        ("reported", "气象局", "台风中心附近最大风力达到每小时180公里，降雨量比往年同期增加了百分之三十五", "表示"),
        ("direct", "省长王华", "我们将在48小时内恢复全部供电。", "说"),
        ("direct", "消防局发言人", "救援工作仍在进行", "表示"),
        ("reported", "交通部门", "9月20日前将恢复一百五十个航班，机场预计下周三重新开放", "称"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工厂发生火灾，造成两名工人受伤。", [("两名", 2, "worker")]),  # workers stay workers, as in English
        ("渡轮搁浅，3名乘客受伤。", [("3名", 3, "injured")]),  # passengers by what befell them, as in English
        ("事故造成5人遇难。", [("5人", 5, "dead")]),
        ("警方逮捕了12人。", [("12人", 12, "person")]),
        ("大桥坍塌后，有30多名工人被困，其中4人死亡。", [("30多名", 30, "worker"), ("4人", 4, "dead")]),
        ("统一行动后，一名男子被捕。", []),  # 一 is an article here, 统一 no number
        ("他们第三次开会，讨论了三方面问题。", []),  # an ordinal, and 三方面 counts nothing read
        ("这个数字比几年前的 120 万有所下降。", [("120 万", 1.2e6, None)]),
    ],
)
def test_counts_take_the_noun_after_their_measure_word(text: str, expected: list[tuple[str, float, str]]) -> None:
    f = paragraph_facts("zh", text, "2026-03-02")
    assert [(x.text, x.value, x.concept) for x in f.figures] == expected


def test_days_and_times_resolve_against_publication() -> None:
    """Published Monday 2 March 2026: 昨天 is Sunday, 星期五 the Friday before, 上周五 last week's Friday (the
    same day), 3月1日 this year's, 12月30日 last year's (the day nearest publication); 晚上8点 is 20:00, 10时许 about
    10:00, 3小时 no time."""
    text = "昨天晚上8点，星期五上午10时许，上周五，3月1日，12月30日，持续了3小时。"
    f = paragraph_facts("zh", text, "2026-03-02")
    assert [(d.text, d.value) for d in f.dates] == [
        ("昨天", "2026-03-01"),
        ("星期五", "2026-02-27"),
        ("上周五", "2026-02-27"),  # Friday of last week: the Friday before this Monday
        ("3月1日", "2026-03-01"),
        ("12月30日", "2025-12-30"),
    ]
    times = [(v.text, v.value, v.exact) for c in f.claims for v in c.values if v.kind == "time"]
    assert times == [("晚上8点", 20 * 60, True), ("上午10时许", 10 * 60, False)]


def test_quoted_words_without_a_speech_verb_are_no_quote() -> None:
    f = paragraph_facts("zh", "这项被称为“蓝天计划”的项目今年启动。", "2026-03-02")
    assert f.quotes == []


def test_chinese_is_a_language_read_and_an_article_gets_facts() -> None:
    assert "zh" in LANGUAGES
    article = Article(
        id="a",
        source="t",
        content_hash="h",
        blocks=[Block("paragraph", TYPHOON)],
        language="zh",
        published="2026-09-16",
    )
    facts = extract_article(article, "zh")
    assert facts.skipped is None and facts.claims and all(c.language == "zh" for c in facts.claims)


def test_a_chinese_sentence_is_prose() -> None:
    """Words are counted by spaces; Chinese has none, so every Chinese sentence was a "fragment" the
    comparison left out."""
    assert is_prose("省长李明昨天下午抵达灾区。")
    assert not is_prose("新闻")


FLOOD_EN = (
    "Floods kill 15 in Sichuan\n\n"
    "Heavy rain that began on Saturday night has killed 15 people and injured more than 30 in Sichuan "
    "province, the provincial emergency department said on Tuesday. About 15,000 residents were evacuated.\n\n"
    "Officials said damage was estimated at 320 million yuan. Governor Li Ming arrived in the area at 3:30 p.m. "
    "on Monday."
)
FLOOD_ZH = (
    "四川暴雨引发洪水\n\n"
    "四川省应急管理厅周二表示，9月12日夜间开始的强降雨已造成{dead}人死亡、30多人受伤，约1.5万名居民被紧急疏散。\n\n"
    "据初步统计，直接经济损失约{loss}亿元人民币。省长李明昨天下午3点30分抵达灾区。"
)


def _flood(tmp_path: Path, dead: int, loss: str):
    rows = [
        ("en", "Sichuan Daily", "2026-09-15", FLOOD_EN),
        ("zh", "华西日报", "2026-09-15", FLOOD_ZH.format(dead=dead, loss=loss)),
    ]
    return compare_texts(tmp_path, rows)


def test_a_chinese_toll_against_an_english_one_conflicts(tmp_path: Path) -> None:
    """15 people killed [en] against 12人死亡 [zh]: one toll, two values, each side citing its sentence."""
    comparison = _flood(tmp_path, 12, "3.2")
    assert comparison.unread == []  # the Chinese article was listed as not read ("no front-end reads it")
    tolls = [c for c in comparison.conflicts if "killed" in c.summary.lower()]
    assert len(tolls) == 1, [c.summary for c in comparison.conflicts]
    texts = {ev.article: ev.text for side in tolls[0].sides for ev in side.evidence}
    assert "12人死亡" in texts["zh"] and "killed 15 people" in texts["en"]
    assert any("320 million yuan" in a.summary for a in comparison.agreed)  # 3.2亿元人民币 is 320 million yuan


def test_a_chinese_sum_against_an_english_one_conflicts_and_an_equal_toll_does_not(tmp_path: Path) -> None:
    comparison = _flood(tmp_path, 15, "4.5")
    summaries = [c.summary for c in comparison.conflicts]
    assert any("yuan" in s.lower() or "cny" in s.lower() for s in summaries), summaries
    assert not any("killed" in s.lower() for s in summaries), summaries


def test_a_chinese_figure_of_last_year_is_not_set_against_an_english_one_of_another_year(tmp_path: Path) -> None:
    """去年 (last year, from the publication date) dates the Chinese figure: 750,000 last year and 1.3 million in
    2011 are two years' figures, no conflict."""
    en = (
        "Inspections end\n\nAt the height of the program in 2011, nearly 1.3 million vehicles got checks, "
        "officials said on Friday."
    )
    zh = "检测结束\n\n官员周五表示，去年大约有 750,000 辆汽车需要进行检测。"
    rows = [("en", "Valley Post", "2020-01-03", en), ("zh", "华文日报", "2020-01-03", zh)]
    comparison = compare_texts(tmp_path, rows)
    assert not comparison.conflicts, [c.summary for c in comparison.conflicts]


def test_an_article_of_unknown_language_in_chinese_is_detected_as_chinese() -> None:
    """An article whose input named no language: its language is told from the body, which Chinese fills with
    few spaces (it was taken for too short to tell, and read as English)."""
    from crosswire.facts.stage import _language

    article = Article(id="a", source="t", content_hash="h", blocks=[Block("paragraph", TYPHOON)])
    assert _language(article) == "zh"


def test_a_wire_dateline_gives_no_date_of_the_story() -> None:
    f = paragraph_facts(
        "zh", "新华社成都9月14日电 四川省应急管理厅表示，9月12日夜间开始的强降雨已造成12人死亡。", "2026-09-14"
    )
    assert [(d.text, d.value) for d in f.dates] == [("9月12日", "2026-09-12")]


# -- real text of the shared bench (read from ../shared at run time, never copied) -----------------------------


def test_real_chinese_copy_from_the_shared_bench_is_read() -> None:
    """A machine-set Chinese article of SemEval-2022 Task 8 (the TurkStream gas story): its sums in lev and
    dollars with 万 and a space before the multiplier, its days, and its countries by their Chinese names."""
    alignment_data = pytest.importorskip("alignment_data")
    try:
        text = alignment_data.load_text("semeval:1483804278zh_1484202167#1")
    except (OSError, KeyError):
        pytest.skip("the shared bench texts are not available")
    f = paragraph_facts("zh", text, "2020-01-02")
    sums = {(x.value, x.currency, x.exact) for x in f.figures if x.type == "money"}
    assert {(8.1e7, "BGN", False), (4.5e7, "USD", True), (7.6e7, "BGN", False)} <= sums
    assert {"2020-01-01", "2019-12-30"} <= {d.value for d in f.dates}
    assert {"Bulgaria", "Romania", "Russia"} <= {e.key for e in f.entities if e.type == "place"}
