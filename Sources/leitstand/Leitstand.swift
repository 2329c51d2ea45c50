import ArgumentParser

/// The one executable: backend, tools and (next) the console, as subcommands.
@main
struct Leitstand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leitstand",
        abstract: "Operations console and OCPP 1.6J central system for an EV-charging support desk.",
        subcommands: [
            ServeCommand.self, SeedCommand.self, StationCommand.self, SimulateCommand.self,
        ])
}
