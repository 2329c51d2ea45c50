import Domain
import OCPP

@testable import Backend

extension TestBackend {
    /// The `ChargePointRequestHandler`'s answer to the request `action` with `payloadJSON` from `station`, received now.
    func handle(_ action: String, _ payloadJSON: String, from station: StationID) async throws -> ChargePointResponse {
        let call = Call(messageID: "test", action: action, payload: try JSONValue(parsing: payloadJSON))
        let request = try ChargePointRequest.decode(call).get()
        let handler = ChargePointRequestHandler(committer: committer, settings: settings, clock: clock)
        return try await withCheckedThrowingContinuation { answer in
            handler.handle(request, from: station, at: clock.now()) { answer.resume(with: $0) }
        }
    }

    /// Starts a transaction at `TestFleet.station` at the fleet's start time; returns the answer.
    func start(connector: Int, card: IdTag, meterStart: Int) async throws -> StartTransactionResponse {
        let response = try await handle(
            "StartTransaction",
            """
            {"connectorId": \(connector), "idTag": "\(card)", "meterStart": \(meterStart),
             "timestamp": "2026-01-01T00:00:00Z"}
            """,
            from: TestFleet.station)
        guard case .startTransaction(let answer) = response else { throw UnexpectedResponse(response: response) }
        return answer
    }
}

/// A request was answered with a response for another action.
struct UnexpectedResponse: Error {
    var response: ChargePointResponse
}
