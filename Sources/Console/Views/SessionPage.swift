import BackendClient
import Domain

/// One charging session with its meter values, as the station sent them.
enum SessionPage {
    static func lines(_ state: ConsoleState) -> [PageLine] {
        if let placeholder = PageBuilder.placeholder(state.model.session, state: state) { return placeholder }
        guard let report = state.model.session.value else { return [] }
        let strings = state.strings
        let session = report.session
        var lines: [PageLine] = [
            .field(strings.labelStation, session.stationID.rawValue),
            .field(strings.labelConnector, String(session.connector)),
            .field(strings.labelIdTag, session.idTag.rawValue),
            .field(strings.labelStarted, StationPage.time(session.startedAt, state)),
            .field(strings.labelMeterStart, "\(session.meterStartWh) Wh"),
            .field(strings.labelEnergy, session.energyWh.map { "\($0) Wh" } ?? strings.sessionOpen),
            .field(strings.labelBilling, strings.billingName(session.billing)),
        ]
        if let stop = session.stop {
            lines.append(.field(strings.labelStopped, StationPage.time(stop.stoppedAt, state)))
            lines.append(.field(strings.labelMeterStop, "\(stop.meterStopWh) Wh"))
            lines.append(.field(strings.labelStopReason, stop.reason ?? "Local"))
        } else {
            lines.append(.item(strings.sessionOpen, role: .stationCharging))
        }
        lines.append(.heading(strings.sectionMeterValues))
        if report.readings.isEmpty { lines.append(.item(strings.nothingYet, role: .textDim)) }
        for reading in report.readings {
            let energy = reading.energyWh.map { "\(Int($0)) Wh" } ?? strings.unknownValue
            lines.append(.item("\(StationPage.time(reading.timestamp, state))  #\(reading.connector)  \(energy)"))
            lines.append(
                .item("    " + TerminalSafeText.sanitize(reading.sampledValuesJSON, limit: 2000), role: .textDim))
        }
        return lines
    }

    /// One line about a session, for lists.
    static func summary(_ session: ChargingSession, state: ConsoleState) -> String {
        let strings = state.strings
        let energy = session.energyWh.map { "\($0) Wh" } ?? strings.sessionOpen
        let text =
            "\(session.id)  \(session.stationID)  #\(session.connector)  "
            + "\(StationPage.time(session.startedAt, state))  \(energy)  \(strings.billingName(session.billing))"
        return TerminalSafeText.sanitize(text)
    }
}
