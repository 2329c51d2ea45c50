/// The one word a fleet list shows for a station, from its connection and its connectors' statuses.
///
/// Ordered by how urgently an agent should look: a faulted station before an offline one before one that
/// charges. `StatusReport.status` carries the OCPP ChargePointStatus as the station sent it.
package enum StationCondition: String, Sendable, Codable, CaseIterable, Comparable {
    case faulted
    case offline
    case unavailable
    case pending
    case charging
    case available

    package init(isConnected: Bool, registration: RegistrationState, connectorStatuses: [String]) {
        if registration == .pending {
            self = .pending
        } else if !isConnected {
            self = .offline
        } else if connectorStatuses.contains("Faulted") {
            self = .faulted
        } else if connectorStatuses.contains(where: Self.isInUse) {
            self = .charging
        } else if !connectorStatuses.isEmpty, connectorStatuses.allSatisfy({ $0 == "Unavailable" }) {
            self = .unavailable
        } else {
            self = .available
        }
    }

    private static func isInUse(_ status: String) -> Bool {
        ["Preparing", "Charging", "SuspendedEV", "SuspendedEVSE", "Finishing"].contains(status)
    }

    private var urgency: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.urgency < rhs.urgency }
}
