import Backend
import Domain
import Foundation
import ServiceLifecycleTestKit
import Storage
import Telemetry
import Testing

@Suite("GroupCommitter")
struct GroupCommitterTests {
    private static func status(_ station: StationID, connector: Int) -> StoreChange {
        .statusReported(
            StatusReport(
                stationID: station, connector: connector, status: "Available", errorCode: "NoError", info: nil,
                vendorID: nil, vendorErrorCode: nil, timestamp: TestFleet.start, receivedAt: TestFleet.start))
    }

    @Test("a committed change is readable as soon as commit returns")
    func commitIsDurableOnReturn() async throws {
        try await TestBackend.run { backend in
            let receipt = try await backend.committer.commit(Self.status(TestFleet.station, connector: 1))
            #expect(receipt == .applied)
            #expect(try await backend.store.currentStatuses(station: TestFleet.station).map(\.connector) == [1])
        }
    }

    @Test("concurrent changes each hear their own outcome: one the store refuses fails alone, its neighbours commit")
    func concurrentChangesFailAlone() async throws {
        try await TestBackend.run { backend in
            let committer = backend.committer
            let refused = 7
            let outcomes = await withTaskGroup(of: (Int, Result<StoreReceipt, any Error>).self) { group in
                for connector in 1...20 {
                    let station = connector == refused ? TestFleet.unknownStation : TestFleet.station
                    group.addTask {
                        do {
                            return (
                                connector,
                                .success(try await committer.commit(Self.status(station, connector: connector)))
                            )
                        } catch {
                            return (connector, .failure(error))
                        }
                    }
                }
                var outcomes: [Int: Result<StoreReceipt, any Error>] = [:]
                for await (connector, outcome) in group { outcomes[connector] = outcome }
                return outcomes
            }
            for (connector, outcome) in outcomes where connector != refused {
                #expect((try? outcome.get()) == .applied, "connector \(connector)")
            }
            let failure = try #require(outcomes[refused])
            #expect(throws: StoreFailure.self) { try failure.get() }
            let stored = try await backend.store.currentStatuses(station: TestFleet.station).map(\.connector)
            #expect(stored == Array(1...20).filter { $0 != refused })
        }
    }

    @Test("a StartTransaction's receipt carries the transaction id the store gave it")
    func receiptCarriesTransactionID() async throws {
        try await TestBackend.run { backend in
            let start = TransactionStart(
                stationID: TestFleet.station, connector: 1, idTag: TestFleet.knownCard, billing: .internal,
                meterStartWh: 0, startedAt: TestFleet.start, reservationID: nil)
            let receipt = try await backend.committer.commit(.transactionStarted(start))
            guard case .transactionNumbered(let id) = receipt else {
                Issue.record("expected a transaction id, got \(receipt)")
                return
            }
            #expect(try await backend.store.session(id)?.idTag == TestFleet.knownCard)
        }
    }

    @Test("on graceful shutdown the queued journal frames are still written, and new changes are refused")
    func gracefulShutdownDrains() async throws {
        let store = try await TestFleet.store()
        let committer = GroupCommitter(store: store, metrics: LeitstandMetrics(), logger: TestBackend.quietLogger)
        for frame in 1...5 { committer.journal(Self.frame(frame)) }
        try await testGracefulShutdown { trigger in
            trigger.triggerGracefulShutdown()
            try await committer.run()
        }
        #expect(try await store.journal(station: TestFleet.station, limit: 10).count == 5)
        await #expect(throws: StoreUnavailable.self) {
            try await committer.commit(Self.status(TestFleet.station, connector: 1))
        }
        #expect(try await store.currentStatuses(station: TestFleet.station).isEmpty)
    }

    @Test("journal frames past the capacity are dropped while the journal is behind; the others are written")
    func journalCapacity() async throws {
        let store = try await TestFleet.store()
        let committer = GroupCommitter(
            store: store, metrics: LeitstandMetrics(), journalCapacity: 3, logger: TestBackend.quietLogger)
        for frame in 1...5 { committer.journal(Self.frame(frame)) }
        try await testGracefulShutdown { trigger in
            trigger.triggerGracefulShutdown()
            try await committer.run()
        }
        let texts = try await store.journal(station: TestFleet.station, limit: 10).map(\.text)
        #expect(texts == [3, 2, 1].map { Self.frame($0).text })
    }

    @Test("a cancelled committer still writes the queued journal frames before it returns")
    func cancellationDrains() async throws {
        let store = try await TestFleet.store()
        let committer = GroupCommitter(store: store, metrics: LeitstandMetrics(), logger: TestBackend.quietLogger)
        for frame in 1...3 { committer.journal(Self.frame(frame)) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await committer.run() }
            group.cancelAll()
            try await group.waitForAll()
        }
        #expect(try await store.journal(station: TestFleet.station, limit: 10).count == 3)
        await #expect(throws: StoreUnavailable.self) {
            try await committer.commit(Self.status(TestFleet.station, connector: 1))
        }
    }

    private static func frame(_ number: Int) -> JournalEntry {
        JournalEntry(
            stationID: TestFleet.station, at: TestFleet.start.addingTimeInterval(Double(number)),
            direction: .fromStation,
            text: #"[2,"m\#(number)","Heartbeat",{}]"#)
    }
}
