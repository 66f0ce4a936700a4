"""The pre-scraped text cleaner on small pages written for these tests: each furniture kind, the caption and
credit rules, the metadata detectors, and bad input."""

from __future__ import annotations

import pytest

from crosswire.clean import clean_document
from crosswire.clean.captions import CaptionSet, split_credit, strip_template_residue
from crosswire.clean.credits import agencies_in, parse_byline, parse_credit
from crosswire.clean.furniture import boundary_strength, furniture_reason
from crosswire.clean.metadata import detect_outlet, parse_dateline
from crosswire.clean.published import infer_published
from crosswire.model import RawDocument

P1 = (
    "The city council of Kessel voted on Tuesday to close the old harbour bridge to lorries after engineers "
    "found corrosion in three of its main cables."
)
P2 = (
    "Mayor Ilse Brandt said the decision was painful but unavoidable, and promised a temporary ferry for "
    "freight within a month."
)
P3 = (
    "Hauliers warned that the detour through the ring road would add forty minutes to every delivery into "
    "the old town, raising prices for shops."
)
P4 = (
    "The bridge, opened in 1971, carries about 30,000 vehicles a day, according to the regional transport "
    "office, which will publish a repair plan in spring."
)


def clean(text: str, **kw) -> object:
    return clean_document(RawDocument(source="test", kind="text", content=text, content_type="text", **kw))


def page(*lines: str) -> str:
    return "\n\n".join(lines)


# --- furniture kinds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Home » World » Europe", "navigation"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Sign up for our morning newsletter", "promo"),
        ("Share on Facebook", "promo"),
        ("Download the Kessel Courier app", "promo"),
        ("Comments are closed", "comment-system"),
        ("Leave a comment", "comment-system"),
        ("Gallery not loading? Click here for more photos", "video/gallery notice"),
        ("Watch video", "video/gallery notice"),
        ("Page not found", "other page"),
        ("We use cookies to improve your browsing experience. Accept?", "cookie-notice"),
        ("© 2024 Kessel Courier. All rights reserved.", "legal"),
    ],
)
def test_furniture_phrases_from_the_data_file(line, reason):
    assert furniture_reason(line) == reason


def test_long_sentence_mentioning_furniture_words_is_not_furniture():
    line = (
        "The newspaper said its newsletter, which it asked readers to sign up for last year, had reached "
        "two million subscribers despite the advertising slump and the cost of printing."
    )
    assert furniture_reason(line) is None


def test_boundaries():
    assert boundary_strength("34 Comments", 2) == "strong"
    assert boundary_strength("Leave a Reply", 3) == "strong"
    assert boundary_strength("Related Articles", 2) == "weak"
    assert boundary_strength("The council met on Tuesday", 5) is None


def test_each_furniture_kind_removed_with_reason_and_line_number():
    text = page(
        "Skip to main content",
        "Bridge closed to lorries after cable corrosion found",
        P1,
        "ADVERTISEMENT",
        P2,
        P3,
        "Sign up for our morning newsletter",
        "Share on Facebook",
        P4,
        "Comments are closed",
    )
    a = clean(text)
    assert a.paragraphs == [P1, P2, P3, P4]
    assert a.title == "Bridge closed to lorries after cable corrosion found"
    reasons = {r.text: (r.reason, r.line) for r in a.removed}
    assert reasons["Skip to main content"] == ("navigation", 1)
    assert reasons["ADVERTISEMENT"][0] == "advertisement"
    assert reasons["Sign up for our morning newsletter"][0] == "promo"
    assert reasons["Comments are closed"][0] == "comment-system"
    lines = text.split("\n")
    for r in a.removed:
        assert lines[r.line - 1].strip() == r.text


