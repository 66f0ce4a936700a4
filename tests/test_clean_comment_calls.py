"""A call to log in and comment is furniture; a body sentence saying someone declined or refused to comment is
not (a new user's wire paragraph "..., a spokesman said, declining to comment on the claim by the group." was
removed as the comment system). Invented text."""

from __future__ import annotations

import pytest

from crosswire.clean.furniture import furniture_reason


@pytest.mark.parametrize(
    "line",
    [
        "Log in to comment",
        "Sign in to comment on this article",
        "Subscribers can sign in to comment",
        "You must be logged in to comment.",
        "Register to comment",
    ],
)
def test_a_call_to_log_in_and_comment_is_furniture(line):
    assert furniture_reason(line) == "comment-system"


@pytest.mark.parametrize(
    "line",
    [
        "The harbour police are investigating, a spokesman said, declining to comment on the claim by the group.",
        "The mayor's office refused to comment.",
        "Asked about the contract, the minister said it was too early to comment on the findings.",
        "Hospital officials were not available to comment on Sunday.",
        "Lawyers for the former director did not respond to a request to comment.",
    ],
)
def test_a_sentence_about_declining_to_comment_is_body(line):
    assert furniture_reason(line) is None
