"""Schema migrations, applied in order; ``PRAGMA user_version`` records how many have run.

Append a new entry to :data:`MIGRATIONS` to change the schema; never edit one that has shipped, because
stores in the field have already applied it.
"""

MIGRATIONS: list[str] = [
    # 1: articles, their facts, stories, comparisons.
    """
    CREATE TABLE articles (
        id            TEXT PRIMARY KEY,
        content_hash  TEXT NOT NULL UNIQUE,
        source        TEXT NOT NULL,
        kind          TEXT NOT NULL,
        url           TEXT,
        outlet        TEXT,
        agency        TEXT,
        title         TEXT,
        published     TEXT,
        language      TEXT,
        word_count    INTEGER NOT NULL DEFAULT 0,
        body          TEXT NOT NULL,
        data          TEXT NOT NULL,          -- the whole Article as JSON
        ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    END;

    CREATE TABLE facts (
        article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );

    CREATE TABLE stories (
        id          TEXT PRIMARY KEY,
        title       TEXT,
        first_seen  TEXT,
        last_seen   TEXT,
        data        TEXT NOT NULL,            -- centroid and other clustering state as JSON
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX stories_last_seen ON stories(last_seen);
    CREATE TABLE story_articles (
        article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        copy_of     TEXT,                     -- the wire copy this article syndicates, if any
        added_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE story_merges (
        merged_id   TEXT NOT NULL,
        into_id     TEXT NOT NULL,
        reason      TEXT,
        merged_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );

    CREATE TABLE comparisons (
        story_id    TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        data        TEXT NOT NULL,
        updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 2: story-stage lookup tables (dedup keys and document frequencies of the hashed vocabulary).
    """
    CREATE TABLE IF NOT EXISTS story_keys (
        key         TEXT NOT NULL,
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX IF NOT EXISTS story_keys_key ON story_keys(key);
    CREATE INDEX IF NOT EXISTS story_keys_article ON story_keys(article_id);
    CREATE TABLE IF NOT EXISTS story_df (
        term        INTEGER PRIMARY KEY,
        df          INTEGER NOT NULL
    );
    """,
    # 3: mark the file as crosswire's (store/identity.py), so another program's database is never taken for one.
    "PRAGMA application_id = 1129468759;  -- 0x43525357, 'CRSW'",
    # 4: what the polite fetcher remembers per URL (crosswire.fetch): the validators of its last answer, for
    # conditional requests, where it redirected, and (robots.txt only) the body, kept for its cache lifetime.
    """
    CREATE TABLE IF NOT EXISTS fetch_state (
        url            TEXT PRIMARY KEY,
        status         INTEGER NOT NULL,
        etag           TEXT,
        last_modified  TEXT,
        final_url      TEXT,
        redirects      TEXT NOT NULL DEFAULT '[]',   -- JSON list of the URLs redirected through
        body           BLOB,                          -- kept for robots.txt only
        fetched_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 5: the name index (crosswire.facts.name_index): a name's transliteration skeleton -> the words an article
    # writes it with, so a search for one spelling finds the others. Filled by the facts stage.
    """
    CREATE TABLE IF NOT EXISTS names (
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        skeleton    TEXT NOT NULL,
        surface     TEXT NOT NULL,
        PRIMARY KEY (article_id, skeleton, surface)
    );
    CREATE INDEX IF NOT EXISTS names_skeleton ON names(skeleton);
    """,
]
