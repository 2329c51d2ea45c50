import BackendClient
import Domain

/// Cards and sessions: what the hotline looks up when a driver calls.
extension BackendAPI {
    /// A card's report. Staff see every card. A customer sees its own cards whole; of any other card (foreign,
    /// or another customer's) only what happened at its own stations, without holder or owner, and not found
    /// when nothing did.
    package func card(_ tag: IdTag, for caller: Caller) async throws(BackendClientError) -> CardReport {
        let limit = Self.historyLimit
        let (card, authorizations, sessions) = try await reading {
            (
                try await store.card(tag), try await store.authorizations(idTag: tag, limit: limit),
                try await store.sessions(idTag: tag, limit: limit)
            )
        }
        if let card, caller.maySee(ownedBy: card.customerID) {
            let owner = try await reading { try await store.customer(card.customerID) }
            return CardReport(
                idTag: tag, card: card, ownerName: owner?.name, authorizations: authorizations, sessions: sessions)
        }
        if caller.role != .customer {
            return CardReport(idTag: tag, card: nil, ownerName: nil, authorizations: authorizations, sessions: sessions)
        }
        let report = CardReport(
            idTag: tag, card: nil, ownerName: nil,
            authorizations: authorizations.filter { caller.maySee(ownedBy: owner(of: $0.stationID)) },
            sessions: sessions.filter { caller.maySee(ownedBy: owner(of: $0.stationID)) })
        guard !report.authorizations.isEmpty || !report.sessions.isEmpty else { throw .notFound("Card \(tag)") }
        return report
    }

    /// A session with its meter readings, for a caller who may see its station.
    package func session(_ id: TransactionID, for caller: Caller) async throws(BackendClientError) -> SessionReport {
        let session = try await reading { try await store.session(id) }
        guard let session, caller.maySee(ownedBy: owner(of: session.stationID)) else {
            throw .notFound("Session \(id)")
        }
        let readings = try await reading { try await store.meterReadings(transaction: id) }
        return SessionReport(session: session, readings: readings)
    }
}
