import Foundation

/// One time a station asked about an id tag, with the answer it got: what support reads when a driver calls.
package struct AuthorizationAttempt: Sendable, Equatable, Codable {
    package var stationID: StationID
    package var idTag: IdTag
    package var at: Date
    package var source: AuthorizationSource
    package var decision: CardDecision

    package init(stationID: StationID, idTag: IdTag, at: Date, source: AuthorizationSource, decision: CardDecision) {
        self.stationID = stationID
        self.idTag = idTag
        self.at = at
        self.source = source
        self.decision = decision
    }
}

/// The OCPP message that carried an id tag.
package enum AuthorizationSource: String, Sendable, Codable, CaseIterable {
    case authorize = "Authorize"
    case startTransaction = "StartTransaction"
    case stopTransaction = "StopTransaction"
}