def test_menu_line_and_short_lines_outside_text_dropped():
    text = "\n".join(
        [
            "News Sport Business Culture Travel Weather Podcasts Video Opinion Obituaries",
            "Login",
            "",
            P1,
            "",
            P2,
            "",
            P3,
            "",
            "Most read",
            "Lorries",
            "Ferry timetable",
        ]
    )
    a = clean(text)
    assert a.paragraphs == [P1, P2, P3]
    assert any(r.reason == "navigation" and r.line == 1 for r in a.removed)


def test_subheading_between_body_lines_but_not_among_furniture():
    a = clean(page(P1, P2, "What happens next", P3, P4, "Share", "Follow us", "Weather"))
    assert a.subheadings == ["What happens next"]
    assert [b.kind for b in a.blocks] == ["paragraph", "paragraph", "subheading", "paragraph", "paragraph"]


def test_other_page_appended_at_the_end_is_dropped():
    a = clean(
        page(P1, P2, P3, "Page not found", "The page you requested does not exist or has been moved to a new address.")
    )
    assert a.paragraphs == [P1, P2, P3]
    assert [r.reason for r in a.removed][-2:] == ["other page", "other page"]


def test_comment_section_cut_after_the_article():
    a = clean(
        page(
            P1,
            P2,
            P3,
            P4,
            "12 Comments",
            "Anna K.",
            "March 3, 2024 at 9:14 am",
            "I drive this bridge every day and frankly it was about time somebody looked at those cables.",
            "Reply",
        )
    )
    assert a.paragraphs == [P1, P2, P3, P4]
    assert any(r.reason == "comments" for r in a.removed)


def test_related_list_after_the_article_dropped():
    a = clean(
        page(
            P1,
            P2,
            P3,
            P4,
            "Related stories",
            "Ferry service to start in May.",
            "Council budget passes.",
            "Rail strike called off.",
        )
    )
    assert a.paragraphs == [P1, P2, P3, P4]


def test_duplicate_body_line_kept_once():
    a = clean(page(P1, P2, P2, P3))
    assert a.paragraphs == [P1, P2, P3]


# --- captions ------------------------------------------------------------------------------------------------


def test_split_credit_forms():
    assert split_credit("Police block the road in Kessel, May 2, 2024. (Jan Ruys via AP)") == (
        "Police block the road in Kessel, May 2, 2024.",
        "(Jan Ruys via AP)",
    )
    assert split_credit("The mayor speaks to reporters. © Lena Ott, AFP") == (
        "The mayor speaks to reporters.",
        "© Lena Ott, AFP",
    )
    assert (
        split_credit("Traffic on the bridge at dusk. Credit... Jo Lamm/The Kessel Courier")[1]
        == "Credit... Jo Lamm/The Kessel Courier"
    )
    assert split_credit("He said the city would pay (about 4 million euros).")[1] is None


def test_template_residue_stripped():
    assert strip_template_residue("story.lead_photo.caption Workers inspect a cable.") == (
        "Workers inspect a cable.",
        True,
    )
    assert strip_template_residue("Workers inspect a cable.") == ("Workers inspect a cable.", False)


def test_caption_set_merges_near_duplicates_only():
    s = CaptionSet()
    assert s.add("Workers inspect a cable on the bridge,  Kessel, May 2, 2024. (AP Photo)")
    assert not s.add("Workers inspect a cable on the bridge, Kessel, May 2, 2024. (AP Photo)")
    assert not s.add("Workers inspect a cable on the bridge, Kessel, May 2, 2024.")
    assert s.add("Workers inspect a pylon on the bridge, Kessel, May 3, 2024. (AP Photo)")
    assert s.add("Workers inspect a cable on the bridge, Kessel, May 4, 2024. (AP Photo)")  # another day
    assert len(s.captions) == 3


