import Foundation

/// The backend's durable store. SQL lives behind this interface, so that a second store (PostgreSQL)
/// can be added without touching domain or backend code.
///
/// Writes come as batches of `StoreChange`: all of a batch commits in one transaction (group commit), and
/// a change that fails is rolled back alone and reported in its slot of the result.
package protocol LeitstandStore: Sendable {
    /// Applies `changes` in one transaction; returns one result per change, in order.
    /// Throws only when the transaction itself could not commit (then nothing of the batch is durable).
    func apply(_ changes: [StoreChange]) async throws -> [Result<StoreReceipt, StoreFailure>]

    /// Appends frames to the journal, in one transaction of its own: the journal is a record for support, kept
    /// apart from the acknowledged changes, so that writing it never holds them up.
    func appendJournal(_ entries: [JournalEntry]) async throws

    // Reference data.
    func saveCustomers(_ customers: [Customer]) async throws
    func saveSites(_ sites: [Site]) async throws
    func saveStations(_ stations: [Station]) async throws
    func saveCards(_ cards: [ChargingCard]) async throws

    func station(_ id: StationID) async throws -> Station?
    func stations() async throws -> [Station]
    func stationCount() async throws -> Int
    func site(_ id: SiteID) async throws -> Site?
    func sites() async throws -> [Site]
    func customer(_ id: CustomerID) async throws -> Customer?
    func customers() async throws -> [Customer]
    func card(_ tag: IdTag) async throws -> ChargingCard?

    // History that support reads.
    func session(_ id: TransactionID) async throws -> ChargingSession?
    func openSessions() async throws -> [ChargingSession]
    func sessions(station: StationID, limit: Int) async throws -> [ChargingSession]
    func sessions(idTag: IdTag, limit: Int) async throws -> [ChargingSession]
    func meterReadings(transaction: TransactionID) async throws -> [MeterReading]
    func statusHistory(station: StationID, limit: Int) async throws -> [StatusReport]
    /// The latest status of each connector of a station.
    func currentStatuses(station: StationID) async throws -> [StatusReport]
    func authorizations(idTag: IdTag, limit: Int) async throws -> [AuthorizationAttempt]
    func journal(station: StationID, limit: Int) async throws -> [JournalEntry]
    func commandLog(station: StationID, limit: Int) async throws -> [CommandLogEntry]

    /// Deletes journal entries older than `date`; returns how many went.
    func pruneJournal(before date: Date) async throws -> Int
}

/// Why one change of a batch could not be stored.
package struct StoreFailure: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
