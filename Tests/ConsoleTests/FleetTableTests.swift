import BackendClient
import Console
import Domain
import Testing

@Suite("Fleet table: filter, sort, live rows")
struct FleetTableTests {
    private static let rows = [
        Fixtures.row("CP-1", customer: "Autohaus Müller", street: "Hauptstraße 5", city: "Esslingen"),
        Fixtures.row(
            "CP-2", customer: "Hotel Post", street: "Hauptstraße 50", city: "Stuttgart", statuses: ["Faulted"]),
        Fixtures.row(
            "CP-3", customer: "Stadtwerke", street: "Bahnhofstr. 1", city: "Esslingen", vendor: "Alfen",
            isConnected: false),
        Fixtures.row(
            "CP-4", customer: "Bäckerei Weiß", street: "Marktplatz 2", city: "München",
            statuses: ["Charging"]),
    ]

    private func table(_ rows: [FleetRow] = rows) -> FleetTable {
        var table = FleetTable()
        table.replace(with: FleetSnapshot(revision: 1, rows: rows))
        return table
    }

    private func ids(_ table: FleetTable) -> [String] {
        (0..<table.visibleCount).map { table.visibleRow(at: $0).id.rawValue }
    }

    @Test(
        "a filter finds stations by plain words and field:value forms",
        arguments: [
            ("Hauptstraße 5 Esslingen", ["CP-1"]),
            ("hauptstrasse esslingen", ["CP-1"]),
            ("Hauptstr. 50", ["CP-2"]),
            ("city:Stuttgart", ["CP-2"]),
            ("ort:muenchen", ["CP-4"]),
            ("status:faulted", ["CP-2"]),
            ("status:gestört", ["CP-2"]),
            ("offline", ["CP-3"]),
            ("vendor:alfen", ["CP-3"]),
            ("customer:\"Hotel Post\"", ["CP-2"]),
            ("kunde:weiss", ["CP-4"]),
            ("cp-4", ["CP-4"]),
            ("Esslingen", ["CP-1", "CP-3"]),
            ("nowhere", []),
        ])
    func filter(query: String, expected: [String]) {
        var table = table()
        table.setOrder(FleetSortOrder(key: .id))
        table.setFilter(FleetFilter(query))
        #expect(ids(table) == expected)
    }

    @Test("each sort key has its natural order, and reversing flips it")
    func sorting() {
        var table = table()
        #expect(ids(table) == ["CP-2", "CP-3", "CP-4", "CP-1"])
        table.setOrder(FleetSortOrder(key: .city))
        #expect(ids(table) == ["CP-1", "CP-3", "CP-4", "CP-2"])
        table.setOrder(FleetSortOrder(key: .id, isReversed: true))
        #expect(ids(table) == ["CP-4", "CP-3", "CP-2", "CP-1"])
        table.setOrder(FleetSortOrder(key: .customer))
        #expect(ids(table) == ["CP-1", "CP-4", "CP-2", "CP-3"])
    }

    @Test("a live row replaces only an older revision and moves to its new place")
    func liveRows() {
        var table = table()
        table.setOrder(FleetSortOrder(key: .condition))
        let newer = table.apply(Fixtures.row("CP-1", revision: 5, statuses: ["Faulted"]))
        #expect(newer)
        #expect(table.row(Fixtures.id("CP-1"))?.revision == 5)
        #expect(ids(table) == ["CP-1", "CP-2", "CP-3", "CP-4"])
        let older = table.apply(Fixtures.row("CP-1", revision: 4, statuses: ["Available"]))
        #expect(!older)
        #expect(table.row(Fixtures.id("CP-1"))?.condition == .faulted)
        #expect(table.position(of: Fixtures.id("CP-1")) == 0)
    }

