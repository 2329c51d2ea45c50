import BackendClient
import Console
import Domain
import Foundation
import Synchronization
import Testing

@Suite("Effect runner against a recorded backend")
struct EffectRunnerTests {
    private func run(_ effect: ConsoleEffect, on runner: EffectRunner<ContinuousClock>) async -> [BackendMessage] {
        let messages = Mutex<[BackendMessage]>([])
        await runner.perform(effect) { message in messages.withLock { $0.append(message) } }
        return messages.withLock { $0 }
    }

    private func runner(_ backend: RecordedBackend, password: String = "pw") -> EffectRunner<ContinuousClock> {
        EffectRunner(
            gateway: RecordedGateway(backend: backend, password: password),
            themes: ThemeLoader(directory: URL(fileURLWithPath: "/nonexistent")), clock: ContinuousClock())
    }

    /// What a runner reported, from any task.
    private final class Inbox: Sendable {
        let messages = Mutex<[BackendMessage]>([])
        func emit(_ message: BackendMessage) { messages.withLock { $0.append(message) } }
        var all: [BackendMessage] { messages.withLock { $0 } }
    }

    @Test(
        "a new subscription ends the stream of the one before, quietly, and reads its own scope",
        .timeLimit(.minutes(1)))
    func newSubscriptionEndsTheOld() async throws {
        let backend = RecordedBackend(liveScript: [.resync], streamStaysOpen: true)
        let runner = runner(backend)
        _ = await run(.login(userName: "anna", password: "pw"), on: runner)
        let inbox = Inbox()
        let first = Task { await runner.perform(.subscribe(generation: 1, scope: .everything), emit: inbox.emit) }
        while inbox.all.isEmpty { try await Task.sleep(for: .milliseconds(5)) }

        let scope = FleetScope(filter: FleetFilter("ulm"))
        let second = Task { await runner.perform(.subscribe(generation: 2, scope: scope), emit: inbox.emit) }
        await first.value
        second.cancel()
        await second.value
        #expect(backend.recordedCalls.suffix(2) == ["liveUpdates", "liveUpdates filter=ulm"])
        #expect(!inbox.all.contains { if case .liveEnded = $0 { true } else { false } })
    }

    @Test("login, then loads and the live stream end up as messages the state understands")
    func loginAndLoad() async {
        let backend = RecordedBackend(
            snapshot: FleetSnapshot(revision: 3, rows: [Fixtures.row("CP-1")]),
            liveScript: [.station(Fixtures.row("CP-1", revision: 4, customer: "Neu")), .resync],
            streamEnd: .unreachable("gone"))
        let runner = runner(backend)
        var state = ConsoleState(language: .english, now: Fixtures.now, timeZone: Fixtures.utc)
        var effects = state.logIn(userName: "anna", password: "pw")
        var rounds = 0
        while !effects.isEmpty, rounds < 5 {
            var next: [ConsoleEffect] = []
            for effect in effects where !isWait(effect) {
                for message in await run(effect, on: runner) { next += state.handle(.received(message)) }
            }
            effects = next
            rounds += 1
        }
        #expect(state.model.account == Fixtures.agent)
        #expect(state.model.fleet.row(Fixtures.id("CP-1"))?.customerName == "Neu")
        #expect(state.model.connection.isStale)
        #expect(backend.recordedCalls.starts(with: ["liveUpdates", "fleet", "openAlarms"]))
    }

    private func isWait(_ effect: ConsoleEffect) -> Bool {
        if case .retry = effect { true } else { false }
    }

    @Test("a wrong password comes back as the gateway's refusal")
    func refusedLogin() async {
        let messages = await run(.login(userName: "anna", password: "nope"), on: runner(RecordedBackend()))
        guard case .loggedIn(.failure(let error)) = messages.first else {
            Issue.record("no login answer")
            return
        }
        #expect(error == .loginRefused(.wrongCredentials(remainingAttempts: 2)))
    }

    @Test("a reading command answers; a changing one is refused by the gate")
    func commands() async {
        let runner = runner(RecordedBackend())
        _ = await run(.login(userName: "anna", password: "pw"), on: runner)
        let id = Fixtures.id("CP-1")
        let reading = await run(
            .runCommand(
                CommandRequest(
                    station: id, command: .getConfiguration, payloadJSON: "{}",
                    reason: "test")), on: runner)
        guard case .commandFinished(_, .success(let entry)) = reading.first else {
            Issue.record("no answer")
            return
        }
        #expect(entry.outcome == .answered(responseJSON: #"{"status":"Accepted"}"#))
        let changing = await run(
            .runCommand(
                CommandRequest(
                    station: id, command: .reset, payloadJSON: "{}",
                    reason: "test")), on: runner)
        guard case .commandFinished(_, .failure(let error)) = changing.first else {
            Issue.record("no refusal")
            return
        }
        #expect(error == .refused(.changeTicketRequired(command: .reset, station: id)))
    }

    @Test("calls before a login fail as an expired session; a retry waits on the clock")
    func withoutLogin() async {
        let runner = runner(RecordedBackend())
        let messages = await run(.loadFleet(generation: 1, scope: .everything), on: runner)
        guard case .fleetLoaded(.failure(let error), 1) = messages.first else {
            Issue.record("no answer")
            return
        }
        #expect(error == .loginRefused(.sessionExpired))
        let retry = await run(.retry(after: .milliseconds(1), generation: 4), on: runner)
        guard case .retryDue(4) = retry.first else {
            Issue.record("no retry")
            return
        }
    }
}
