"""Properties of the text cleaner on generated input: it never raises, it never invents text, and it is
idempotent on its own output."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.clean import clean_document
from crosswire.model import RawDocument

SENTENCES = [
    "The council voted on Tuesday to close the bridge to lorries after engineers found corrosion.",
    "Mayor Ilse Brandt said the decision was painful but unavoidable.",
    '"We had no other choice," she told reporters outside the town hall on Wednesday.',
    "Hauliers warned that the detour would add forty minutes to every delivery into the old town.",
    "Yes.",
    "The bridge carries about 30,000 vehicles a day.",
    "KESSEL (Reuters) - Officials said the repair plan would be published in spring.",
]
FURNITURE = [
    "Skip to main content",
    "ADVERTISEMENT",
    "Share",
    "Sign up for our newsletter",
    "Home",
    "Page not found",
    "(AFP)",
    "By Jane Doe",
    "12 Comments",
    "Related stories",
    "Menu",
    "What happens next",
    "Workers inspect the bridge, May 2, 2024. (AP Photo)",
    "story.lead_photo.caption Workers inspect the bridge.",
    "© 2024 Kessel Courier. All rights reserved.",
    "Information for this article was contributed by Ana Ruiz.",
]
line = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(FURNITURE), st.text(max_size=80))
page = st.lists(st.tuples(line, st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])), max_size=40).map(
    lambda items: "".join(text + sep for text, sep in items)
)


def clean(text: str):
    return clean_document(RawDocument(source="prop", kind="text", content=text, content_type="text"))


def _ws(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text):
    article = clean(text)
    assert all(b.text for b in article.blocks)


@settings(max_examples=150, deadline=None)
@given(page)
def test_body_paragraphs_are_input_text(text):
    article = clean(text)
    normalised = _ws(text)
    for block in article.blocks:
        assert _ws(block.text) in normalised


@settings(max_examples=150, deadline=None)
@given(page)
def test_idempotent_on_own_body(text):
    first = clean(text)
    second = clean(first.body)
    assert [b.text for b in second.blocks] == [b.text for b in first.blocks]


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(st.text(), page.map(lambda t: "<html><body><p>" + t.replace("\n\n", "</p><p>") + "</p></body></html>"))
)
def test_html_path_never_raises(html):
    article = clean_document(RawDocument(source="prop.html", kind="html", content=html, content_type="html"))
    assert all(b.text for b in article.blocks)
