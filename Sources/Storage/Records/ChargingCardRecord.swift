import Domain
import GRDB

/// A row of `charging_cards`: a known id tag, keyed by the tag as the station sends it.
struct ChargingCardRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "charging_cards"

    enum Columns: String, ColumnExpression {
        case idTag = "id_tag"
        case holder
        case customerID = "customer_id"
        case isBlocked = "is_blocked"
        case expiresAt = "expires_at"
    }

    var card: ChargingCard

    init(_ card: ChargingCard) { self.card = card }

    /// The card with `tag`, through a cached statement: it is looked up for every Authorize and StartTransaction,
    /// inside the commit, where preparing a query anew each time showed as a twentieth of the server's CPU.
    static func card(_ tag: IdTag, in db: Database) throws -> ChargingCard? {
        let statement = try db.cachedStatement(
            sql: "SELECT id_tag, holder, customer_id, is_blocked, expires_at FROM charging_cards WHERE id_tag = ?")
        return try fetchOne(statement, arguments: [tag.rawValue])?.card
    }

    init(row: Row) throws {
        card = ChargingCard(
            idTag: IdTag(try row.decode(String.self, forColumn: Columns.idTag)),
            holder: try row.decode(forColumn: Columns.holder),
            customerID: CustomerID(try row.decode(String.self, forColumn: Columns.customerID)),
            isBlocked: try row.decode(forColumn: Columns.isBlocked),
            expiresAt: try row.optionalDate(Columns.expiresAt))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.idTag] = card.idTag.rawValue
        container[Columns.holder] = card.holder
        container[Columns.customerID] = card.customerID.rawValue
        container[Columns.isBlocked] = card.isBlocked
        container[Columns.expiresAt] = card.expiresAt?.timeIntervalSince1970
    }
}
