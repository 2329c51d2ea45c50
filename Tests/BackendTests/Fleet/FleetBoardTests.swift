import Backend
import BackendClient
import Domain
import Foundation
import Testing

/// The fleet board over the real store and alarm service, fed through the real event bus.
@Suite("FleetBoard", .timeLimit(.minutes(1)))
struct FleetBoardTests {
    private static func status(_ station: StationID, connector: Int, _ status: String) -> StatusReport {
        StatusReport(
            stationID: station, connector: connector, status: status, errorCode: "NoError", info: nil, vendorID: nil,
            vendorErrorCode: nil, timestamp: TestFleet.start, receivedAt: TestFleet.start)
    }

    @Test("rows are built from the store: owner, site, registration, identity and current connector statuses")
    func rowsFromTheStore() async throws {
        try await TestBackend.run { backend in
            let identity = StationIdentity(
                vendor: "Alfen", model: "Eve Single", serialNumber: nil, firmwareVersion: "6.1")
            _ = try await backend.committer.commit(.stationBooted(TestFleet.station, identity, at: TestFleet.start))
            _ = try await backend.committer.commit(
                .statusReported(Self.status(TestFleet.station, connector: 2, "Faulted")))
            _ = try await backend.committer.commit(
                .statusReported(Self.status(TestFleet.station, connector: 1, "Charging")))
            let board = try await FleetBoard.load(
                store: backend.store, alarms: backend.alarms, events: backend.events, logger: backend.logger)

            let row = try #require(board.row(TestFleet.station))
            #expect(row.customerID == TestFleet.customer && row.customerName == "Stadtwerke Test")
            #expect(
                [row.siteName, row.street, row.postalCode, row.city] == ["Testhof", "Weg 1", "70173", "Stuttgart"])
            #expect([row.vendor, row.model, row.firmwareVersion] == ["Alfen", "Eve Single", "6.1"])
            #expect(row.connectors.map(\.status) == ["Charging", "Faulted"])
            #expect(row.registration == .accepted && !row.isConnected)
            #expect(row.condition == .offline)
            #expect(board.row(TestFleet.pendingStation)?.condition == .pending)
            #expect(board.snapshot(for: TestCallers.anna).rows.count == 5)
        }
    }

    @Test("events change rows, and every change bumps the revision the row and the snapshot carry")
    func eventsUpdateRows() async throws {
        try await TestBackend.run { backend in
            let board = backend.board
            var updates = board.updates(for: TestCallers.anna).makeAsyncIterator()
            let before = board.revision

            backend.events.publish(.stationConnected(TestFleet.station, at: TestFleet.start))
            guard case .station(let connected)? = await updates.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(connected.isConnected && connected.lastMessageAt == TestFleet.start)
            #expect(connected.revision == before + 1)

            backend.events.publish(.statusReported(Self.status(TestFleet.station, connector: 1, "Charging")))
            guard case .station(let charging)? = await updates.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(charging.condition == .charging)
            #expect(charging.revision == before + 2)
            #expect(board.snapshot(for: TestCallers.anna).revision == before + 2)
            #expect(board.row(TestFleet.station) == charging)
        }
    }

    @Test("an alarm reaches its station's row as a count and worst severity, and subscribers as a summary")
    func alarmsReachTheRow() async throws {
        try await TestBackend.run { backend in
            var updates = backend.board.updates(for: TestCallers.kunde).makeAsyncIterator()
            backend.alarms.observe(
                .statusReported(
                    connector: 1, status: .faulted, errorCode: .groundFailure, info: nil, vendorErrorCode: nil),
                from: TestFleet.station, at: backend.clock.now())

            guard case .station(let row)? = await updates.next(), case .alarm(let alarm)? = await updates.next() else {
                Issue.record("expected the row, then the alarm")
                return
            }
            #expect(row.openAlarmCount == 1 && row.worstAlarmSeverity == alarm.severity)
            #expect(alarm.stationID == TestFleet.station && alarm.state == .raised)
        }
    }

    @Test("a customer's subscription carries only its own stations' updates")
    func customersSeeTheirOwn() async throws {
        try await TestBackend.run { backend in
            var updates = backend.board.updates(for: TestCallers.kunde).makeAsyncIterator()
            backend.events.publish(.stationConnected(TestFleet.otherStation, at: TestFleet.start))
            backend.events.publish(.stationConnected(TestFleet.neighbour, at: TestFleet.start))
            guard case .station(let row)? = await updates.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(row.id == TestFleet.neighbour)
            #expect(
                backend.board.snapshot(for: TestCallers.kunde).rows.allSatisfy { $0.customerID == TestFleet.customer })
        }
    }

    @Test(
        "a subscriber with a filter hears the rows in its scope and the stations it asked for, and a row once more as it leaves"
    )
    func scopedSubscription() async throws {
        try await TestBackend.run { backend in
            let board = backend.board
            let scope = FleetScope(filter: FleetFilter("status:faulted"), stations: [TestFleet.neighbour])
            var scoped = board.subscribe(TestCallers.anna, in: scope).updates.makeAsyncIterator()
            func publish(_ station: StationID, _ status: String) {
                backend.events.publish(.statusReported(Self.status(station, connector: 1, status)))
            }
            func next(_ updates: inout AsyncStream<LiveUpdate>.Iterator) async -> (StationID, StationCondition)? {
                guard case .station(let row)? = await updates.next() else { return nil }
                return (row.id, row.condition)
            }

            // Neither filtered nor asked for: nothing; the neighbour, asked for, comes whatever its status.
            backend.events.publish(.stationConnected(TestFleet.station, at: TestFleet.start))
            backend.events.publish(.stationConnected(TestFleet.neighbour, at: TestFleet.start))
            #expect(await next(&scoped)! == (TestFleet.neighbour, .available))
            publish(TestFleet.station, "Faulted")
            #expect(await next(&scoped)! == (TestFleet.station, .faulted))

            // A subscriber that comes now counts the faulted station as shown, so it sees it leave too.
            var late = board.subscribe(TestCallers.anna, in: scope).updates.makeAsyncIterator()
            publish(TestFleet.station, "Available")
            #expect(await next(&scoped)! == (TestFleet.station, .available))
            #expect(await next(&late)! == (TestFleet.station, .available))

            // Gone from the scope: its next change is not told, the neighbour's is.
            publish(TestFleet.station, "Charging")
            publish(TestFleet.neighbour, "Charging")
            #expect(await next(&scoped)! == (TestFleet.neighbour, .charging))

            let snapshot = board.snapshot(for: TestCallers.anna, in: scope)
            #expect(snapshot.rows.map(\.id) == [TestFleet.neighbour])
            #expect(snapshot.stationCount == board.snapshot(for: TestCallers.anna).rows.count)
            #expect(snapshot.stationCount > 1)
        }
    }

    @Test("a subscriber that falls behind gets one resync instead of the updates it could not hold")
    func slowSubscriberGetsResync() async throws {
        try await TestBackend.run(subscriberCapacity: 2) { backend in
            let board = backend.board
            let subscription = board.subscribe(TestCallers.anna)
            var witness = board.updates(for: TestCallers.anna).makeAsyncIterator()
            // One at a time, so that the witness (as small as the slow one) never falls behind.
            for station in [TestFleet.station, TestFleet.neighbour, TestFleet.otherStation] {
                backend.events.publish(.stationConnected(station, at: TestFleet.start))
                await Self.waitUntilDelivered(1, to: &witness, on: board)
            }

            #expect(await subscription.next() == .update(.resync))
            #expect(await subscription.next(idleAfter: .milliseconds(1)) == .idle)
            backend.events.publish(.stationDisconnected(TestFleet.neighbour, at: TestFleet.start))
            guard case .update(.station(let row)) = await subscription.next() else {
                Issue.record("expected a row after the resync")
                return
            }
            #expect(row.id == TestFleet.neighbour && !row.isConnected)
        }
    }

    /// Waits until a fast subscriber read `count` updates; the board posts each change to every subscriber under
    /// one lock, so once `revision` (which takes that lock) returns, every other subscriber holds them too.
    private static func waitUntilDelivered(
        _ count: Int, to witness: inout AsyncStream<LiveUpdate>.Iterator, on board: FleetBoard
    ) async {
        for _ in 0..<count { _ = await witness.next() }
        _ = board.revision
    }

    @Test("unread updates about the same station are merged into the newest")
    func updatesAreCoalesced() async throws {
        try await TestBackend.run { backend in
            let subscription = backend.board.subscribe(TestCallers.anna)
            var witness = backend.board.updates(for: TestCallers.anna).makeAsyncIterator()
            let events: [BackendEvent] = [
                .stationConnected(TestFleet.station, at: TestFleet.start),
                .statusReported(Self.status(TestFleet.station, connector: 1, "Preparing")),
                .statusReported(Self.status(TestFleet.station, connector: 1, "Charging")),
            ]
            // One at a time, so that the witness reads each (and merges none).
            for event in events {
                backend.events.publish(event)
                await Self.waitUntilDelivered(1, to: &witness, on: backend.board)
            }

            guard case .update(.station(let row)) = await subscription.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(row.connectors.map(\.status) == ["Charging"] && row.isConnected)
            #expect(await subscription.next(idleAfter: .milliseconds(1)) == .idle)
        }
    }

    @Test("the updates that are ready can be taken together, oldest first, up to a limit, without waiting")
    func readyUpdatesTogether() async throws {
        try await TestBackend.run(subscriberCapacity: 2) { backend in
            let subscription = backend.board.subscribe(TestCallers.anna)
            var witness = backend.board.updates(for: TestCallers.anna).makeAsyncIterator()
            #expect(subscription.ready(limit: 10).isEmpty)
            let stations = [TestFleet.station, TestFleet.neighbour, TestFleet.otherStation]
            for station in stations {
                backend.events.publish(.stationConnected(station, at: TestFleet.start))
                await Self.waitUntilDelivered(1, to: &witness, on: backend.board)
            }
            // Three updates overflowed the capacity of two: the resync comes first, alone.
            #expect(subscription.ready(limit: 10) == [.resync])
            for station in stations.prefix(2) {
                backend.events.publish(.stationDisconnected(station, at: TestFleet.start))
                await Self.waitUntilDelivered(1, to: &witness, on: backend.board)
            }
            let first = subscription.ready(limit: 1)
            let rest = subscription.ready(limit: 10)
            let ids = (first + rest).compactMap { update -> StationID? in
                guard case .station(let row) = update else { return nil }
                return row.id
            }
            #expect(first.count == 1 && ids == Array(stations.prefix(2)))
            #expect(await subscription.next(idleAfter: .milliseconds(1)) == .idle)
        }
    }

    @Test("a station let in as pending appears on the board when it connects")
    func pendingNewcomerAppears() async throws {
        try await TestBackend.run { backend in
            var updates = backend.board.updates(for: TestCallers.anna).makeAsyncIterator()
            try await backend.serveOCPP(unknownStations: .acceptAsPending) { _, port in
                try await TestStation.connect(port: port, stationID: "CP-NEWCOMER", password: "any-password-1") {
                    station in
                    _ = try await station.call("Heartbeat", "{}")
                }
            }
            guard case .station(let row)? = await updates.next() else {
                Issue.record("expected a row")
                return
            }
            #expect(row.id == StationID("CP-NEWCOMER") && row.registration == .pending)
            #expect(row.condition == .pending)
            #expect(backend.board.snapshot(for: TestCallers.kunde).rows.allSatisfy { $0.id != row.id })
        }
    }

    @Test("a subscription that is dropped leaves the board, and stopping the board ends the ones still open")
    func subscriptionsEnd() async throws {
        try await TestBackend.run { backend in
            let board = try await FleetBoard.load(
                store: backend.store, alarms: backend.alarms, events: backend.events, logger: backend.logger)
            var dropped: LiveSubscription? = board.subscribe(TestCallers.anna)
            let kept = board.subscribe(TestCallers.kunde)
            #expect(board.subscriberCount == 2 && dropped != nil)
            dropped = nil
            #expect(board.subscriberCount == 1)

            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await board.run() }
                group.cancelAll()
                try await group.waitForAll()
            }
            #expect(await kept.next() == .finished)
            #expect(await board.subscribe(TestCallers.anna).next() == .finished)
        }
    }
}
