import Backend
import Domain
import Foundation
import Testing

@Suite("DemoDataSet")
struct DemoDataSetTests {
    /// `seeds/` of this repository.
    static let seedsFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    @Test("the demo data set loads, and every station and card points at data that is in it")
    func loads() throws {
        let data = try DemoDataSet.load(from: Self.seedsFolder)
        #expect(!data.customers.isEmpty)
        #expect(!data.sites.isEmpty)
        #expect(!data.stations.isEmpty)
        #expect(!data.cards.isEmpty)
        let customers = Set(data.customers.map(\.id))
        let sites = Set(data.sites.map(\.id))
        #expect(data.sites.allSatisfy { customers.contains($0.customerID) })
        #expect(data.stations.allSatisfy { sites.contains($0.siteID) })
        #expect(data.cards.allSatisfy { customers.contains($0.customerID) })
        #expect(Set(data.stations.map(\.id)).count == data.stations.count)
    }

    @Test("extend(toStationCount:) adds stations with new, unique ids spread round-robin over the sites")
    func extend() throws {
        var data = try DemoDataSet.load(from: Self.seedsFolder)
        let original = data.stations
        let total = original.count + 2 * data.sites.count
        data.extend(toStationCount: total)

        #expect(data.stations.count == total)
        #expect(Array(data.stations.prefix(original.count)) == original)
        #expect(Set(data.stations.map(\.id)).count == total)
        let added = data.stations.dropFirst(original.count)
        let perSite = Dictionary(grouping: added, by: \.siteID).mapValues(\.count)
        #expect(perSite.count == data.sites.count)
        #expect(perSite.values.allSatisfy { $0 == 2 })
    }

    @Test("extend(toStationCount:) leaves a data set that is large enough alone")
    func extendToFewer() throws {
        var data = try DemoDataSet.load(from: Self.seedsFolder)
        let original = data.stations
        data.extend(toStationCount: 1)
        #expect(data.stations == original)
    }

    @Test("a folder without the seed files is reported as unreadable")
    func missingFolder() {
        let folder = Self.seedsFolder.appendingPathComponent("no-such-folder")
        #expect(throws: SeedError.unreadable(file: folder.appendingPathComponent("customers.json").path)) {
            try DemoDataSet.load(from: folder)
        }
    }
}
