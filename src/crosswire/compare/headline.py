"""Which headline a compared story is titled with: the stories' own rule
(:func:`crosswire.stories.headline.story_headline`), so that a story listed by ``stories`` and compared by
``compare`` carries one title."""

from __future__ import annotations

from crosswire.stories.headline import dateline_only, story_headline

__all__ = ["dateline_only", "story_headline"]
