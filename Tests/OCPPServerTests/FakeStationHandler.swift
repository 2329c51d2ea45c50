import OCPP
import OCPPServer
import Synchronization

/// Records what the server tells the backend and answers every CALL with `{"status": "Accepted"}`.
///
/// Three actions behave differently: `AskBack` first sends the station a `GetConfiguration` call and answers
/// with the station's reply payload; `Misanswer` answers with a wrong message id; `Slow` answers 20 ms later,
/// from another task, counting how many it answers at once.
struct FakeStationHandler: StationSessionHandler {
    /// What happened, in order.
    enum Event: Sendable, Equatable {
        case opened(station: String, generation: UInt64)
        case callReceived(station: String, action: String, messageID: String)
        case frameRefused(station: String, code: OCPPErrorCode)
        case closed(station: String, generation: UInt64, reason: CloseReason)
    }

    let events = EventLog<Event>()
    /// How many `Slow` CALLs the handler was answering at once, at most.
    let slowCalls = InFlightCounter()
    /// How many `Slow` CALLs were still being answered when each session closed.
    let slowCallsAtClose = EventLog<Int>()
    let journal = EventLog<FrameRecord>()

    func sessionOpened(_ connection: StationConnection) async {
        events.append(.opened(station: connection.stationID, generation: connection.generation))
    }

    func callReceived(_ call: Call, on connection: StationConnection, reply: CallReply) {
        events.append(.callReceived(station: connection.stationID, action: call.action, messageID: call.messageID))
        if call.action == "AskBack" {
            Task { reply.send(await Self.askBack(call, on: connection)) }
        } else if call.action == "Slow" {
            slowCalls.started()
            Task {
                try? await Task.sleep(for: .milliseconds(20))
                slowCalls.ended()
                reply.send(Self.answer(call))
            }
        } else {
            reply.send(Self.answer(call))
        }
    }

    private static func askBack(_ call: Call, on connection: StationConnection) async -> Frame {
        do {
            let reply = try await connection.send(
                action: "GetConfiguration",
                payload: .object([:]),
                timeout: .seconds(10)
            )
            guard case .callResult(let result) = reply else { return Self.genericError(call) }
            return .callResult(CallResult(messageID: call.messageID, payload: result.payload))
        } catch {
            return Self.genericError(call)
        }
    }

    private static func answer(_ call: Call) -> Frame {
        switch call.action {
        case "Misanswer":
            return .callResult(CallResult(messageID: "not-" + call.messageID, payload: .object([:])))
        default:
            return .callResult(CallResult(messageID: call.messageID, payload: .object(["status": .string("Accepted")])))
        }
    }

    func sessionClosed(_ connection: StationConnection, reason: CloseReason) async {
        slowCallsAtClose.append(slowCalls.current)
        events.append(.closed(station: connection.stationID, generation: connection.generation, reason: reason))
    }

    func frameRefused(_ error: CallError, on connection: StationConnection) {
        events.append(.frameRefused(station: connection.stationID, code: error.code))
    }

    func frameJournaled(_ record: FrameRecord, on connection: StationConnection) {
        journal.append(record)
    }

    private static func genericError(_ call: Call) -> Frame {
        .callError(CallError(messageID: call.messageID, code: .genericError, description: "AskBack failed."))
    }
}

/// Counts work in flight and remembers the most there ever was.
final class InFlightCounter: Sendable {
    private let state = Mutex((now: 0, most: 0))

    func started() {
        state.withLock { state in
            state.now += 1
            state.most = max(state.most, state.now)
        }
    }

    func ended() { state.withLock { $0.now -= 1 } }

    var most: Int { state.withLock { $0.most } }
    var current: Int { state.withLock { $0.now } }
}
