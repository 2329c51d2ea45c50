import Domain
import Foundation
import Storage
import Testing

@Suite("History reads")
struct LeitstandDatabaseHistoryTests {
    @Test("transaction ids increase, and a stop completes its session")
    func transactionLifecycle() async throws {
        let database = try await Fixture.seededDatabase()
        let first = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
        let second = try await database.startSession(Fixture.start(Fixture.cp2, at: 10))
        #expect(second > first)

        _ = try await database.applyOne(.transactionStopped(first, stationID: Fixture.cp1, Fixture.stop(at: 3_600)))
        let stopped = try #require(try await database.session(first))
        #expect(stopped.stop == Fixture.stop(at: 3_600))
        #expect(stopped.energyWh == 11_500)
        #expect(stopped.billing == .internal)
        #expect(try await database.openSessions().map(\.id) == [second])
        #expect(try await database.sessions(idTag: Fixture.tag, limit: 10).map(\.id) == [second, first])
    }

    @Test("a station's sessions come newest first, up to the limit")
    func sessionsNewestFirst() async throws {
        let database = try await Fixture.seededDatabase()
        var ids: [TransactionID] = []
        for minute in 0..<4 {
            ids.append(try await database.startSession(Fixture.start(Fixture.cp1, at: Double(minute) * 60)))
        }
        _ = try await database.startSession(Fixture.start(Fixture.cp2, at: 300))
        let newestThree = Array(ids.reversed().prefix(3))
        #expect(try await database.sessions(station: Fixture.cp1, limit: 3).map(\.id) == newestThree)
    }

    @Test("a stop for an unknown transaction is kept, and later ids do not collide with it")
    func unknownStopKept() async throws {
        let database = try await Fixture.seededDatabase()
        let foreign = TransactionID(1_000)
        let result = try await database.applyOne(
            .transactionStopped(foreign, stationID: Fixture.cp1, Fixture.stop(at: 60)))
        #expect(result == .applied)
        #expect(
            try await database.unmatchedStops(station: Fixture.cp1, limit: 10)
                == [UnmatchedStop(transactionID: foreign, stationID: Fixture.cp1, stop: Fixture.stop(at: 60))])
        #expect(try await database.session(foreign) == nil)
        #expect(try await database.sessions(station: Fixture.cp1, limit: 10).isEmpty)
        #expect(try await database.openSessions().isEmpty)

