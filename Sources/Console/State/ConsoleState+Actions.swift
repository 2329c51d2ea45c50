import BackendClient
import Domain

extension ConsoleState {
    /// Carries out a key binding's action on the current screen.
    package mutating func perform(_ action: ConsoleAction) -> [ConsoleEffect] {
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -(isListScreen ? listHeight : pageHeight))
        case .pageDown: move(by: isListScreen ? listHeight : pageHeight)
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .open: return open()
        case .back: back()
        case .help:
            isHelpShown = true
            pageScroll = 0
        case .commandLine: input = .commandLine(TextField())
        case .filter:
            if screen == .fleet { input = .filter(TextField(text: model.fleet.filter.text)) }
        case .switchView: switchView()
        case .quit: return [.quit]
        case .reload: return reload()
        case .sortCycle: sort(by: model.fleet.order.key.next, toggling: false)
        case .sort(let key): sort(by: key, toggling: true)
        case .acknowledge:
            if screen == .alarms, let alarm = selectedAlarm { input = .prompt(Prompt(.acknowledge(alarm.id))) }
        case .toggleRawFrames: isRawFramesShown.toggle()
        case .readConfiguration:
            guard case .station(let id) = screen else { return [] }
            model.configuration = .loading
            return [.loadConfiguration(id)]
        case .showCommands:
            guard case .station(let id) = screen else { return [] }
            screens.append(.commands(id))
            commandsCursor = ListCursor()
            model.commandResult = .idle
        }
        return []
    }

    private var isListScreen: Bool {
        switch screen {
        case .fleet, .alarms, .commands: true
        default: false
        }
    }

    private mutating func move(by delta: Int) {
        switch screen {
        case .fleet:
            fleetCursor.move(by: delta, count: model.fleet.visibleCount, height: listHeight)
            selectedStationID = selectedFleetRow?.id
        case .alarms:
            alarmsCursor.move(by: delta, count: model.alarms.ordered.count, height: listHeight)
            selectedAlarmID = selectedAlarm?.id
            if let id = selectedAlarmID { model.alarms.markSeen(id) }
        case .commands:
            commandsCursor.move(by: delta, count: RemoteCommandKind.allCases.count, height: listHeight)
        default:
            scrollPage(by: delta)
        }
    }

    /// Scrolls a page (station, card, session, help) within its lines.
    mutating func scrollPage(by delta: Int) {
        let lineCount = PageBuilder.lines(for: self).count
        pageScroll = max(0, min(pageScroll + delta, lineCount - pageHeight))
    }

    private mutating func open() -> [ConsoleEffect] {
        switch screen {
        case .fleet:
            guard let row = selectedFleetRow else { return [] }
            return openStation(row.id)
        case .alarms:
            guard let alarm = selectedAlarm else { return [] }
            model.alarms.markSeen(alarm.id)
            return openStation(alarm.stationID)
        case .commands(let id):
            let kind = RemoteCommandKind.allCases[min(commandsCursor.selected, RemoteCommandKind.allCases.count - 1)]
            input = .prompt(Prompt(.commandPayload(id, kind), text: kind.payloadTemplate))
            return []
        default:
            return []
        }
    }

    mutating func openStation(_ id: StationID) -> [ConsoleEffect] {
        screens.append(.station(id))
        pageScroll = 0
        isRawFramesShown = false
        model.station = .loading
        model.configuration = .idle
        return [.loadStation(id)]
    }

    private mutating func back() {
        message = nil
        if screens.count > 1 {
            screens.removeLast()
            pageScroll = 0
        } else if screen == .fleet, !model.fleet.filter.isEmpty {
            applyFilter("")
        }
    }

    private mutating func switchView() {
        screens = [screen == .fleet ? .alarms : .fleet]
        syncAlarmsCursor()
    }

    private mutating func reload() -> [ConsoleEffect] {
        switch screen {
        case .login: []
        case .fleet, .alarms:
            [.loadFleet(generation: generation, scope: followedScope), .loadAlarms(generation: generation)]
        case .station(let id), .commands(let id):
            [.loadStation(id)]
        case .card(let tag):
            [.loadCard(tag)]
        case .session(let id):
            [.loadSession(id)]
        }
    }

    private mutating func sort(by key: FleetSortKey, toggling: Bool) {
        guard screen == .fleet else { return }
        let current = model.fleet.order
        let isReversed = toggling && current.key == key ? !current.isReversed : false
        model.fleet.setOrder(FleetSortOrder(key: key, isReversed: isReversed))
        syncFleetCursor()
    }
}
