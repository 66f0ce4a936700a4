"""The embedded store: one SQLite file in WAL mode, versioned schema, every stage's records.

:class:`Store` is one connection with typed query methods, one mixin per table group: articles
(:mod:`.articles`), facts (:mod:`.facts`), stories (:mod:`.stories`), comparisons (:mod:`.comparisons`), what
the fetcher remembers per URL (:mod:`.fetch`), and shards of them moved between stores (:mod:`.shards`). No
other module issues SQL. :class:`StoreError` is raised, with one line naming the file, for a file that is not
a crosswire store (:mod:`.identity`) or cannot be opened.
"""

from crosswire.store.db import DEFAULT_DB, Store, resolve_db_path
from crosswire.store.fetch import FetchState
from crosswire.store.identity import StoreError
from crosswire.store.shards import TableRows

__all__ = ["DEFAULT_DB", "FetchState", "Store", "StoreError", "TableRows", "resolve_db_path"]
