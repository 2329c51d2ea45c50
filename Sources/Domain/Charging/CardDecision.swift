import Foundation

/// What the central system answers for an id tag, and how a session started with it is billed.
package struct CardDecision: Sendable, Equatable, Codable {
    package var verdict: CardVerdict
    /// Nil when the tag was refused.
    package var billing: SessionBilling?

    package init(verdict: CardVerdict, billing: SessionBilling?) {
        self.verdict = verdict
        self.billing = billing
    }

    /// Classifies `tag`: a known, valid card is internal; a foreign card follows `policy`.
    ///
    /// `card` is the store's entry for the tag, nil when the tag is not known.
    package static func classify(
        _ tag: IdTag, card: ChargingCard?, policy: ForeignCardPolicy, now: Date
    ) -> CardDecision {
        guard let card else {
            switch policy {
            case .acceptAsRoaming: return CardDecision(verdict: .accepted, billing: .externalRoaming)
            case .refuse: return CardDecision(verdict: .invalid, billing: nil)
            }
        }
        if card.isBlocked { return CardDecision(verdict: .blocked, billing: nil) }
        if let expiry = card.expiresAt, expiry <= now { return CardDecision(verdict: .expired, billing: nil) }
        return CardDecision(verdict: .accepted, billing: .internal)
    }
}

/// The answer given to a station for an id tag (OCPP AuthorizationStatus).
package enum CardVerdict: String, Sendable, Codable, CaseIterable {
    case accepted = "Accepted"
    case blocked = "Blocked"
    case expired = "Expired"
    case invalid = "Invalid"
    case concurrentTx = "ConcurrentTx"
}

/// How a session's revenue is paid out to the station owner.
package enum SessionBilling: String, Sendable, Codable, CaseIterable {
    /// Started with a known card: paid out at 100 %.
    case `internal`
    /// Started with a foreign provider's card: paid out at 90 %.
    case externalRoaming = "external-roaming"

    /// The owner's share of the revenue, in percent.
    package var payoutPercent: Int {
        switch self {
        case .internal: 100
        case .externalRoaming: 90
        }
    }
}

/// What to do with a card Leitstand does not know.
package enum ForeignCardPolicy: String, Sendable, Codable, CaseIterable {
    case acceptAsRoaming = "accept"
    case refuse
}