def test_captions_apart_from_body_and_printed_copies_merged():
    cap = "Engineers inspect the corroded cables of the harbour bridge in Kessel, Monday, May 6, 2024."
    a = clean(
        "\n".join(
            [
                cap,
                cap + " (Piet Molen via AP)",
                "",
                P1,
                "",
                P2,
                "",
                P3,
                "",
                "A lorry waits at the closed bridge in Kessel, Tuesday, May 7, 2024. (AP Photo/Ria Vos)",
                "A lorry waits at the closed bridge in Kessel, Tuesday, May 7, 2024.  (AP Photo/Ria Vos)",
            ]
        )
    )
    assert a.paragraphs == [P1, P2, P3]
    assert [c.text for c in a.captions] == [cap, "A lorry waits at the closed bridge in Kessel, Tuesday, May 7, 2024."]
    assert [c.credit for c in a.captions] == ["(Piet Molen via AP)", "(AP Photo/Ria Vos)"]
    assert a.agency == "AP"  # from the caption credits, when the text has no credit of its own
    assert a.published == "2024-05-07"


# --- credits, bylines, datelines ---------------------------------------------------------------------------


def test_credit_lines():
    assert parse_credit("(AFP)").agencies == ["AFP"]
    assert parse_credit("— Reuters").agencies == ["Reuters"]
    c = parse_credit("Information for this article was contributed by Ana Ruiz and Tom Bell of The Associated Press.")
    assert c.agencies == ["AP"] and c.contributors == ["Ana Ruiz", "Tom Bell"]
    c = parse_credit("Reporting by Maria Tsvetkova; Editing by Alex Richardson")
    assert c.contributors == ["Maria Tsvetkova", "Alex Richardson"]
    assert parse_credit("The Associated Press contributed to this report.").agencies == ["AP"]
    assert parse_credit("He said the AP would report it later that day.") is None


def test_byline():
    assert parse_byline("By Jane Doe") == ["Jane Doe"]
    assert parse_byline("By Jane Doe and Omar Said, Reuters") == ["Jane Doe", "Omar Said"]
    assert parse_byline("by the river there were boats") is None


def test_agencies_in_needs_capitals_for_short_names():
    assert agencies_in("(TUT.by via AP)") == ["AP"]
    assert agencies_in("we had a nap") == []


@pytest.mark.parametrize(
    ("para", "expected"),
    [
        ("MOSCOW -- Belarus' president visited Russia on Monday.", ("MOSCOW", None)),
        ("LONDON (Reuters) - British inflation rose in May.", ("LONDON", "Reuters")),
        ("KYIV, Ukraine (AP) — Air raid sirens sounded across the city.", ("KYIV", "AP")),
        ("Paris (AFP) - French unions called a strike.", ("Paris", "AFP")),
        ("The council met on Tuesday - and voted.", (None, None)),
    ],
)
def test_dateline(para, expected):
    assert parse_dateline(para) == expected


def test_wire_page_metadata():
    lead = "KESSEL (Reuters) - " + P1
    a = clean(
        page(
            "Bridge shut to lorries",
            "By Jane Doe",
            lead,
            P2,
            P3,
            "Reporting by Jane Doe; Editing by Omar Said",
            "© 2024 Reuters. All rights reserved.",
        )
    )
    assert a.paragraphs == [lead, P2, P3]
    assert (a.dateline, a.agency, a.outlet) == ("KESSEL", "Reuters", "Reuters")
    assert a.byline == "Jane Doe"
    assert a.contributors == ["Jane Doe", "Omar Said"]
    assert a.credits == ["By Jane Doe", "Reporting by Jane Doe; Editing by Omar Said"]


def test_outlet_from_evidence_and_input_wins():
    assert detect_outlet(None, ["Download the France 24 app"], None) == "France 24"
    assert detect_outlet("https://www.arkansasonline.com/news/x", [], None) == "Arkansas Democrat-Gazette"
    assert detect_outlet(None, [], "Bridge shut - The Guardian") == "The Guardian"
    assert detect_outlet(None, ["nothing here"], None) is None
    a = clean(page(P1, P2, "Download the France 24 app"), outlet="Kessel Courier")
    assert a.outlet == "Kessel Courier"


