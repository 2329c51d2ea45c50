import Foundation

/// Raises `transactionOpenTooLong` for a transaction still open `transactionMaxDuration` after it started.
///
/// The alarm clears when the transaction stops. Start times are when the central system learned of the start,
/// not the station's clock, which may be wrong.
struct TransactionWatch: Sendable, Equatable {
    private struct OpenTransaction: Sendable, Equatable {
        var connector: ConnectorNumber
        var startedAt: Date
        var isRaised: Bool
    }

    let stationID: StationID
    let maxDuration: Duration
    private var open: [TransactionID: OpenTransaction] = [:]
    /// Restored alarms whose transaction is no longer open; they clear at the next tick.
    private var stale: [AlarmKey] = []
    private var staleSince: Date?

    init(stationID: StationID, maxDuration: Duration) {
        self.stationID = stationID
        self.maxDuration = maxDuration
    }

    /// A start; a repeated start of an open transaction keeps the first start time.
    mutating func started(_ id: TransactionID, connector: ConnectorNumber, at now: Date) {
        guard open[id] == nil else { return }
        open[id] = OpenTransaction(connector: connector, startedAt: now, isRaised: false)
    }

    mutating func stopped(_ id: TransactionID) -> [AlarmAction] {
        guard let transaction = open.removeValue(forKey: id), transaction.isRaised else { return [] }
        return [.clear(key(id, transaction.connector))]
    }

    /// Raises overdue transactions in ascending id order, and clears stale restored alarms.
    mutating func tick(now: Date) -> [AlarmAction] {
        var actions = stale.map { AlarmAction.clear($0) }
        stale = []
        staleSince = nil
        let overdue = open.filter { !$0.value.isRaised && now >= dueAt($0.value) }.keys.sorted()
        for id in overdue {
            guard var transaction = open[id] else { continue }
            transaction.isRaised = true
            open[id] = transaction
            let facts = AlarmFacts(since: transaction.startedAt)
            actions.append(.raise(AlarmDraft(key: key(id, transaction.connector), facts: facts, raisedAt: now)))
        }
        return actions
    }

    var nextDeadline: Date? {
        let due = open.values.lazy.filter { !$0.isRaised }.map(dueAt).min()
        return [due, staleSince].compactMap { $0 }.min()
    }

    /// Takes up a transaction the store holds as open since `startedAt`.
    mutating func restore(_ id: TransactionID, connector: ConnectorNumber, startedAt: Date) {
        open[id] = OpenTransaction(connector: connector, startedAt: startedAt, isRaised: false)
    }

    /// Takes up a stored, uncleared alarm; restore the open transactions first, or the alarm counts as stale.
    mutating func restore(_ alarm: Alarm, now: Date) {
        if let id = alarm.key.transaction, var transaction = open[id] {
            transaction.isRaised = true
            open[id] = transaction
        } else {
            stale.append(alarm.key)
            staleSince = now
        }
    }

    private func dueAt(_ transaction: OpenTransaction) -> Date { transaction.startedAt.adding(maxDuration) }

    private func key(_ id: TransactionID, _ connector: ConnectorNumber) -> AlarmKey {
        AlarmKey(stationID: stationID, kind: .transactionOpenTooLong, connector: connector, transaction: id)
    }
}
