import BackendClient
import Domain

/// A charging card for a driver's call: holder and owner, or that it is foreign; its recent
/// authorisations with the answer and station; its sessions.
enum CardPage {
    static func lines(_ state: ConsoleState) -> [PageLine] {
        if let placeholder = PageBuilder.placeholder(state.model.card, state: state) { return placeholder }
        guard let report = state.model.card.value else { return [] }
        let strings = state.strings
        var lines: [PageLine] = [.field(strings.labelIdTag, report.idTag.rawValue)]
        if let card = report.card {
            lines.append(.field(strings.labelHolder, card.holder))
            lines.append(
                .field(strings.labelCardOwner, "\(report.ownerName ?? strings.unknownValue) (\(card.customerID))"))
            if card.isBlocked { lines.append(.item(strings.cardBlocked, role: .error)) }
            if let expiry = card.expiresAt {
                lines.append(.field(strings.cardExpires, StationPage.time(expiry, state)))
            }
        } else {
            lines.append(.item(strings.foreignCard, role: .stationPending))
        }
        lines.append(.heading(strings.sectionAuthorizations))
        if report.authorizations.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for attempt in report.authorizations {
            let verdict = attempt.decision.verdict
            let text =
                "\(StationPage.time(attempt.at, state))  \(attempt.stationID)  \(attempt.source.rawValue)  "
                + "\(strings.verdictName(verdict))  \(strings.billingName(attempt.decision.billing))"
            lines.append(.item(text, role: verdict == .accepted ? .text : .error))
        }
        lines.append(.heading(strings.sectionSessions))
        if report.sessions.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for session in report.sessions { lines.append(.item(SessionPage.summary(session, state: state))) }
        return lines
    }
}