def test_published_inferred_and_input_wins():
    assert (
        infer_published(["The mayor spoke on Monday."], ["Taken Monday, May 6, 2024.", "File, Jan. 2, 2019."])
        == "2024-05-06"
    )
    assert infer_published(["No dates here."], []) is None
    a = clean(page(P1, P2, "Photo taken May 6, 2024. (AP Photo)"), published="2024-05-07")
    assert a.published == "2024-05-07"


def test_language_detected():
    german = page(
        "Der Stadtrat von Kessel hat am Dienstag beschlossen, die alte Hafenbrücke für Lastwagen zu "
        "sperren, nachdem Ingenieure Korrosion an drei Hauptkabeln gefunden hatten.",
        "Bürgermeisterin Ilse Brandt sagte, die Entscheidung sei schmerzhaft, aber unvermeidlich.",
    )
    assert clean(german).language == "de"
    assert clean(page(P1, P2)).language == "en"


def test_hard_wrapped_paragraphs_joined():
    wrapped = (
        "The city council of Kessel voted on Tuesday to close the old harbour\n"
        "bridge to lorries after engineers found corrosion in three of its\n"
        "main cables, officials said in a statement.\n"
        "\n"
        "Mayor Ilse Brandt said the decision was painful but unavoidable and\n"
        "promised a temporary ferry for freight within a month of the closure.\n"
    )
    a = clean(wrapped)
    assert len(a.paragraphs) == 2
    assert a.paragraphs[0].startswith("The city council") and a.paragraphs[0].endswith("in a statement.")


# --- bad input ---------------------------------------------------------------------------------------------


def test_empty_text_gives_article_without_blocks():
    for text in ("", "   \n\n  "):
        a = clean(text)
        assert a.blocks == [] and a.body == ""


def test_huge_single_line():
    line = ("The council met again and talked about the bridge for a long time. " * 20000).strip()
    a = clean(line)
    assert len(a.paragraphs) == 1 and a.paragraphs[0] == line


def test_binary_looking_text():
    junk = "".join(chr(i % 32) for i in range(2000)) + "\ufffd" * 100
    a = clean(junk + "\n\n" + P1 + "\n\n" + P2)
    assert a.paragraphs == [P1, P2]
    assert any(r.reason == "binary/garbled" for r in a.removed)


def test_wrong_content_type_never_raises():
    a = clean_document(
        RawDocument(source="x", kind="text", content="<html><body><p>" + P1 + "</p></body></html>", content_type="html")
    )
    assert a.paragraphs == [P1]


