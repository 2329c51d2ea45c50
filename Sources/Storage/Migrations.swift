import GRDB

/// The store's schema, one registered migration per step.
///
/// Literal SQL only, never an app type, and a shipped migration is never edited: a change is a new migration.
/// Conventions: times are REAL seconds since 1970-01-01 UTC (`datetime(at, 'unixepoch')` shows them in the
/// sqlite3 shell), booleans are INTEGER 0/1, enums are their TEXT raw values, and JSON from stations is TEXT
/// with every key and value as received (compact, keys sorted; strings such as signed meter data unchanged).
/// History tables have an `id INTEGER PRIMARY KEY`, so ties in time keep arrival order.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-fleet") { db in try db.execute(sql: fleet) }
        migrator.registerMigration("v2-charging") { db in try db.execute(sql: charging) }
        migrator.registerMigration("v3-station-traffic") { db in try db.execute(sql: stationTraffic) }
        migrator.registerMigration("v4-alarms") { db in try db.execute(sql: alarms) }
        migrator.registerMigration("v5-accounts") { db in try db.execute(sql: accounts) }
        // The journal moved to a file of its own (`JournalMigrations`); what was journaled before is not carried over.
        migrator.registerMigration("v6-journal-moved-out") { db in try db.execute(sql: "DROP TABLE frame_journal") }
        migrator.registerMigration("v7-status-chains") { db in try db.execute(sql: statusChains) }
        migrator.registerMigration("v8-meter-chains") { db in try db.execute(sql: meterChains) }
        return migrator
    }

    /// Each meter reading points to its transaction's previous one; the newest of each transaction is saved in
    /// `meter_chain_heads` from time to time, and the readings after `flushed_through` are the tail still to be
    /// saved (see `MeterChainHeads`). This replaces the index by transaction, which took a random page for every
    /// reading. Existing readings are chained in their order of arrival, and all of them are saved as heads.
    private static let meterChains = """
        ALTER TABLE meter_values ADD COLUMN previous_id INTEGER;
        UPDATE meter_values SET previous_id = chained.previous_id
            FROM (SELECT id, lag(id) OVER (PARTITION BY transaction_id ORDER BY id) AS previous_id
                FROM meter_values WHERE transaction_id IS NOT NULL) AS chained
            WHERE meter_values.id = chained.id AND chained.previous_id IS NOT NULL;
        CREATE TABLE meter_chain_heads (
            transaction_id INTEGER PRIMARY KEY,
            last_id INTEGER NOT NULL
        );
        INSERT INTO meter_chain_heads (transaction_id, last_id)
            SELECT transaction_id, max(id) FROM meter_values WHERE transaction_id IS NOT NULL GROUP BY transaction_id;
        CREATE TABLE meter_chain_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            flushed_through INTEGER NOT NULL
        );
        INSERT INTO meter_chain_state (id, flushed_through) SELECT 1, coalesce(max(id), 0) FROM meter_values;
        DROP INDEX meter_values_by_transaction;
        """

    /// Each status report points to its connector's previous one, and the connector's row to its newest, in place
    /// of the index by station.
    ///
    /// That index took a random page for every StatusNotification (10,000 stations report at once), about a
    /// kilobyte of the store's writing per message at 5,000 messages a second. The connector's row is written by
    /// the same report anyway, so the chain costs no page of its own. Existing reports are chained in their
    /// order of arrival.
    private static let statusChains = """
        ALTER TABLE status_history ADD COLUMN previous_id INTEGER;
        ALTER TABLE connectors ADD COLUMN last_history_id INTEGER;
        UPDATE status_history SET previous_id = chained.previous_id
            FROM (SELECT id, lag(id) OVER (PARTITION BY station_id, connector ORDER BY id) AS previous_id
                FROM status_history) AS chained
            WHERE status_history.id = chained.id AND chained.previous_id IS NOT NULL;
        UPDATE connectors SET last_history_id = (
            SELECT max(id) FROM status_history
            WHERE status_history.station_id = connectors.station_id AND status_history.connector = connectors.number);
        DROP INDEX status_history_by_station;
        """

    /// Customers, their contacts, sites, stations and the current status of each connector.
    private static let fleet = """
        CREATE TABLE customers (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            billing_email TEXT NOT NULL,
            service_package TEXT NOT NULL,
            intervention_hours INTEGER NOT NULL,
            includes_yearly_maintenance INTEGER NOT NULL
        );
        CREATE TABLE customer_contacts (
            customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL,
            phone TEXT,
            role TEXT NOT NULL,
            PRIMARY KEY (customer_id, position)
        );
        CREATE TABLE sites (
            id TEXT PRIMARY KEY NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            name TEXT NOT NULL,
            street TEXT NOT NULL,
            postal_code TEXT NOT NULL,
            city TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            access_notes TEXT NOT NULL,
            contact_name TEXT,
            contact_email TEXT,
            contact_phone TEXT,
            contact_role TEXT
        );
        CREATE INDEX sites_by_customer ON sites(customer_id);
        CREATE TABLE stations (
            id TEXT PRIMARY KEY NOT NULL,
            site_id TEXT REFERENCES sites(id),
            registration TEXT NOT NULL,
            password_hash TEXT,
            vendor TEXT,
            model TEXT,
            serial_number TEXT,
            firmware_version TEXT,
            warranty_end REAL,
            last_boot_at REAL,
            pending_since REAL,
            connector_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stations_by_site ON stations(site_id);
        CREATE TABLE connectors (
            station_id TEXT NOT NULL REFERENCES stations(id),
            number INTEGER NOT NULL,
            status TEXT NOT NULL,
            error_code TEXT NOT NULL,
            info TEXT,
            vendor_id TEXT,
            vendor_error_code TEXT,
            timestamp REAL NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (station_id, number)
        ) WITHOUT ROWID;
        CREATE TABLE status_history (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            connector INTEGER NOT NULL,
            status TEXT NOT NULL,
            error_code TEXT NOT NULL,
            info TEXT,
            vendor_id TEXT,
            vendor_error_code TEXT,
            timestamp REAL NOT NULL,
            received_at REAL NOT NULL
        );
        CREATE INDEX status_history_by_station ON status_history(station_id, received_at);
        """

    /// Charging cards, transactions (the id is the OCPP transactionId), meter values and authorizations.
    private static let charging = """
        CREATE TABLE charging_cards (
            id_tag TEXT PRIMARY KEY NOT NULL,
            holder TEXT NOT NULL,
            customer_id TEXT NOT NULL REFERENCES customers(id),
            is_blocked INTEGER NOT NULL DEFAULT 0,
            expires_at REAL
        );
        CREATE INDEX charging_cards_by_customer ON charging_cards(customer_id);
        CREATE TABLE transactions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            station_id TEXT NOT NULL REFERENCES stations(id),
            connector INTEGER,
            id_tag TEXT,
            billing TEXT,
            meter_start_wh INTEGER,
            started_at REAL,
            reservation_id INTEGER,
            meter_stop_wh INTEGER,
            stopped_at REAL,
            stop_reason TEXT,
            stop_id_tag TEXT,
            transaction_data TEXT,
            is_stop_only INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX transactions_by_station ON transactions(station_id);
        CREATE INDEX transactions_by_id_tag ON transactions(id_tag);
        CREATE INDEX transactions_open ON transactions(id) WHERE stopped_at IS NULL;
        CREATE TABLE meter_values (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            connector INTEGER NOT NULL,
            transaction_id INTEGER,
            timestamp REAL NOT NULL,
            sampled_values TEXT NOT NULL,
            energy_wh REAL
        );
        CREATE INDEX meter_values_by_transaction ON meter_values(transaction_id, timestamp)
            WHERE transaction_id IS NOT NULL;
        CREATE TABLE authorization_attempts (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            id_tag TEXT NOT NULL,
            at REAL NOT NULL,
            source TEXT NOT NULL,
            verdict TEXT NOT NULL,
            billing TEXT
        );
        CREATE INDEX authorization_attempts_by_id_tag ON authorization_attempts(id_tag, at);
        """

    /// The frame journal, what stations report besides charging, and the outgoing command log.
    ///
    /// The command log has no foreign key: a command refused for an unknown station is logged too.
    private static let stationTraffic = """
        CREATE TABLE frame_journal (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            at REAL NOT NULL,
            direction TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX frame_journal_by_station ON frame_journal(station_id, at);
        CREATE INDEX frame_journal_by_time ON frame_journal(at);
        CREATE TABLE data_transfers (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            vendor_id TEXT NOT NULL,
            message_id TEXT,
            data TEXT,
            received_at REAL NOT NULL
        );
        CREATE INDEX data_transfers_by_station ON data_transfers(station_id, received_at);
        CREATE TABLE station_notifications (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL REFERENCES stations(id),
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            at REAL NOT NULL
        );
        CREATE INDEX station_notifications_by_station ON station_notifications(station_id, at);
        CREATE TABLE command_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            station_id TEXT NOT NULL,
            command TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            reason TEXT NOT NULL,
            request TEXT NOT NULL,
            requested_at REAL NOT NULL,
            outcome TEXT,
            response TEXT,
            error_code TEXT,
            error_description TEXT,
            refusal_reason TEXT,
            answered_at REAL
        );
        CREATE INDEX command_log_by_station ON command_log(station_id, requested_at);
        """

    /// Alarms raised on stations, with their clearing and acknowledgement.
    ///
    /// `severity` and `state` are stored as they were at the last write, for reading in the sqlite3 shell;
    /// `details` holds the alarm's facts as JSON.
    private static let alarms = """
        CREATE TABLE alarms (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            station_id TEXT NOT NULL REFERENCES stations(id),
            kind TEXT NOT NULL,
            connector INTEGER,
            transaction_id INTEGER,
            severity TEXT NOT NULL,
            state TEXT NOT NULL,
            raised_at REAL NOT NULL,
            cleared_at REAL,
            acknowledged_at REAL,
            acknowledged_by TEXT,
            comment TEXT,
            count INTEGER NOT NULL DEFAULT 1,
            details TEXT NOT NULL
        );
        CREATE INDEX alarms_open ON alarms(id) WHERE cleared_at IS NULL OR acknowledged_at IS NULL;
        CREATE INDEX alarms_by_station ON alarms(station_id, raised_at);
        """

    /// Logins and their open sessions.
    ///
    /// `password_hash` is the PBKDF2 text form (`pbkdf2-sha256$…`). A session is stored under the SHA-256 of its
    /// token, never the token, and ends with its account. `created_by` names the supervisor who made the login (NULL
    /// for one made on the command line) and has no foreign key, so that it stays readable whatever becomes of them.
    private static let accounts = """
        CREATE TABLE accounts (
            user_name TEXT PRIMARY KEY NOT NULL,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            customer_id TEXT REFERENCES customers(id),
            password_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until REAL,
            password_changed_at REAL NOT NULL,
            created_by TEXT,
            created_at REAL NOT NULL
        );
        CREATE INDEX accounts_by_customer ON accounts(customer_id) WHERE customer_id IS NOT NULL;
        CREATE TABLE login_sessions (
            token_digest TEXT PRIMARY KEY NOT NULL,
            user_name TEXT NOT NULL REFERENCES accounts(user_name) ON DELETE CASCADE,
            created_at REAL NOT NULL,
            last_seen_at REAL NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX login_sessions_by_user ON login_sessions(user_name);
        """
}
