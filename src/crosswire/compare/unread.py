"""What a comparison could not read: the articles whose facts are missing or were skipped, and a story title
taken only from an article that contributed.

Why a module of its own: the compare stage must say which sources it counts but could not read (an article in
a language without a facts model is still a source in the story, and silently comparing the others would
present a partial picture as a whole one), and the same list decides which headline may stand for the story.
"""

from __future__ import annotations

from crosswire.compare.align import StoryData
from crosswire.compare.headline import story_headline
from crosswire.compare.records import UnreadArticle

NO_FACTS = "no facts stored"
NO_BODY = "no body text"


def unread_articles(data: StoryData) -> list[UnreadArticle]:
    """Every article of ``data`` (in story order) whose facts could not be read, with the reason: the facts
    stage's own (``ArticleFacts.skipped``: "language 'ru': facts need an English model", "extraction failed:
    ..."), or :data:`NO_FACTS` / :data:`NO_BODY` when there is nothing to read. Language is the facts'
    language, else the article's."""
    out = []
    for row in data.articles:
        facts = data.facts.get(row.id)
        if facts is not None and facts.skipped:
            reason: str | None = facts.skipped
        elif facts is None:
            reason = NO_FACTS
        elif not (data.bodies.get(row.id) or "").strip():
            reason = NO_BODY
        else:
            reason = None
        if reason is None:
            continue
        out.append(
            UnreadArticle(
                article=row.id,
                source=data.source_of.get(row.id, 0),
                outlet=row.outlet,
                language=(facts.language if facts is not None else None) or row.language,
                reason=reason,
            )
        )
    return out


def original_title(title: str | None, data: StoryData) -> str | None:
    """``title``, or when every article of ``data`` with that headline is a copy of another in the story
    (``ArticleRow.copy_of``), the headline of the original the first of them copies (followed to the
    original of a chain); ``title`` when that original has none."""
    by_id = {r.id: r for r in data.articles}
    carriers = [r for r in data.articles if title and r.title == title]
    if not carriers or any(r.copy_of is None for r in carriers):
        return title
    root, seen = carriers[0], set()
    while root.copy_of in by_id and root.id not in seen:
        seen.add(root.id)
        root = by_id[root.copy_of or ""]
    return root.title or title


def contributing_title(title: str | None, data: StoryData, unread: list[UnreadArticle]) -> str | None:
    """The headline the compared story is titled with: of the articles that were read, the one
    :func:`crosswire.compare.headline.story_headline` picks (the most-copied original's, else the earliest
    article's, else one in the language most articles use); ``title`` itself when no article was read, or
    when no article of the story carries it (a title given from outside). A title only wire copies carry is
    their original's headline (:func:`original_title`): a re-run's headline is not the story's."""
    skipped = {u.article for u in unread}
    title = original_title(title, data)
    read = [r for r in data.articles if r.id not in skipped and r.title]
    if not read:
        return title or next((r.title for r in data.articles if r.title), None)
    carriers = [r for r in data.articles if title and r.title == title]
    if title and not carriers:
        return title
    return story_headline(data.articles, {r.id for r in read}) or title


def unread_line(u: UnreadArticle) -> str:
    """One line for a report: "[6] La Gazzetta del Faro (it): language 'it': no front-end reads it"."""
    language = f" ({u.language})" if u.language else ""
    return f"[{u.source}] {u.outlet or u.article}{language}: {u.reason}"


def unread_notice(unread: list[UnreadArticle]) -> str:
    """What unread articles mean for the report, said once before their lines."""
    n = len(unread)
    return f"{n} article{'s' if n != 1 else ''}: nothing {'they say' if n != 1 else 'it says'} is compared below"