@pytest.mark.parametrize(
    ("stamp", "day_first", "expected"),
    [
        ("Tuesday 10 June 2025 09:26 BST", True, "2025-06-10T09:26:00+01:00"),
        ("Published May 3, 2024 at 4:05 p.m. EDT", False, "2024-05-03T16:05:00-04:00"),
        ("Updated 2024-05-03 16:05 +02:00", False, "2024-05-03T16:05:00+02:00"),
        ("Fri 19 Jan 2024 10.15 GMT", True, "2024-01-19T10:15:00+00:00"),
        # a time without its zone is kept without one: a zone would be a guess
        ("Issued on: 14/09/2020 - 17:41", True, "2020-09-14T17:41:00"),
        ("March 3, 2024 13:12 IST", False, "2024-03-03T13:12:00"),  # IST is ambiguous (India, Ireland, Israel)
    ],
)
def test_published_keeps_time_and_zone_from_the_date_line(stamp: str, day_first: bool, expected: str) -> None:
    from crosswire.clean.published import published_from_stamps

    assert published_from_stamps([stamp], day_first=day_first) == expected


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("ZAROVSK, Karovia, June 10 (MPA) - A magnitude 6.4 earthquake struck", ("ZAROVSK", "MPA")),
        ("KYIV, Jan 5 (Reuters) - Ukraine said on Friday", ("KYIV", "Reuters")),
        ("WASHINGTON, D.C., March 3 (AP) — The Senate voted", ("WASHINGTON, D.C.", "AP")),
        ("LONDON (XNA) -- The central bank held rates", ("LONDON", "XNA")),
        ("PARIS (file) - The museum reopened", ("PARIS", None)),  # not an acronym: not an agency
    ],
)
def test_dateline_with_date_and_unlisted_agency(opening: str, expected: tuple) -> None:
    assert parse_dateline(opening) == expected


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("The bridge employs 42 workers.", True),
        ('"That is final," Brandt said.', True),
        ("Repairs will cost €4 million.", True),
        ("Like this article?", False),
        ("Tell us what you think...", False),
        ("Share your views below…", False),
    ],
)
def test_a_short_statement_closing_the_article_is_body(closing, kept):
    """A sentence line shorter than the run's per-line offset scores below zero and fell off the end of the
    article ("The mine employs 420 workers." was removed as "outside main text", so its figure was never a
    fact); a question or a trailing ellipsis closing a page is a call to comment, and stays out."""
    doc = clean(page("Bridge closed to lorries", P1, P2, P3, P4, closing))
    assert (closing in doc.body) is kept, doc.body[-120:]
    if kept:
        assert doc.body.endswith(closing)


def test_a_short_statement_followed_by_more_page_text_is_left_to_the_run():
    """Only lines up to the page's end or to furniture are pulled in: a short sentence followed by other short
    lines of the page ("Most read stories", a teaser's title) is left where the run's scoring puts it."""
    doc = clean(
        page(
            "Bridge closed to lorries",
            P1,
            P2,
            P3,
            P4,
            "The vote was 7-4.",
            "Most read stories",
            "Weather in Kessel today",
        )
    )
    assert "The vote was 7-4." not in doc.body
    doc = clean(
        page("Bridge closed to lorries", P1, P2, P3, P4, "The vote was 7-4.", "Related", "Weather in Kessel today")
    )
    assert doc.body.endswith("The vote was 7-4.")


@pytest.mark.parametrize(
    ("outlet", "title", "date", "name", "body", "closing", "share"),
    [
        (
            "Вечерний курьер",
            "Два человека погибли при крушении воздушного шара под Весселом",
            "14 ноября 2026",
            "Анна Белова",
            "Воздушный шар с двенадцатью людьми на борту потерпел крушение в субботу возле города Вессел, сообщили "
            "спасатели. Пилот выжил и доставлен в областную больницу, где врачи оценивают его состояние как тяжёлое.",
            "Полёты на фестивале приостановлены.",
            "Поделиться: ВКонтакте | Telegram",
        ),
        (
            "Gazeta Brzegowa",
            "Katastrofa balonu pod Vessel. Nie żyją dwie osoby",
            "15 listopada 2026",
            "Katarzyna Wolska",
            "Balon na ogrzane powietrze z dwunastoma osobami na pokładzie rozbił się w sobotę w pobliżu miasta "
            "Vessel. Pilot przeżył katastrofę i trafił do szpitala wojewódzkiego w ciężkim stanie.",
            "Loty festiwalowe zawieszono.",
            "Udostępnij | Skomentuj",
        ),
    ],
)
def test_header_name_is_the_byline_and_a_closing_line_before_share_buttons_is_body(
    outlet, title, date, name, body, closing, share
):
    """A bare name under the date line is the byline (it was a credit only, so the article had none), and a
    short closing statement followed by share buttons and the copyright is body (it was "outside main text")."""
    first, second = body.split(". ", 1)
    lines = [outlet, "Новости | Происшествия | Спорт", title, date, name, first + ".", second, closing, share]
    doc = clean(page(*lines, f"© 2026 {outlet}"))
    assert doc.byline == name
    assert doc.body.endswith(closing)
    assert share not in doc.body
