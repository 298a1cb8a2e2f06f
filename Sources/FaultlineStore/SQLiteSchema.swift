import GRDB

/// The versioned schema of ``SQLiteStore``. Migrations are append-only: never edit a shipped
/// one, add the next version instead.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents-events-actors") { db in
            try db.execute(sql: version1)
        }
        return migrator
    }

    private static let version1 = """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT, outlet TEXT, title TEXT, author TEXT,
            published TEXT,
            ingested_at TEXT NOT NULL,
            format TEXT NOT NULL,
            origin TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            clean_text TEXT NOT NULL,
            duplicate_of INTEGER REFERENCES documents(id),
            minhash BLOB
        );
        CREATE INDEX documents_published ON documents(published);

        -- MinHash LSH band keys: documents sharing a key are near-duplicate candidates.
        CREATE TABLE document_bands (
            band_key INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (band_key, document_id)
        ) WITHOUT ROWID;

        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            tokens BLOB NOT NULL,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;

        CREATE TABLE entity_mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            token_start INTEGER NOT NULL, token_end INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            is_nominal INTEGER NOT NULL,
            cluster INTEGER,
            title_text TEXT, title_rank TEXT, title_role TEXT, title_organization TEXT,
            title_start INTEGER, title_end INTEGER,
            UNIQUE (document_id, idx)
        );

        CREATE TABLE time_expressions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            sentence INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (document_id, idx)
        );

        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kb_id TEXT,
            name TEXT NOT NULL,
            country TEXT,
            sector TEXT
        );

        CREATE TABLE actor_mentions (
            id INTEGER PRIMARY KEY,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            country TEXT, sector TEXT,
            entity_mention INTEGER,
            UNIQUE (document_id, idx)
        );
        CREATE INDEX actor_mentions_actor ON actor_mentions(actor_id);

        -- One row per real-world event; reports of it are event_mentions.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            cameo TEXT NOT NULL,
            cameo_root TEXT NOT NULL,
            goldstein REAL NOT NULL,
            quad_class INTEGER NOT NULL,
            plover_event TEXT NOT NULL,
            plover_mode TEXT,
            plover_context TEXT NOT NULL,
            date TEXT,
            date_day INTEGER,
            date_precision TEXT NOT NULL,
            location_name TEXT, location_country TEXT,
            source_key TEXT,
            target_key TEXT,
            confidence REAL NOT NULL,
            mentions INTEGER NOT NULL,
            first_mention_id INTEGER
        );
        CREATE INDEX events_match ON events(source_key, target_key, cameo_root, date_day);
        CREATE INDEX events_date ON events(date_day);

        -- One row per report of an event: the document, the sentence, and how it says it.
        CREATE TABLE event_mentions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            trigger TEXT NOT NULL,
            cameo TEXT NOT NULL,
            goldstein REAL NOT NULL,
            quad_class INTEGER NOT NULL,
            plover_event TEXT NOT NULL,
            plover_mode TEXT,
            plover_context TEXT NOT NULL,
            plover_score REAL,
            date TEXT,
            date_precision TEXT NOT NULL,
            location_name TEXT, location_country TEXT,
            attribution_name TEXT, attribution_kind TEXT,
            modality TEXT NOT NULL,
            confidence REAL NOT NULL,
            UNIQUE (document_id, idx)
        );
        CREATE INDEX event_mentions_event ON event_mentions(event_id);

        -- The actors of a report: sources, targets and the attributed voice, as coded there.
        CREATE TABLE event_actors (
            mention_id INTEGER NOT NULL REFERENCES event_mentions(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actors(id),
            name TEXT NOT NULL,
            country TEXT, sector TEXT,
            entity_mention INTEGER,
            PRIMARY KEY (mention_id, role, position)
        ) WITHOUT ROWID;
        CREATE INDEX event_actors_actor ON event_actors(actor_id);

        CREATE TABLE ties (
            id INTEGER PRIMARY KEY,
            source_actor_id INTEGER NOT NULL REFERENCES actors(id),
            target_actor_id INTEGER NOT NULL REFERENCES actors(id),
            kind TEXT NOT NULL,
            sign INTEGER NOT NULL,
            valid_from TEXT,
            valid_until TEXT,
            confidence REAL NOT NULL,
            source TEXT NOT NULL
        );
        CREATE INDEX ties_source ON ties(source_actor_id);
        CREATE INDEX ties_target ON ties(target_actor_id);
        """
}
