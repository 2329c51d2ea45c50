import BackendClient
import Foundation

/// The console's draw loop: merges frame ticks and backend answers into one stream, feeds the state,
/// starts effects as child tasks, and draws at most once per frame.
@MainActor
struct FrameLoop {
    private var state: ConsoleState
    private let terminal: NcursesTerminal
    private var screen = VirtualScreen(rows: 0, columns: 0)
    private var previous = VirtualScreen(rows: 0, columns: 0)
    private var runs: [CellRun] = []
    private var isDirty = true
    private var lastSecond = 0
    private var shownTheme: Theme

    /// What wakes the loop.
    private enum Signal: Sendable {
        case frame
        case received(BackendMessage)
    }

    init(state: ConsoleState, terminal: NcursesTerminal) {
        self.state = state
        self.terminal = terminal
        shownTheme = state.theme
    }

    mutating func run<C: Clock>(initial: [ConsoleEffect], runner: EffectRunner<C>) async
    where C.Duration == Duration {
        let (signals, continuation) = AsyncStream.makeStream(of: Signal.self)
        await withDiscardingTaskGroup { group in
            group.addTask {
                while !Task.isCancelled {
                    do {
                        try await Task.sleep(for: .milliseconds(16))
                    } catch {
                        return
                    }
                    continuation.yield(.frame)
                }
            }
            var pending = initial
            for await signal in signals {
                switch signal {
                case .frame: pending += frame()
                case .received(let message): pending += feed(.received(message))
                }
                var isQuitting = false
                for effect in pending {
                    if effect == .quit {
                        isQuitting = true
                        break
                    }
                    group.addTask {
                        await runner.perform(effect) { continuation.yield(.received($0)) }
                    }
                }
                pending = []
                if isQuitting { break }
            }
            continuation.finish()
            group.cancelAll()
        }
    }

    private mutating func feed(_ event: ConsoleEvent) -> [ConsoleEffect] {
        isDirty = true
        return state.handle(event)
    }

    /// Reads waiting keys, advances the clock once a second, and draws if anything changed.
    private mutating func frame() -> [ConsoleEffect] {
        var effects: [ConsoleEffect] = []
        while let input = terminal.read() {
            switch input {
            case .key(let key): effects += feed(.key(key))
            case .resized:
                let size = terminal.size
                effects += feed(.resized(rows: size.rows, columns: size.columns))
                terminal.invalidate()
                previous = VirtualScreen(rows: 0, columns: 0)
            }
        }
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        if second != lastSecond {
            lastSecond = second
            effects += feed(.tick(now))
        }
        if isDirty { draw() }
        return effects
    }

    private mutating func draw() {
        if state.theme != shownTheme {
            shownTheme = state.theme
            terminal.apply(shownTheme)
            terminal.invalidate()
            previous = VirtualScreen(rows: 0, columns: 0)
        }
        ConsoleRenderer.draw(state, on: &screen)
        screen.changes(from: previous, into: &runs)
        terminal.show(screen, runs: runs)
        swap(&screen, &previous)
        isDirty = false
    }
}
