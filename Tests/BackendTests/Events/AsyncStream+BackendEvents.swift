import Backend
import Domain

extension AsyncStream<BackendEvent>.Iterator {
    /// The next event `match` picks something out of, skipping the others; nil once the stream ended.
    mutating func next<Value>(_ match: (BackendEvent) -> Value?) async -> Value? {
        while let event = await next() {
            if let value = match(event) { return value }
        }
        return nil
    }

    /// The next alarm raised.
    mutating func nextRaisedAlarm() async -> Alarm? {
        await next { if case .alarmRaised(let alarm) = $0 { alarm } else { nil } }
    }

    /// The next alarm that changed.
    mutating func nextChangedAlarm() async -> Alarm? {
        await next { if case .alarmChanged(let alarm) = $0 { alarm } else { nil } }
    }
}
