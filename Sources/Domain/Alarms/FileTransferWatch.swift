import Foundation

/// Raises `firmwareUpdateFailed` and `diagnosticsUploadFailed` from the station's status notifications.
///
/// A failure while the alarm is up counts as a repeat. The alarm clears on success (`Installed`, `Uploaded`).
struct FileTransferWatch: Sendable, Equatable {
    /// The failures behind one raised alarm.
    private struct Failures: Sendable, Equatable {
        var count: Int
        var since: Date
    }

    let stationID: StationID
    /// Only raised kinds have an entry.
    private var failures: [AlarmKind: Failures] = [:]

    init(stationID: StationID) {
        self.stationID = stationID
    }

    mutating func firmwareStatusReported(_ status: FirmwareStatus, at now: Date) -> [AlarmAction] {
        if status.isFailure { return failed(.firmwareUpdateFailed, AlarmFacts(firmwareStatus: status), at: now) }
        return status == .installed ? succeeded(.firmwareUpdateFailed) : []
    }

    mutating func diagnosticsStatusReported(_ status: DiagnosticsStatus, at now: Date) -> [AlarmAction] {
        switch status {
        case .uploadFailed: failed(.diagnosticsUploadFailed, AlarmFacts(), at: now)
        case .uploaded: succeeded(.diagnosticsUploadFailed)
        case .idle, .uploading: []
        }
    }

    /// Takes up a stored, uncleared alarm of one of this watch's kinds.
    mutating func restore(_ alarm: Alarm) {
        failures[alarm.key.kind] = Failures(count: alarm.count, since: alarm.facts.since ?? alarm.raisedAt)
    }

    private mutating func failed(_ kind: AlarmKind, _ facts: AlarmFacts, at now: Date) -> [AlarmAction] {
        let key = AlarmKey(stationID: stationID, kind: kind)
        var facts = facts
        guard var current = failures[kind] else {
            facts.since = now
            failures[kind] = Failures(count: 1, since: now)
            return [.raise(AlarmDraft(key: key, facts: facts, raisedAt: now))]
        }
        current.count += 1
        failures[kind] = current
        facts.since = current.since
        return [.update(key, count: current.count, facts: facts)]
    }

    private mutating func succeeded(_ kind: AlarmKind) -> [AlarmAction] {
        guard failures.removeValue(forKey: kind) != nil else { return [] }
        return [.clear(AlarmKey(stationID: stationID, kind: kind))]
    }
}
