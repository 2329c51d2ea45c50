import BackendClient
import Foundation

/// The support desk console on the real terminal: `leitstand console` and `leitstand demo` run it.
///
/// One loop on the main actor owns the terminal and the state. Keys are polled every frame (about 60 a
/// second) without waiting; backend work runs in child tasks whose answers come back as events; a frame
/// is drawn only when something changed, and only the changed cells are written.
package struct ConsoleApp: Sendable {
    private let gateway: any BackendGateway
    private let options: ConsoleOptions

    package init(gateway: any BackendGateway, options: ConsoleOptions) {
        self.gateway = gateway
        self.options = options
    }

    /// Why the console could not start.
    package enum StartError: Error, CustomStringConvertible {
        case notATerminal

        package var description: String {
            "The console needs an interactive terminal (standard input and output must be a TTY)."
        }
    }

    /// Runs until the agent quits; restores the terminal on the way out.
    @MainActor
    package func run() async throws {
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal()
        } catch {
            throw StartError.notATerminal
        }
        defer { terminal.end() }
        let loader = ThemeLoader(directory: options.themeDirectory)
        var state = initialState(loader: loader)
        let size = terminal.size
        _ = state.handle(.resized(rows: size.rows, columns: size.columns))
        terminal.apply(state.theme)
        let runner = EffectRunner(gateway: gateway, themes: loader, clock: ContinuousClock())
        var initial: [ConsoleEffect] = []
        if let login = options.autoLogin {
            initial = state.logIn(userName: login.userName, password: login.password)
        }
        var loop = FrameLoop(state: state, terminal: terminal)
        await loop.run(initial: initial, runner: runner)
        await runner.logout()
    }

    private func initialState(loader: ThemeLoader) -> ConsoleState {
        let language = options.language ?? Language(environment: ProcessInfo.processInfo.environment)
        var state = ConsoleState(language: language, now: Date())
        do throws(ThemeError) {
            state.theme = try loader.load(named: options.themeName ?? "dark")
        } catch {
            state.theme = .builtIn
            if options.themeName != nil {
                state.message = StatusMessage(state.strings.sentence(for: error), isError: true)
            }
        }
        return state
    }
}
