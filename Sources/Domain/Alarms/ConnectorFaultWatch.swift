import Foundation

/// Raises `connectorFaulted` for each connector that reports status Faulted with an error code.
///
/// Not a fault: Faulted with `NoError` (ignored), and a Faulted reported within `faultSettleAfterBoot` of a boot
/// that another status replaces before that window ends. Any status but Faulted clears the connector's alarm.
struct ConnectorFaultWatch: Sendable, Equatable {
    /// A connector's fault: raised, or waiting for the boot to settle.
    private struct Fault: Sendable, Equatable {
        var facts: AlarmFacts
        /// Faulted reports since the fault began.
        var count: Int
        /// When a fault reported during boot counts; nil once raised.
        var dueAt: Date?
    }

    let stationID: StationID
    let settings: AlarmSettings
    /// Only connectors with a fault have an entry.
    private var faults: [ConnectorNumber: Fault] = [:]

    init(stationID: StationID, settings: AlarmSettings) {
        self.stationID = stationID
        self.settings = settings
    }

    /// One StatusNotification; `lastBootAt` is the station's last BootNotification, if any.
    mutating func statusReported(
        connector: ConnectorNumber, status: ConnectorStatus, errorCode: ConnectorErrorCode, info: String?,
        vendorErrorCode: String?, lastBootAt: Date?, at now: Date
    ) -> [AlarmAction] {
        guard status == .faulted else { return clearFault(on: connector) }
        guard errorCode != .noError else { return [] }
        let facts = AlarmFacts(errorCode: errorCode, vendorErrorCode: vendorErrorCode, info: info, since: now)
        if var fault = faults[connector] {
            fault.count += 1
            fault.facts = AlarmFacts(
                errorCode: errorCode, vendorErrorCode: vendorErrorCode, info: info, since: fault.facts.since)
            faults[connector] = fault
            return fault.dueAt == nil ? [.update(key(connector), count: fault.count, facts: fault.facts)] : []
        }
        if let settledAt = lastBootAt?.adding(settings.faultSettleAfterBoot), now < settledAt {
            faults[connector] = Fault(facts: facts, count: 1, dueAt: settledAt)
            return []
        }
        faults[connector] = Fault(facts: facts, count: 1, dueAt: nil)
        return [.raise(AlarmDraft(key: key(connector), facts: facts, raisedAt: now))]
    }

    /// Raises the faults reported during a boot whose settle time has passed; connectors in ascending order.
    mutating func tick(now: Date) -> [AlarmAction] {
        let due = faults.filter { $0.value.dueAt.map { now >= $0 } ?? false }.keys.sorted()
        return due.compactMap { connector in
            guard var fault = faults[connector] else { return nil }
            fault.dueAt = nil
            faults[connector] = fault
            return .raise(AlarmDraft(key: key(connector), facts: fault.facts, count: fault.count, raisedAt: now))
        }
    }

    var nextDeadline: Date? { faults.values.compactMap(\.dueAt).min() }

    /// Takes up a stored, uncleared fault alarm: it counts on and clears at the connector's next non-Faulted status.
    mutating func restore(_ alarm: Alarm) {
        guard let connector = alarm.key.connector else { return }
        faults[connector] = Fault(facts: alarm.facts, count: alarm.count, dueAt: nil)
    }

    private mutating func clearFault(on connector: ConnectorNumber) -> [AlarmAction] {
        guard let fault = faults.removeValue(forKey: connector), fault.dueAt == nil else { return [] }
        return [.clear(key(connector))]
    }

    private func key(_ connector: ConnectorNumber) -> AlarmKey {
        AlarmKey(stationID: stationID, kind: .connectorFaulted, connector: connector)
    }
}
