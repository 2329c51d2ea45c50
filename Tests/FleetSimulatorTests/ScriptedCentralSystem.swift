import FleetSimulator
import Foundation
import OCPP

/// Answers a station's CALLs at once, like a permissive central system, and drives the station in virtual time.
///
/// No socket and no clock: the test owns `now`. BootNotification is accepted with `heartbeatSeconds`, Authorize and
/// StartTransaction with `idTagStatus` (StartTransaction numbers transactions from 1), everything else gets `{}`.
struct ScriptedCentralSystem {
    var heartbeatSeconds: Int64 = 300
    var idTagStatus = "Accepted"
    private(set) var transactionCount: Int64 = 0
    /// Every CALL the station sent, in order, with the offset at which it was sent.
    private(set) var calls: [(call: Call, at: Duration)] = []
    /// Every action the station returned other than sends, in order.
    private(set) var otherActions: [StationSimulation.Action] = []

    /// The epoch the test stations use: 2025-05-01T10:00:00Z.
    static let epoch = Date(timeIntervalSince1970: 1_746_093_600)

    mutating func answer(_ call: Call) -> Frame {
        let payload: JSONValue
        switch call.action {
        case "BootNotification":
            payload = .object([
                "status": .string("Accepted"), "interval": .integer(heartbeatSeconds),
                "currentTime": .string("2025-05-01T10:00:00.000Z"),
            ])
        case "Authorize":
            payload = .object(["idTagInfo": .object(["status": .string(idTagStatus)])])
        case "StartTransaction":
            transactionCount += 1
            payload = .object([
                "transactionId": .integer(transactionCount), "idTagInfo": .object(["status": .string(idTagStatus)]),
            ])
        default:
            payload = .object([:])
        }
        return .callResult(CallResult(messageID: call.messageID, payload: payload))
    }

    /// Runs `station` from offset zero to `end`: connects it, answers each CALL at once, reopens dropped links.
    ///
    /// The first CALL that `holding` picks stays unanswered: the run ends there and returns it with its offset.
    @discardableResult
    mutating func drive(
        _ station: inout StationSimulation,
        until end: Duration,
        holding: (Call) -> Bool = { _ in false }
    ) -> (call: Call, at: Duration)? {
        var now = Duration.zero
        var actions = station.timeReached(now)
        while true {
            var next: [StationSimulation.Action] = []
            for action in actions {
                switch action {
                case .connect:
                    next += station.connectionOpened(at: now)
                case .send(.call(let call)):
                    calls.append((call, now))
                    if holding(call) { return (call, now) }
                    next += station.frameReceived(answer(call), at: now)
                case .disconnect:
                    next += station.connectionClosed(at: now)
                default:
                    otherActions.append(action)
                }
            }
            actions = next
            if actions.isEmpty {
                guard let wakeUp = station.nextWakeUp, wakeUp <= end else { return nil }
                now = max(now, wakeUp)
                actions = station.timeReached(now)
            }
        }
    }

    /// A station for tests: one connector, no faults, no foreign cards, no random disconnects, unless changed.
    static func station(
        seed: UInt64 = 7,
        endsAt: Duration = .seconds(3_600),
        configure: (inout StationBehaviour) -> Void = { _ in }
    ) -> StationSimulation {
        var behaviour = StationBehaviour()
        behaviour.connectorCounts = 1...1
        behaviour.faultProbability = 0
        behaviour.foreignTagProbability = 0
        behaviour.meanTimeBetweenDisconnects = nil
        configure(&behaviour)
        return StationSimulation(
            id: ChargePointID("SIM-00001"),
            behaviour: behaviour,
            random: SeededGenerator(seed: seed),
            epoch: epoch,
            endsAt: endsAt
        )
    }
}

extension Call {
    /// The string field `key` of the payload.
    func field(_ key: String) -> JSONValue? {
        payload.objectValue?[key]
    }

    /// A short label: the action, and for StatusNotification the status.
    var label: String {
        if action == "StatusNotification", let status = field("status")?.stringValue { return "Status \(status)" }
        return action
    }
}
