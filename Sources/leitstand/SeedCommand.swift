import ArgumentParser
import Backend
import Foundation
import Storage

/// `leitstand seed`: loads the demo data set.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Load the demo data set (customers, sites, stations, charging cards, demo logins) into the store.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Folder with customers.json, sites.json, stations.json, cards.json and accounts.json.")
    var seeds = "seeds"
    @Option(help: "Extend the fleet to this many stations (LS-00201 …), for load tests.") var stations: Int?
    @Option(help: "Basic-auth password every demo station gets.") var stationPassword = DemoDataSet.demoStationPassword

    func validate() throws {
        if let stations, stations < 1 { throw ValidationError("--stations must be at least 1.") }
        guard stationPassword.utf8.count >= StationRegistration.minimumPasswordLength else {
            throw ValidationError(
                "--station-password needs at least \(StationRegistration.minimumPasswordLength) characters.")
        }
    }

    func run() async throws {
        var dataSet = try DemoDataSet.load(from: URL(fileURLWithPath: seeds, isDirectory: true))
        if let stations { dataSet.extend(toStationCount: stations) }
        let store = try LeitstandDatabase.open(path: database.resolvedPath)
        let counts = try await Seeder.load(dataSet, into: store, stationPassword: stationPassword)
        print(
            "Seeded \(database.resolvedPath): \(counts.customers) customers, \(counts.sites) sites, "
                + "\(counts.stations) stations, \(counts.cards) charging cards, \(counts.accounts) new demo logins.")
    }
}
