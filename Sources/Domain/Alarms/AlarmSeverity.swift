/// How urgently an alarm needs a person; ordered so that `critical` is the greatest.
package enum AlarmSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Nobody can charge or the station is out of reach.
    case critical
    /// A connector or the station misbehaves; charging is impaired.
    case major
    /// Something needs looking at, charging goes on.
    case minor
    /// Worth knowing; no action is due yet.
    case warning

    package static func < (lhs: AlarmSeverity, rhs: AlarmSeverity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .warning: 0
        case .minor: 1
        case .major: 2
        case .critical: 3
        }
    }
}
