import Foundation

/// One frame a station sent or received, kept for the days the journal's retention allows.
package struct JournalEntry: Sendable, Equatable, Codable {
    package var stationID: StationID
    package var at: Date
    package var direction: FrameDirection
    /// The frame's text as on the wire (capped by the server's frame limit).
    package var text: String

    package init(stationID: StationID, at: Date, direction: FrameDirection, text: String) {
        self.stationID = stationID
        self.at = at
        self.direction = direction
        self.text = text
    }
}

/// Which way a frame went.
package enum FrameDirection: String, Sendable, Codable, CaseIterable {
    case fromStation = "in"
    case toStation = "out"
}
