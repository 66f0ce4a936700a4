"""A title the entity model takes for an organisation ("Interior Minister Goran Vesely said ..."): the parser then
hangs the name on "said" as a modifier, and the reported clause had no speaker; the next "'...,' he said" went
to a person from an earlier paragraph whose gender the text shows (a new user's football final gave the minister's
words to the coach). The name right before the verb is the subject, and a person just introduced as speaking in
the same paragraph is who "he said" refers to even when the text never shows their gender. Invented text."""

from __future__ import annotations

import pytest

from test_facts_quotes_attribution import said

COACH = 'Coach Tomas Reiner praised his players. "They never gave up," Reiner said after his side won.'


@pytest.mark.parametrize(
    "title",
    ["Interior Minister", "Transport Minister", "Defence Secretary", "Finance Minister", "Health Minister"],
)
def test_a_minister_named_after_a_title_speaks_his_own_words(title):
    got = said(
        [
            COACH,
            f"{title} Goran Vesely said the detained fans would appear before a magistrate and that the stadium's "
            'security plan would be reviewed. "The scenes on the pitch were unacceptable," he said.',
        ]
    )
    reported = next(k for k in got if k.startswith("the detained fans would appear"))
    assert got[reported] == "Goran Vesely"
    assert got["The scenes on the pitch were unacceptable"] == "Goran Vesely"
    assert got["They never gave up"] == "Tomas Reiner"
