import Foundation

/// One OCPP text frame as it crossed the wire, for the backend's message journal.
package struct FrameRecord: Sendable, Equatable {
    /// Which way a frame went.
    package enum Direction: String, Sendable, Equatable {
        /// From the station to the central system.
        case incoming
        /// From the central system to the station.
        case outgoing
    }

    package var direction: Direction
    /// The frame's text exactly as sent or received, including frames that could not be decoded.
    package var text: String
    /// When the server read or wrote the frame (wall-clock time).
    package var time: Date

    package init(direction: Direction, text: String, time: Date) {
        self.direction = direction
        self.text = text
        self.time = time
    }
}
