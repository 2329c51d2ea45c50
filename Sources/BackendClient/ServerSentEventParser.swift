/// Reads a `text/event-stream` (HTML Living Standard, "Server-sent events") into the data of each event.
///
/// Lines end in LF, CRLF or CR; `data:` lines of one event are joined with LF; an empty line ends the event.
/// Comments (`:` lines) and the other fields (`event`, `id`, `retry`) are skipped. Pure: feed it bytes as they come.
package struct ServerSentEventParser: Sendable {
    /// Why the stream cannot be read.
    package enum Failure: Error, Equatable {
        /// A line grew past `maximumLineLength` bytes without ending.
        case lineTooLong
    }

    /// The longest line accepted, in bytes; a fleet row is about one kilobyte.
    package let maximumLineLength: Int
    private var line: [UInt8] = []
    private var data: [UInt8]?
    private var lastWasCarriageReturn = false

    package init(maximumLineLength: Int = 1024 * 1024) {
        self.maximumLineLength = maximumLineLength
    }

    /// Consumes `bytes`; returns the data of every event they completed, in order.
    package mutating func consume(_ bytes: some Sequence<UInt8>) throws(Failure) -> [String] {
        var events: [String] = []
        for byte in bytes {
            defer { lastWasCarriageReturn = byte == UInt8(ascii: "\r") }
            switch byte {
            case UInt8(ascii: "\n") where lastWasCarriageReturn:
                continue
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if let event = lineEnded() { events.append(event) }
            default:
                guard line.count < maximumLineLength else { throw .lineTooLong }
                line.append(byte)
            }
        }
        return events
    }

    /// Handles the line just ended; returns the event's data when the line was the empty one that ends an event.
    private mutating func lineEnded() -> String? {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else {
            defer { data = nil }
            return data.map { String(decoding: $0, as: UTF8.self) }
        }
        guard line.first != UInt8(ascii: ":") else { return nil }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.endIndex
        guard line[..<colon].elementsEqual("data".utf8) else { return nil }
        var value = line[colon...].dropFirst()
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        if data != nil {
            data?.append(UInt8(ascii: "\n"))
            data?.append(contentsOf: value)
        } else {
            data = Array(value)
        }
        return nil
    }
}
