import Foundation

/// An id tag a station presented (Authorize, StartTransaction, StopTransaction), not yet judged.
///
/// The store judges it in the transaction that keeps the attempt: it looks the card up, `judged(card:)` applies
/// the rules, and the attempt is stored with the answer the station gets.
package struct CardPresentation: Sendable, Equatable {
    package var stationID: StationID
    package var idTag: IdTag
    package var at: Date
    package var source: AuthorizationSource
    package var foreignCardPolicy: ForeignCardPolicy

    package init(
        stationID: StationID, idTag: IdTag, at: Date, source: AuthorizationSource,
        foreignCardPolicy: ForeignCardPolicy
    ) {
        self.stationID = stationID
        self.idTag = idTag
        self.at = at
        self.source = source
        self.foreignCardPolicy = foreignCardPolicy
    }

    /// The attempt to keep, given the store's entry for the tag (nil when the tag is not known).
    package func judged(card: ChargingCard?) -> AuthorizationAttempt {
        AuthorizationAttempt(
            stationID: stationID, idTag: idTag, at: at, source: source,
            decision: CardDecision.classify(idTag, card: card, policy: foreignCardPolicy, now: at))
    }
}
