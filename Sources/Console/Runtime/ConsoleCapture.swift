import BackendClient
import Domain
import Foundation
import Synchronization

/// Renders console views to plain text, for the docs' screen captures and for tests.
package enum ConsoleCapture {
    /// A view to capture.
    package enum View: Sendable, Equatable {
        case login, fleet, alarms, help
        case station(StationID)
        case commands(StationID)
        case card(IdTag)
        case session(TransactionID)
    }

    /// The text of whatever `state` shows, one line per terminal row, trailing blanks removed.
    package static func text(of state: ConsoleState) -> String {
        var screen = VirtualScreen(rows: state.rows, columns: state.columns)
        ConsoleRenderer.draw(state, on: &screen)
        return screen.plainText
    }

    /// Loads what `view` needs from a logged-in client (fleet and alarms first, as the console does) and
    /// returns the text of the screen. The live stream is not opened.
    package static func capture(
        _ view: View, client: any BackendClient, language: Language, rows: Int = 40, columns: Int = 120,
        now: Date = Date(), timeZone: TimeZone = .current
    ) async -> String {
        var state = ConsoleState(language: language, now: now, timeZone: timeZone, rows: rows, columns: columns)
        let runner = EffectRunner(
            client: client, themes: ThemeLoader(directory: URL(fileURLWithPath: "themes")),
            clock: ContinuousClock())
        if view == .login { return text(of: state) }
        await settle(&state, state.handle(.received(.loggedIn(.success(client.account)))), runner: runner)
        switch view {
        case .login, .fleet: break
        case .alarms: await settle(&state, state.run(.alarms), runner: runner)
        case .help: state.isHelpShown = true
        case .station(let id): await settle(&state, state.run(.station(id)), runner: runner)
        case .commands(let id):
            await settle(&state, state.run(.station(id)), runner: runner)
            await settle(&state, state.perform(.showCommands), runner: runner)
        case .card(let tag): await settle(&state, state.run(.card(tag)), runner: runner)
        case .session(let id): await settle(&state, state.run(.session(id)), runner: runner)
        }
        return text(of: state)
    }

    /// Performs effects and feeds their answers back until none are left; skips the live stream and waits.
    private static func settle<C: Clock>(
        _ state: inout ConsoleState, _ effects: [ConsoleEffect], runner: EffectRunner<C>
    ) async where C.Duration == Duration {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            switch effect {
            case .subscribe, .retry, .quit: continue
            default: break
            }
            let answers = Mutex<[BackendMessage]>([])
            await runner.perform(effect) { message in answers.withLock { $0.append(message) } }
            for message in answers.withLock({ $0 }) {
                queue += state.handle(.received(message))
            }
        }
    }
}
