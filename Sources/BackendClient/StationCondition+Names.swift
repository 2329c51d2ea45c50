import Domain

extension StationCondition {
    /// The word the German console shows; the English one shows `rawValue`. A fleet filter's status word matches
    /// either, so the backend, which filters for every console, knows both.
    package var germanName: String {
        switch self {
        case .faulted: "gestört"
        case .offline: "offline"
        case .unavailable: "gesperrt"
        case .pending: "unbestätigt"
        case .charging: "lädt"
        case .available: "frei"
        }
    }
}
