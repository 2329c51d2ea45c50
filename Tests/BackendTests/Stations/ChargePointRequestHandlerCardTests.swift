import Domain
import Foundation
import OCPP
import Testing

@Suite("ChargePointRequestHandler: cards")
struct ChargePointRequestHandlerCardTests {
    /// One card asked about under one foreign-card policy, with the answer and billing it must get.
    struct Case: Sendable, CustomTestStringConvertible {
        var card: IdTag
        var policy: ForeignCardPolicy
        var status: AuthorizationStatus
        var decision: CardDecision

        var testDescription: String { "\(card) with policy \(policy.rawValue) → \(status.rawValue)" }
    }

    static let cases = [
        Case(
            card: TestFleet.knownCard, policy: .refuse, status: .accepted,
            decision: CardDecision(verdict: .accepted, billing: .internal)),
        Case(
            card: TestFleet.foreignCard, policy: .acceptAsRoaming, status: .accepted,
            decision: CardDecision(verdict: .accepted, billing: .externalRoaming)),
        Case(
            card: TestFleet.foreignCard, policy: .refuse, status: .invalid,
            decision: CardDecision(verdict: .invalid, billing: nil)),
        Case(
            card: TestFleet.blockedCard, policy: .acceptAsRoaming, status: .blocked,
            decision: CardDecision(verdict: .blocked, billing: nil)),
        Case(
            card: TestFleet.expiredCard, policy: .acceptAsRoaming, status: .expired,
            decision: CardDecision(verdict: .expired, billing: nil)),
    ]

    @Test("Authorize answers the card's verdict and stores the attempt with its billing class", arguments: cases)
    func authorize(_ test: Case) async throws {
        try await TestBackend.run(foreignCards: test.policy) { backend in
            let response = try await backend.handle(
                "Authorize", #"{"idTag": "\#(test.card.rawValue)"}"#, from: TestFleet.station)
            #expect(response == .authorize(AuthorizeResponse(idTagInfo: IdTagInfo(status: test.status))))
            let attempts = try await backend.store.authorizations(idTag: test.card, limit: 10)
            #expect(
                attempts == [
                    AuthorizationAttempt(
                        stationID: TestFleet.station, idTag: test.card, at: TestFleet.start, source: .authorize,
                        decision: test.decision)
                ])
        }
    }

    @Test("a StartTransaction's card is judged like an Authorize, and the attempt is stored as from StartTransaction")
    func startTransactionJudgesTheCard() async throws {
        try await TestBackend.run(foreignCards: .refuse) { backend in
            let response = try await backend.handle(
                "StartTransaction",
                #"{"connectorId": 1, "idTag": "\#(TestFleet.foreignCard)", "meterStart": 0, "timestamp": "2026-01-01T00:00:00Z"}"#,
                from: TestFleet.station)
            guard case .startTransaction(let answer) = response else {
                Issue.record("expected a StartTransaction answer, got \(response)")
                return
            }
            #expect(answer.idTagInfo == IdTagInfo(status: .invalid))
            let attempts = try await backend.store.authorizations(idTag: TestFleet.foreignCard, limit: 10)
            #expect(attempts.map(\.source) == [.startTransaction])
            #expect(attempts.map(\.decision) == [CardDecision(verdict: .invalid, billing: nil)])
        }
    }
}