    @Test("a live row for an unknown station is added where the filter and order put it")
    func newRow() {
        var table = table()
        table.setOrder(FleetSortOrder(key: .id))
        table.setFilter(FleetFilter("city:Esslingen"))
        table.apply(Fixtures.row("CP-0", city: "Esslingen"))
        table.apply(Fixtures.row("CP-9", city: "Ulm"))
        #expect(ids(table) == ["CP-0", "CP-1", "CP-3"])
        #expect(table.totalCount == 6)
        #expect(table.position(of: Fixtures.id("CP-9")) == nil)
    }

    @Test("a snapshot keeps rows that live updates made newer, and drops stations it no longer lists")
    func snapshotMerge() {
        var table = table()
        table.apply(Fixtures.row("CP-1", revision: 9, customer: "Neu"))
        table.apply(Fixtures.row("CP-8", revision: 12))
        table.apply(Fixtures.row("CP-7", revision: 2))
        table.replace(with: FleetSnapshot(revision: 10, rows: [Fixtures.row("CP-1", revision: 3)]))
        #expect(table.row(Fixtures.id("CP-1"))?.customerName == "Neu")
        #expect(table.row(Fixtures.id("CP-8")) != nil)
        #expect(table.row(Fixtures.id("CP-7")) == nil)
        #expect(table.row(Fixtures.id("CP-2")) == nil)
    }

    @Test("incremental moves agree with a full sort over a large fleet")
    func incrementalAgreesWithSort() {
        let fleet = ConsoleBenchmark.syntheticFleet(count: 2_000, now: Fixtures.now)
        var table = table(fleet)
        table.setOrder(FleetSortOrder(key: .city))
        for index in stride(from: 0, to: 2_000, by: 37) {
            var row = fleet[index]
            row.revision = 2
            row.city = index % 2 == 0 ? "Aalen" : "Zwickau"
            table.apply(row)
        }
        let incremental = ids(table)
        var fresh = FleetTable()
        fresh.setOrder(FleetSortOrder(key: .city))
        fresh.replace(
            with: FleetSnapshot(
                revision: 3,
                rows: (0..<table.totalCount).compactMap {
                    table.row(Fixtures.id(String(format: "CP-%05d", $0)))
                }))
        #expect(incremental == ids(fresh))
        #expect(incremental.first.flatMap { table.row(Fixtures.id($0))?.city } == "Aalen")
    }

    @Test("removing rows keeps the others in their order, filtered and found by id")
    func removeRows() {
        let fleet = ConsoleBenchmark.syntheticFleet(count: 500, now: Fixtures.now)
        var table = table(fleet)
        table.setOrder(FleetSortOrder(key: .city))
        let before = ids(table)
        let gone = Set(stride(from: 0, to: 500, by: 7).map { String(format: "CP-%05d", $0) })
        for id in gone.sorted() {
            let removed = table.remove(Fixtures.id(id))
            #expect(removed)
        }
        let removedTwice = table.remove(Fixtures.id("CP-00000"))
        #expect(!removedTwice)
        #expect(ids(table) == before.filter { !gone.contains($0) })
        #expect(table.visibleCount == 500 - gone.count)
        for id in before where !gone.contains(id) { #expect(table.row(Fixtures.id(id))?.id.rawValue == id) }
        for id in gone { #expect(table.row(Fixtures.id(id)) == nil) }

        var moved = fleet[1]
        moved.revision = 9
        moved.city = "Aalen"
        table.apply(moved)
        #expect(ids(table).first == "CP-00001")
    }

    @Test("folding makes case, accents and German spellings equal")
    func folding() {
        #expect(TextFolding.fold("Hauptstraße") == TextFolding.fold("HAUPTSTRASSE"))
        #expect(TextFolding.fold("München") == TextFolding.fold("Muenchen"))
        #expect(TextFolding.fold("Bahnhofstr.") == TextFolding.fold("bahnhofstrasse"))
        #expect(TextFolding.contains(TextFolding.fold("Schloßallee 3"), TextFolding.fold("schlossallee")))
        #expect(!TextFolding.contains(TextFolding.fold("Ulm"), TextFolding.fold("Ulmen")))
    }
}
