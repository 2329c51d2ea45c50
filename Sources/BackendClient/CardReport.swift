import Domain

/// What the hotline needs when a driver calls about a card: whose it is (or that it is foreign), what
/// answer each of its recent authorisations got, and its sessions.
package struct CardReport: Sendable, Equatable, Codable {
    package var idTag: IdTag
    /// The registered card; nil for a foreign card (roaming, or unknown).
    package var card: ChargingCard?
    /// The card owner's name, when the card is known.
    package var ownerName: String?
    /// Newest first.
    package var authorizations: [AuthorizationAttempt]
    /// Newest first.
    package var sessions: [ChargingSession]

    package init(
        idTag: IdTag, card: ChargingCard?, ownerName: String?, authorizations: [AuthorizationAttempt],
        sessions: [ChargingSession]
    ) {
        self.idTag = idTag
        self.card = card
        self.ownerName = ownerName
        self.authorizations = authorizations
        self.sessions = sessions
    }
}
