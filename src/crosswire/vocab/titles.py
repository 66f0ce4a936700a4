"""How a page title joins the headline to the site name ("Headline | Site", "Headline - Site")."""

from __future__ import annotations

from crosswire.vocab.data import data_toml

# Separators between a headline and the site name, in the order they are tried.
TITLE_SEPARATORS: tuple[str, ...] = tuple(data_toml("vocab.toml")["titles"]["separators"])
