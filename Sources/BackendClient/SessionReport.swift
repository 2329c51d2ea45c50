import Domain

/// One charging session with the meter values the station sent for it, as received.
package struct SessionReport: Sendable, Equatable, Codable {
    package var session: ChargingSession
    package var readings: [MeterReading]

    package init(session: ChargingSession, readings: [MeterReading]) {
        self.session = session
        self.readings = readings
    }
}
