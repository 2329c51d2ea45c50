import BackendClient
import Domain
import Foundation

/// The fleet list: one line per station with its condition colour, a page of the filtered, sorted rows.
///
/// Draws only the rows on screen and reads texts made safe when the rows arrived, so a frame costs the
/// same with 20 or 20,000 stations.
enum FleetView {
    /// Column widths for a terminal width; customer and site share what is left.
    struct Layout {
        var status = 11
        var id = 16
        var customer: Int
        var site: Int
        var connectors = 7
        var age = 9
        var firmware: Int
        var alarms = 6

        init(columns: Int) {
            firmware = columns >= 110 ? 12 : 0
            let fixed = status + id + connectors + age + alarms + (firmware > 0 ? firmware + 1 : 0) + 6
            let flexible = max(10, columns - fixed - 1)
            customer = flexible * 2 / 5
            site = flexible - customer - 1
        }
    }

    static func draw(_ state: ConsoleState, on screen: inout VirtualScreen) {
        let strings = state.strings
        let table = state.model.fleet
        var detail =
            strings.fleetCount(table.visibleCount, table.totalCount) + " · "
            + strings.sortedBy(strings.sortKeyName(table.order.key), table.order.isReversed)
        if !table.filter.isEmpty {
            detail += " · \(strings.filterLabel): " + TerminalSafeText.sanitize(table.filter.text, limit: 60)
        }
        TitleLine.draw(strings.fleetTitle, detail: detail, state: state, on: &screen)
        let layout = Layout(columns: screen.columns)
        drawHeadings(layout, strings: strings, on: &screen)
        if table.visibleCount == 0 {
            let text = state.model.connection == .connecting ? strings.loading : strings.noStationMatches
            screen.put(" " + text, row: 3, column: 0, role: .textDim)
            return
        }
        let cursor = state.fleetCursor
        let isStale = state.model.connection.isStale
        for line in 0..<state.listHeight {
            let position = cursor.top + line
            guard position < table.visibleCount else { break }
            table.withVisibleEntry(at: position) { row, keys in
                drawRow(
                    row, keys: keys, row: 3 + line, layout: layout, isSelected: position == cursor.selected,
                    isStale: isStale, strings: strings, now: state.now, on: &screen)
            }
        }
    }

    private static func drawHeadings(_ layout: Layout, strings: Strings, on screen: inout VirtualScreen) {
        screen.fill(row: 2, role: .tableHeader)
        var column = 1
        let headings: [(String, Int)] = [
            (strings.columnStatus, layout.status), (strings.columnStation, layout.id),
            (strings.columnCustomer, layout.customer), (strings.columnSite, layout.site),
            (strings.columnConnectors, layout.connectors), (strings.columnLastMessage, layout.age),
            (strings.columnFirmware, layout.firmware), (strings.columnAlarms, layout.alarms),
        ]
        for (title, width) in headings where width > 0 {
            screen.put(title, row: 2, column: column, width: width, role: .tableHeader)
            column += width + 1
        }
    }

    private static func drawRow(
        _ row: FleetRow, keys: FleetRowKeys, row line: Int, layout: Layout, isSelected: Bool, isStale: Bool,
        strings: Strings, now: Date, on screen: inout VirtualScreen
    ) {
        let base: ThemeRole = isSelected ? .selectedRow : .text
        screen.fill(row: line, role: base)
        func role(_ own: ThemeRole) -> ThemeRole { isSelected ? .selectedRow : own }
        var column = 1
        screen.put(
            strings.conditionName(keys.condition), row: line, column: column, width: layout.status,
            role: role(.condition(keys.condition)))
        column += layout.status + 1
        screen.put(row.id.rawValue, row: line, column: column, width: layout.id, role: base)
        column += layout.id + 1
        screen.put(keys.safeCustomer, row: line, column: column, width: layout.customer, role: base)
        column += layout.customer + 1
        var used = screen.put(keys.safeSite, row: line, column: column, width: layout.site, role: base)
        if used < layout.site - 3, !keys.safeCity.isEmpty {
            used += screen.put(", ", row: line, column: column + used, width: layout.site - used, role: base)
            screen.put(keys.safeCity, row: line, column: column + used, width: layout.site - used, role: base)
        }
        column += layout.site + 1
        drawConnectors(
            row.connectors, row: line, column: column, width: layout.connectors, strings: strings,
            isSelected: isSelected, on: &screen)
        column += layout.connectors + 1
        let age = row.lastMessageAt.map { strings.age(.seconds(now.timeIntervalSince($0))) } ?? strings.never
        screen.put(age, row: line, column: column, width: layout.age, role: role(isStale ? .stale : .textDim))
        column += layout.age + 1
        if layout.firmware > 0 {
            screen.put(keys.safeFirmware, row: line, column: column, width: layout.firmware, role: base)
            column += layout.firmware + 1
        }
        if row.openAlarmCount > 0 {
            let alarmRole = row.worstAlarmSeverity.map(ThemeRole.severity) ?? .text
            screen.put(
                String(row.openAlarmCount), row: line, column: column, width: layout.alarms, role: role(alarmRole))
        }
    }

    private static func drawConnectors(
        _ connectors: [ConnectorState], row: Int, column: Int, width: Int, strings: Strings, isSelected: Bool,
        on screen: inout VirtualScreen
    ) {
        var current = column
        for connector in connectors where connector.connector > 0 {
            guard current < column + width else { break }
            let role: ThemeRole = isSelected ? .selectedRow : connectorRole(connector.status)
            current += screen.put(
                strings.connectorSymbol(connector.status), row: row, column: current, width: 1, role: role)
        }
    }

    /// The role a connector's OCPP status is drawn in.
    static func connectorRole(_ status: String) -> ThemeRole {
        switch status {
        case "Faulted": .stationFaulted
        case "Charging", "Preparing", "SuspendedEV", "SuspendedEVSE", "Finishing": .stationCharging
        case "Available": .stationAvailable
        case "Unavailable", "Reserved": .stationUnavailable
        default: .text
        }
    }
}
