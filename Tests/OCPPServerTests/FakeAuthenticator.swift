import OCPPServer

/// Knows a fixed table of stations and passwords; a station with a nil password may connect without one.
struct FakeAuthenticator: StationAuthenticator {
    let passwords: [String: String?]
    let requests = EventLog<ConnectionRequest>()

    init(passwords: [String: String?] = ["CP-1": nil, "CP-2": nil]) {
        self.passwords = passwords
    }

    func authenticate(_ request: ConnectionRequest) async -> ConnectionDecision {
        requests.append(request)
        guard let expected = passwords[request.stationID] else { return .reject(.unknownStation) }
        return request.password == expected ? .accept : .reject(.unauthorized)
    }
}
