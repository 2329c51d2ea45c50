import BackendClient
import Domain
import Foundation

extension StationPage {
    /// The last frames: time, direction and action, or the raw text after `r`.
    static func frames(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionFrames), .item(strings.rawFramesHint, role: .textDim)]
        if detail.recentFrames.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for frame in detail.recentFrames {
            let head = "\(time(frame.at, state))  \(strings.frameDirection(frame.direction))  "
            let body = state.isRawFramesShown ? frame.text : summary(of: frame.text)
            lines.append(
                PageLine([
                    PageLine.Span(text: "  " + head, role: .textDim),
                    PageLine.Span(text: TerminalSafeText.sanitize(body, limit: 2000), role: .text),
                ]))
        }
        return lines
    }

    /// `CALL BootNotification`, `CALLRESULT`, `CALLERROR` from an OCPP-J frame's start, without parsing
    /// the payload; the raw text for anything else.
    static func summary(of frame: String) -> String {
        let fields = frame.dropFirst().split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
        guard frame.hasPrefix("["), let type = fields.first?.trimmingCharacters(in: .whitespaces) else {
            return String(frame.prefix(80))
        }
        let messageID =
            fields.count > 1
            ? fields[1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "") : ""
        switch type {
        case "2":
            let action = fields.count > 2 ? fields[2].trimmingCharacters(in: .whitespaces) : ""
            return "CALL \(action.replacingOccurrences(of: "\"", with: "")) \(messageID)"
        case "3": return "CALLRESULT \(messageID)"
        case "4": return "CALLERROR \(messageID)"
        default: return String(frame.prefix(80))
        }
    }

    static func statusHistory(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionStatusHistory)]
        if detail.statusHistory.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for report in detail.statusHistory {
            let extra = [report.info, report.vendorErrorCode].compactMap { $0 }.joined(separator: " ")
            let text =
                "\(time(report.timestamp, state))  #\(report.connector)  \(report.status)  \(report.errorCode)  \(extra)"
            lines.append(.item(TerminalSafeText.sanitize(text), role: FleetView.connectorRole(report.status)))
        }
        return lines
    }

    static func alarmHistory(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionAlarmHistory)]
        if detail.alarmHistory.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for alarm in detail.alarmHistory {
            let text =
                "\(time(alarm.raisedAt, state))  \(strings.severityName(alarm.severity))  "
                + "\(strings.alarmKindName(alarm.kind))  \(strings.alarmStateName(alarm.state))  ×\(alarm.count)  "
                + AlarmsView.details(alarm, strings: strings)
            lines.append(.item(text, role: .severity(alarm.severity)))
        }
        return lines
    }

    static func commandLog(_ detail: StationDetail, state: ConsoleState) -> [PageLine] {
        let strings = state.strings
        var lines: [PageLine] = [.heading(strings.sectionCommandLog)]
        if detail.commandLog.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for entry in detail.commandLog {
            let who = strings.commandLogLine(
                TerminalSafeText.sanitize(entry.requestedBy.rawValue, limit: 40),
                TerminalSafeText.sanitize(entry.reason, limit: 120))
            lines.append(.item("\(time(entry.requestedAt, state))  \(entry.command.rawValue)  \(who)"))
            let outcome = TerminalSafeText.sanitize(strings.outcome(entry.outcome), limit: 400)
            lines.append(.item("    " + outcome, role: entry.command.isReading ? .textDim : .changingCommand))
        }
        return lines
    }
}
