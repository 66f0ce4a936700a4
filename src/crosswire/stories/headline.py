"""Which headline a story is titled with, when its articles carry several: one rule for the story listings
(``stories``, ``show``, the web pages) and the comparison (``compare``), so one story shows one title.

The story's own title is the most central headline of its cluster (:meth:`StoryState.central_title`): in a
story told in five languages that may be any outlet's, and a new user's coach-crash story was titled with a
French paper's headline while the wire that broke it and the paper that re-ran it wrote in English. The rule
here, in order (a reader's expectation of "the story's headline", not a measure):

1. the headline of the original that the most articles of the story copy (the wire story others re-run;
   ties: the earliest published);
2. else the headline of the earliest published article in the language most of the story's articles are
   written in, when one language has more articles than any other; else of the earliest published article;
3. else (no article dated) the headline of the first article in the language most of the story's articles
   are written in.

Only articles that were read and carry a headline are candidates, and a "headline" that is only a wire
dateline ("KESSINGEN, Valdoria, Nov 23 (Nordwire) -", which a pre-scraped text once gave as its title) is
none. Written by hand: a choice of one field.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from crosswire.stories.records import StoryArticle
from crosswire.vocab.calendar import published_order

ArticleRow = StoryArticle


def story_headline(articles: Sequence[ArticleRow], candidates: set[str]) -> str | None:
    """The headline a story is titled with (module docstring).

    Input: the story's articles (``ArticleRow``, ``copy_of`` linking a copy to its original within the story)
    and the ids of those that may give it (read, with a headline). Output: one article's ``title``, or None
    when no candidate has one. Raises nothing."""
    by_id = {a.id: a for a in articles}
    pool = [a for a in articles if a.id in candidates and a.title and not dateline_only(a.title)]
    if not pool:
        return None
    copied: Counter[str] = Counter()
    for a in articles:
        root = _original(a, by_id)
        if root is not a:
            copied[root.id] += 1
    originals = [a for a in pool if copied[a.id]]
    if originals:
        best = max(originals, key=lambda a: (copied[a.id], [-x for x in published_order(a.published)]))
        return best.title
    common = _leading_language(articles)
    dated = [a for a in pool if a.published]
    if dated:
        in_common = [a for a in dated if common is not None and a.language == common] or dated
        return min(in_common, key=lambda a: published_order(a.published)).title
    if common is not None:
        return next((a.title for a in pool if a.language == common), pool[0].title)
    languages = Counter(a.language for a in articles if a.language)
    if languages:
        first = languages.most_common(1)[0][0]
        return next((a.title for a in pool if a.language == first), pool[0].title)
    return pool[0].title


def _leading_language(articles: Sequence[ArticleRow]) -> str | None:
    """The language more of the story's articles are written in than any other (ISO 639-1), or None on a tie
    or when no article's language is known."""
    top = Counter(a.language for a in articles if a.language).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def dateline_only(title: str) -> bool:
    """Whether a would-be headline is only a wire dateline ("KESSINGEN, Valdoria, Nov 23 (Nordwire) -",
    "MOSCOW (Reuters) —"): read as the opening of a paragraph (:func:`~crosswire.clean.metadata.dateline_end`),
    the dateline takes the whole line."""
    from crosswire.clean.metadata import dateline_end

    text = " ".join(title.split())
    return dateline_end(text + " Text") >= len(text)


def _original(article: ArticleRow, by_id: dict[str, ArticleRow]) -> ArticleRow:
    """The original an article copies, followed along a chain of copies within the story; itself when it is
    none's copy."""
    seen = {article.id}
    while article.copy_of in by_id and article.copy_of not in seen:
        article = by_id[article.copy_of or ""]
        seen.add(article.id)
    return article
