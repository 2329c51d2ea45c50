import Domain
import GRDB

/// Reference data: customers, sites, stations and cards. Each save is one transaction.
extension LeitstandDatabase {
    /// Inserts or updates `customers`; a customer's contacts are replaced by the given list.
    package func saveCustomers(_ customers: [Customer]) async throws {
        try await writer.write { db in
            for customer in customers {
                try CustomerRecord(customer).upsert(db)
                try CustomerContactRecord.filter(CustomerContactRecord.Columns.customerID == customer.id.rawValue)
                    .deleteAll(db)
                for (position, contact) in customer.contacts.enumerated() {
                    try CustomerContactRecord(customerID: customer.id, position: position, contact: contact).insert(db)
                }
            }
        }
    }

    package func saveSites(_ sites: [Site]) async throws {
        try await writer.write { db in
            for site in sites { try SiteRecord(site).upsert(db) }
        }
    }

    /// Inserts or updates `stations`. A station saved without an identity or last boot time keeps the ones its
    /// BootNotification stored, so that registering a pending station does not forget what it reported.
    package func saveStations(_ stations: [Station]) async throws {
        try await writer.write { db in
            for station in stations { try StationRecord.upsert(station, in: db) }
        }
    }

    package func saveCards(_ cards: [ChargingCard]) async throws {
        try await writer.write { db in
            for card in cards { try ChargingCardRecord(card).upsert(db) }
        }
    }

    package func station(_ id: StationID) async throws -> Station? {
        try await writer.read { db in
            // A cached statement: every station's handshake reads its row.
            try StationRecord.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM stations WHERE id = ?"), arguments: [id.rawValue])?.station
        }
    }

    /// All stations, ordered by id.
    package func stations() async throws -> [Station] {
        try await writer.read { db in
            try StationRecord.order(StationRecord.Columns.id).fetchAll(db).map(\.station)
        }
    }

    package func stationCount() async throws -> Int {
        try await writer.read { db in try StationRecord.fetchCount(db) }
    }

    /// The password hash of every station that has one: what the server needs to admit stations at startup.
    package func stationCredentials() async throws -> [StationID: String] {
        try await writer.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, password_hash FROM stations WHERE password_hash NOT NULL")
            var credentials: [StationID: String] = [:]
            while let row = try rows.next() {
                credentials[try row.stationID(StationRecord.Columns.id, table: StationRecord.databaseTableName)] =
                    try row.decode(String.self, forColumn: StationRecord.Columns.passwordHash)
            }
            return credentials
        }
    }

    package func site(_ id: SiteID) async throws -> Site? {
        try await writer.read { db in try SiteRecord.fetchOne(db, key: id.rawValue)?.site }
    }

    /// All sites, ordered by id.
    package func sites() async throws -> [Site] {
        try await writer.read { db in try SiteRecord.order(SiteRecord.Columns.id).fetchAll(db).map(\.site) }
    }

    package func customer(_ id: CustomerID) async throws -> Customer? {
        try await writer.read { db in
            guard let record = try CustomerRecord.fetchOne(db, key: id.rawValue) else { return nil }
            let contacts =
                try CustomerContactRecord
                .filter(CustomerContactRecord.Columns.customerID == id.rawValue)
                .order(CustomerContactRecord.Columns.position)
                .fetchAll(db)
            return record.customer(contacts: contacts.map(\.contact))
        }
    }

    /// All customers with their contacts, ordered by id.
    package func customers() async throws -> [Customer] {
        try await writer.read { db in
            let contacts =
                try CustomerContactRecord
                .order(CustomerContactRecord.Columns.customerID, CustomerContactRecord.Columns.position)
                .fetchAll(db)
            let contactsByCustomer = Dictionary(grouping: contacts, by: \.customerID)
            return try CustomerRecord.order(CustomerRecord.Columns.id).fetchAll(db).map { record in
                record.customer(contacts: contactsByCustomer[record.id, default: []].map(\.contact))
            }
        }
    }

    package func card(_ tag: IdTag) async throws -> ChargingCard? {
        try await writer.read { db in try ChargingCardRecord.card(tag, in: db) }
    }
}