        let next = try await database.startSession(Fixture.start(Fixture.cp1, at: 120))
        #expect(next > foreign)
    }

    @Test("a stop naming another station's transaction fails alone and leaves the session open")
    func stopOfOtherStation() async throws {
        let database = try await Fixture.seededDatabase()
        let id = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
        let results = try await database.apply([.transactionStopped(id, stationID: Fixture.cp2, Fixture.stop(at: 60))])
        let expected = StoreFailure(
            "The stop of transaction \(id) at CP-2 was not stored: transaction \(id) belongs to station CP-1.")
        #expect(results == [.failure(expected)])
        #expect(try await database.session(id)?.isOpen == true)
    }

    @Test("meter readings keep their JSON text exactly and come back in the order taken")
    func meterReadings() async throws {
        let database = try await Fixture.seededDatabase()
        let id = try await database.startSession(Fixture.start(Fixture.cp1, at: 0))
        let signed = #"[{"value":"<?xml version=\"1.0\"?><signedMeterData/>","format":"SignedData"}]"#
        let later = MeterReading(
            stationID: Fixture.cp1, connector: 1, transactionID: id, timestamp: Fixture.at(120),
            sampledValuesJSON: #"[{"value":"2500","measurand":"Energy.Active.Import.Register"}]"#, energyWh: 2_500)
        let earlier = MeterReading(
            stationID: Fixture.cp1, connector: 1, transactionID: id, timestamp: Fixture.at(60),
            sampledValuesJSON: signed, energyWh: nil)
        let unrelated = MeterReading(
            stationID: Fixture.cp1, connector: 2, transactionID: nil, timestamp: Fixture.at(90),
            sampledValuesJSON: "[]", energyWh: nil)
        _ = try await database.applyOne(.meterValuesReported([later, earlier, unrelated]))
        #expect(try await database.meterReadings(transaction: id) == [earlier, later])
    }

    @Test("authorization attempts of a card come newest first, up to the limit")
    func authorizationsNewestFirst() async throws {
        let database = try await Fixture.seededDatabase()
        let card = ChargingCard(idTag: Fixture.tag, holder: "Erika Muster", customerID: Fixture.customerID)
        try await database.saveCards([card])
        let presentations = (0..<3).map { second in
            CardPresentation(
                stationID: Fixture.cp1, idTag: Fixture.tag, at: Fixture.at(Double(second)), source: .authorize,
                foreignCardPolicy: .acceptAsRoaming)
        }
        let other = CardPresentation(
            stationID: Fixture.cp1, idTag: IdTag("OTHER"), at: Fixture.at(5), source: .startTransaction,
            foreignCardPolicy: .acceptAsRoaming)
        let receipts = try await database.apply((presentations + [other]).map { .cardPresented($0) })
        let attempts = presentations.map { $0.judged(card: card) }
        #expect(receipts.first == .success(.cardDecided(CardDecision(verdict: .accepted, billing: .internal))))
        #expect(receipts.last == .success(.cardDecided(CardDecision(verdict: .accepted, billing: .externalRoaming))))
        #expect(try await database.authorizations(idTag: Fixture.tag, limit: 2) == [attempts[2], attempts[1]])
        #expect(try await database.authorizations(idTag: IdTag("OTHER"), limit: 10) == [other.judged(card: nil)])
    }

    @Test(
        "the journal comes newest first, up to the limit, pruning deletes only older frames, and later frames chain on")
    func journalAndPrune() async throws {
        let database = try await Fixture.seededDatabase()
        let entries = (0..<5).map { Fixture.journalEntry(Fixture.cp1, at: Double($0) * 60, "frame \($0)") }
        let outgoing = JournalEntry(stationID: Fixture.cp2, at: Fixture.at(30), direction: .toStation, text: "reply")
        try await database.appendJournal(entries)
        try await database.appendJournal([outgoing])

        #expect(try await database.journal(station: Fixture.cp1, limit: 2).map(\.text) == ["frame 4", "frame 3"])
        #expect(try await database.journal(station: Fixture.cp2, limit: 10) == [outgoing])
        #expect(try await database.pruneJournal(before: Fixture.at(120)) == 3)
        #expect(
            try await database.journal(station: Fixture.cp1, limit: 10).map(\.text) == [
                "frame 4", "frame 3", "frame 2",
            ])
        #expect(try await database.journal(station: Fixture.cp2, limit: 10).isEmpty)

        try await database.appendJournal([
            Fixture.journalEntry(Fixture.cp1, at: 300, "frame 5"), Fixture.journalEntry(Fixture.cp2, at: 300, "again"),
        ])
        #expect(
            try await database.journal(station: Fixture.cp1, limit: 10).map(\.text) == [
                "frame 5", "frame 4", "frame 3", "frame 2",
            ])
        #expect(try await database.journal(station: Fixture.cp2, limit: 10).map(\.text) == ["again"])
    }

    @Test("each station's frames chain across batches, interleaved with others and past one statement's rows")
    func journalChains() async throws {
        let database = try await Fixture.seededDatabase()
        let stations = [Fixture.cp1, Fixture.cp2]
        var sent: [StationID: [String]] = [:]
        for batch in 0..<3 {
            let entries = (0..<250).map { index in
                let station = stations[(index * 7 + batch) % 3 == 0 ? 0 : 1]
                return Fixture.journalEntry(station, at: Double(batch * 250 + index), "frame \(batch)-\(index)")
            }
            for entry in entries { sent[entry.stationID, default: []].append(entry.text) }
            try await database.appendJournal(entries)
        }

        for station in stations {
            let expected = Array(sent[station, default: []].reversed())
            #expect(try await database.journal(station: station, limit: 1_000).map(\.text) == expected)
            #expect(try await database.journal(station: station, limit: 3).map(\.text) == Array(expected.prefix(3)))
        }
    }

    @Test("after every frame is pruned, a station's journal is empty even when new frames reuse the ids")
    func journalAfterFullPrune() async throws {
        let database = try await Fixture.seededDatabase()
        try await database.appendJournal([Fixture.journalEntry(Fixture.cp1, at: 0, "old")])
        #expect(try await database.pruneJournal(before: Fixture.at(60)) == 1)
        try await database.appendJournal([Fixture.journalEntry(Fixture.cp2, at: 120, "new")])

        #expect(try await database.journal(station: Fixture.cp1, limit: 10).isEmpty)
        #expect(try await database.journal(station: Fixture.cp2, limit: 10).map(\.text) == ["new"])
    }

    static let outcomes: [CommandOutcome] = [
        .answered(responseJSON: #"{"status":"Accepted"}"#), .failed(code: "NotSupported", description: "no"),
        .timedOut, .disconnected, .refused(reason: "no confirmed change ticket"),
    ]

    @Test("a logged command is numbered and its outcome is recorded", arguments: outcomes)
    func commandLog(outcome: CommandOutcome) async throws {
        let database = try await Fixture.seededDatabase()
        let entry = CommandLogEntry(
            stationID: Fixture.cp1, command: .getConfiguration, requestedBy: AgentLogin("anna"),
            reason: "Kunde meldet Ladeabbruch", requestJSON: #"{"key":["HeartbeatInterval"]}"#,
            requestedAt: Fixture.at(0))
        guard case .commandLogged(let id) = try await database.applyOne(.commandLogged(entry)) else {
            Issue.record("commandLogged did not return an id")
            return
        }
        var logged = entry
        logged.id = id
        #expect(try await database.commandLog(station: Fixture.cp1, limit: 10) == [logged])

        _ = try await database.applyOne(.commandAnswered(logID: id, outcome, at: Fixture.at(2)))
        let answered = try #require(try await database.commandLog(station: Fixture.cp1, limit: 10).first)
        #expect(answered.outcome == outcome)
        #expect(answered.answeredAt == Fixture.at(2))
    }

    @Test("the command log comes newest first, up to the limit, and an answer to no entry fails")
    func commandLogOrder() async throws {
        let database = try await Fixture.seededDatabase()
        let entries = (0..<3).map { second in
            CommandLogEntry(
                stationID: Fixture.unknownStation, command: .reset, requestedBy: AgentLogin("ben"),
                reason: "test \(second)", requestJSON: #"{"type":"Soft"}"#, requestedAt: Fixture.at(Double(second)),
                outcome: .refused(reason: "unknown station"), answeredAt: Fixture.at(Double(second)))
        }
        let receipts = try await database.apply(entries.map { .commandLogged($0) }).map { try $0.get() }
        #expect(receipts == [.commandLogged(id: 1), .commandLogged(id: 2), .commandLogged(id: 3)])
        #expect(
            try await database.commandLog(station: Fixture.unknownStation, limit: 2).map(\.reason) == [
                "test 2", "test 1",
            ])

        let results = try await database.apply([.commandAnswered(logID: 99, .timedOut, at: Fixture.at(9))])
        let expected = StoreFailure(
            "The answer to command log entry 99 was not stored: there is no command log entry 99.")
        #expect(results == [.failure(expected)])
    }
}
