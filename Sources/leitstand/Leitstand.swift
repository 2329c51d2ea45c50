import ArgumentParser

/// The one executable: the console, the backend and its tools, as subcommands.
@main
struct Leitstand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leitstand",
        abstract: "Operations console and OCPP 1.6J central system for an EV-charging support desk.",
        subcommands: [
            DemoCommand.self, ConsoleCommand.self, ServeCommand.self, SeedCommand.self, StationCommand.self,
            UserCommand.self, SimulateCommand.self, BenchmarkCommand.self,
        ])
}
