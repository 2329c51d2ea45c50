/// What a person logs in as; it decides what the backend lets them see and do.
package enum Role: String, Sendable, Codable, CaseIterable {
    /// Hotline agent: watches the fleet, answers callers, runs reading commands.
    case agent
    /// Agent who also manages accounts (creates users, resets passwords).
    case supervisor
    /// Field technician: reads stations and dispatch sheets.
    case technician
    /// A station owner's own login (the customer portal): sees only its own sites and stations.
    case customer

    /// Whether this role may create accounts and reset other people's passwords.
    package var managesAccounts: Bool { self == .supervisor }

    /// Whether this role may act on stations and alarms (send commands, acknowledge); a station owner's portal
    /// login only looks.
    package var operatesStations: Bool { self != .customer }
}
