import Domain
import GRDB

/// Sentences for a change the database refused, written for a support agent.
extension StoreFailure {
    /// "<what> was not stored: <why>."
    init(_ change: StoreChange, reason: String) {
        self.init("\(Self.subject(of: change)) was not stored: \(reason).")
    }

    init(_ change: StoreChange, refusedWith error: DatabaseError) {
        let reason: String
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            reason = "station \(Self.list(Self.stations(of: change))) is not registered in Leitstand"
        case .SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE:
            reason = "it is stored already"
        case .SQLITE_CONSTRAINT_NOTNULL, .SQLITE_CONSTRAINT_CHECK:
            reason = "a value it needs is missing or out of range"
        case .SQLITE_TOOBIG:
            reason = "it is larger than the database accepts"
        default:
            reason = "the database refused it (SQLite code \(error.extendedResultCode.rawValue))"
        }
        self.init(change, reason: reason)
    }

    /// Whether `error` refuses one change (so the batch goes on without it) rather than the database failing.
    static func isRefusal(_ error: DatabaseError) -> Bool {
        switch error.resultCode {
        case .SQLITE_CONSTRAINT, .SQLITE_TOOBIG, .SQLITE_MISMATCH: true
        default: false
        }
    }

    private static func subject(of change: StoreChange) -> String {
        switch change {
        case .stationBooted(let id, _, _): "The boot notification of \(id)"
        case .stationPendingRegistration(let id, _): "The pending registration of \(id)"
        case .statusReported(let report): "The status of \(report.stationID) connector \(report.connector)"
        case .transactionStarted(let start):
            "The start of a charging session at \(start.stationID) connector \(start.connector)"
        case .transactionStopped(let id, let stationID, _): "The stop of transaction \(id) at \(stationID)"
        case .meterValuesReported(let readings): "\(readings.count) meter value(s) from \(list(stations(of: change)))"
        case .cardPresented(let presentation):
            "The authorization of card \(presentation.idTag.masked) at \(presentation.stationID)"
        case .stationNotified(let id, let kind, _, _): "The \(kind) from \(id)"
        case .dataTransferReceived(let id, let vendorID, _, _, _): "The data transfer from \(id) (vendor \(vendorID))"
        case .commandLogged(let entry): "The log entry of the \(entry.command.rawValue) to \(entry.stationID)"
        case .commandAnswered(let logID, _, _): "The answer to command log entry \(logID)"
        }
    }

    /// The stations a change is about, without repeats.
    private static func stations(of change: StoreChange) -> [StationID] {
        let all: [StationID] =
            switch change {
            case .stationBooted(let id, _, _), .stationPendingRegistration(let id, _),
                .transactionStopped(_, let id, _), .stationNotified(let id, _, _, _),
                .dataTransferReceived(let id, _, _, _, _):
                [id]
            case .statusReported(let report): [report.stationID]
            case .transactionStarted(let start): [start.stationID]
            case .meterValuesReported(let readings): readings.map(\.stationID)
            case .cardPresented(let presentation): [presentation.stationID]
            case .commandLogged(let entry): [entry.stationID]
            case .commandAnswered: []
            }
        return Array(Set(all)).sorted()
    }

    private static func list(_ stations: [StationID]) -> String {
        stations.map(\.rawValue).joined(separator: ", ")
    }
}
