import BackendClient
import Domain
import Foundation

/// The whole console as a value: the model, the open screens, the selection, what is being typed.
///
/// Pure: it reads no clock and does no I/O. Keys, ticks and backend answers go in through `handle(_:)`;
/// the effects that come out are performed by the runtime, whose answers come back as events. So the UI
/// never waits on the network, and tests drive it with plain values.
package struct ConsoleState: Sendable {
    /// The smallest terminal the views are laid out for.
    package static let minimumSize = (rows: 24, columns: 80)

    package var model = ConsoleModel()
    package private(set) var language: Language
    /// The screen text of `language`, kept so views need not look it up per line.
    package private(set) var strings: Strings
    package var theme: Theme
    package var now: Date
    package var timeZone: TimeZone
    package var screens: [ConsoleScreen] = [.login]
    package var isHelpShown = false
    package var input = InputMode.none
    package var login = LoginForm()
    package var fleetCursor = ListCursor()
    package var alarmsCursor = ListCursor()
    package var commandsCursor = ListCursor()
    /// First line shown of a page (station, card, session) or of the help.
    package var pageScroll = 0
    package var isRawFramesShown = false
    package var message: StatusMessage?
    package private(set) var rows: Int
    package private(set) var columns: Int
    package var retryPolicy = RetryPolicy()
    /// Tags the loads and the stream of the current connection attempt.
    package internal(set) var generation = 0
    /// The rows the current stream and fleet load are for (`wantedScope` when they were asked for).
    package internal(set) var followedScope = FleetScope.everything
    var retryAttempt = 0
    var isRetryScheduled = false
    /// The station kept selected in the fleet list while rows move.
    var selectedStationID: StationID?
    var selectedAlarmID: AlarmID?

    package init(
        language: Language, theme: Theme = .builtIn, now: Date, timeZone: TimeZone = .current,
        rows: Int = minimumSize.rows, columns: Int = minimumSize.columns
    ) {
        self.language = language
        strings = language.strings
        self.theme = theme
        self.now = now
        self.timeZone = timeZone
        self.rows = rows
        self.columns = columns
    }

    /// The screen on top.
    package var screen: ConsoleScreen { screens.last ?? .login }

    /// Whether the terminal is too small to lay out the views.
    package var isTooSmall: Bool { rows < Self.minimumSize.rows || columns < Self.minimumSize.columns }

    /// Lines of a list body: all but header, title, column headings, status line and hint bar, and on the
    /// alarms screen the pane that details the selected alarm.
    package var listHeight: Int { max(1, rows - 5 - (screen == .alarms ? AlarmsView.detailPaneHeight : 0)) }

    /// Lines of a page body: all but header, title, status line and hint bar.
    package var pageHeight: Int { max(1, rows - 4) }

    package mutating func setLanguage(_ language: Language) {
        self.language = language
        strings = language.strings
    }

    /// Feeds one event in and returns the work it calls for.
    package mutating func handle(_ event: ConsoleEvent) -> [ConsoleEffect] {
        switch event {
        case .key(let key):
            let effects = handle(key)
            if case .filter = input { return effects }
            return effects + followWantedScope()
        case .resized(let newRows, let newColumns):
            rows = newRows
            columns = newColumns
            syncFleetCursor()
            syncAlarmsCursor()
            return []
        case .tick(let date):
            now = date
            return followWantedScope()
        case .received(let message):
            return receive(message)
        }
    }

    /// The row under the fleet cursor.
    package var selectedFleetRow: FleetRow? {
        let table = model.fleet
        guard fleetCursor.selected < table.visibleCount else { return nil }
        return table.visibleRow(at: fleetCursor.selected)
    }

    package var selectedAlarm: AlarmSummary? {
        let alarms = model.alarms.ordered
        return alarmsCursor.selected < alarms.count ? alarms[alarmsCursor.selected] : nil
    }

    /// Keeps the fleet selection on the same station after rows moved, were filtered or arrived.
    mutating func syncFleetCursor() {
        let count = model.fleet.visibleCount
        if let id = selectedStationID, let position = model.fleet.position(of: id) {
            fleetCursor.select(position, count: count, height: listHeight)
        } else {
            fleetCursor.select(fleetCursor.selected, count: count, height: listHeight)
        }
        selectedStationID = selectedFleetRow?.id
    }

    /// Keeps the alarm selection on the same alarm; new alarms never take it.
    mutating func syncAlarmsCursor() {
        let alarms = model.alarms.ordered
        if let id = selectedAlarmID, let index = alarms.firstIndex(where: { $0.id == id }) {
            alarmsCursor.select(index, count: alarms.count, height: listHeight)
        } else {
            alarmsCursor.select(alarmsCursor.selected, count: alarms.count, height: listHeight)
        }
        selectedAlarmID = selectedAlarm?.id
    }
}
