import BackendClient
import Console
import Domain
import Foundation
import Synchronization

/// A test double of `BackendClient`: answers from fixed data, records the calls, refuses changing
/// commands the way the backend's command gate does, and plays a scripted live stream.
final class RecordedBackend: BackendClient {
    let account: AccountSummary
    let snapshot: FleetSnapshot
    let alarms: [AlarmSummary]
    let details: [StationID: StationDetail]
    let cards: [IdTag: CardReport]
    let sessions: [TransactionID: SessionReport]
    let configuration: StationConfiguration
    /// Updates the live stream yields, then it ends with `streamEnd` (nil ends it cleanly) unless `streamStaysOpen`.
    let liveScript: [LiveUpdate]
    let streamEnd: BackendClientError?
    let streamStaysOpen: Bool
    /// When set, every call fails with it.
    let failure: BackendClientError?
    let calls = Mutex<[String]>([])

    init(
        account: AccountSummary = Fixtures.agent, snapshot: FleetSnapshot = FleetSnapshot(revision: 1, rows: []),
        alarms: [AlarmSummary] = [], details: [StationID: StationDetail] = [:], cards: [IdTag: CardReport] = [:],
        sessions: [TransactionID: SessionReport] = [:],
        configuration: StationConfiguration = StationConfiguration(entries: [], unknownKeys: []),
        liveScript: [LiveUpdate] = [], streamEnd: BackendClientError? = nil, streamStaysOpen: Bool = false,
        failure: BackendClientError? = nil
    ) {
        self.account = account
        self.snapshot = snapshot
        self.alarms = alarms
        self.details = details
        self.cards = cards
        self.sessions = sessions
        self.configuration = configuration
        self.liveScript = liveScript
        self.streamEnd = streamEnd
        self.streamStaysOpen = streamStaysOpen
        self.failure = failure
    }

    var recordedCalls: [String] { calls.withLock { $0 } }

    /// Nothing for every row, else ` filter=TEXT` and the stations asked for whatever the filter says.
    private static func describe(_ scope: FleetScope) -> String {
        guard !scope.isEverything else { return "" }
        return " filter=\(scope.filter.text)" + scope.stations.sorted().map { " +\($0.rawValue)" }.joined()
    }

    private func record(_ call: String) throws(BackendClientError) {
        calls.withLock { $0.append(call) }
        if let failure { throw failure }
    }

    func fleet(in scope: FleetScope) async throws(BackendClientError) -> FleetSnapshot {
        try record("fleet" + Self.describe(scope))
        return snapshot
    }

    func liveUpdates(in scope: FleetScope) -> AsyncThrowingStream<LiveUpdate, any Error> {
        calls.withLock { $0.append("liveUpdates" + Self.describe(scope)) }
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: LiveUpdate.self)
        for update in liveScript { continuation.yield(update) }
        if !streamStaysOpen { continuation.finish(throwing: streamEnd) }
        return stream
    }

    func stationDetail(_ id: StationID) async throws(BackendClientError) -> StationDetail {
        try record("stationDetail \(id)")
        guard let detail = details[id] else { throw .stationNotFound(id) }
        return detail
    }

    func openAlarms() async throws(BackendClientError) -> [AlarmSummary] {
        try record("openAlarms")
        return alarms
    }

    func acknowledge(_ alarm: AlarmID, comment: String) async throws(BackendClientError) -> AlarmSummary {
        try record("acknowledge \(alarm) \(comment)")
        guard let summary = alarms.first(where: { $0.id == alarm }) else { throw .notFound("alarm \(alarm)") }
        return Fixtures.acknowledged(summary, by: account.userName, comment: comment)
    }

    func card(_ tag: IdTag) async throws(BackendClientError) -> CardReport {
        try record("card \(tag)")
        return cards[tag] ?? CardReport(idTag: tag, card: nil, ownerName: nil, authorizations: [], sessions: [])
    }

    func session(_ id: TransactionID) async throws(BackendClientError) -> SessionReport {
        try record("session \(id)")
        guard let report = sessions[id] else { throw .notFound("session \(id)") }
        return report
    }

    func liveConfiguration(of station: StationID, keys: [String]) async throws(BackendClientError)
        -> StationConfiguration
    {
        try record("liveConfiguration \(station)")
        return configuration
    }

    func run(_ command: CommandRequest) async throws(BackendClientError) -> CommandLogEntry {
        try record("run \(command.command.rawValue) \(command.station)")
        if let refusal = CommandGate.check(command.command, for: command.station) { throw .refused(refusal) }
        return CommandLogEntry(
            stationID: command.station, command: command.command, requestedBy: AgentLogin(account.userName),
            reason: command.reason, requestJSON: command.payloadJSON, requestedAt: Fixtures.now,
            outcome: .answered(responseJSON: #"{"status":"Accepted"}"#), answeredAt: Fixtures.now)
    }

    func changePassword(current: String, new: String) async throws(BackendClientError) {
        try record("changePassword")
        if current != "old" { throw .loginRefused(.wrongCredentials(remainingAttempts: 2)) }
    }

    func createAccount(_ account: NewAccount) async throws(BackendClientError) -> AccountSummary {
        try record("createAccount")
        throw .forbidden("create accounts")
    }

    func resetPassword(of userName: String, to password: String) async throws(BackendClientError) {
        try record("resetPassword")
        throw .forbidden("reset passwords")
    }

    func logout() async {
        calls.withLock { $0.append("logout") }
    }
}

/// A gateway in front of a `RecordedBackend`: one password works, anything else is refused.
struct RecordedGateway: BackendGateway {
    let backend: RecordedBackend
    let password: String

    func login(userName: String, password: String) async throws(BackendClientError) -> any BackendClient {
        guard password == self.password else { throw .loginRefused(.wrongCredentials(remainingAttempts: 2)) }
        return backend
    }
}
