/// Why a simulation could not start or finish.
///
/// Like postgres-nio's errors: `description` stays generic, `debugDescription` carries the detail and the cause.
package struct SimulationError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The kind of failure; new codes may be added.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        package let description: String

        /// The central system's URL is not `ws://host[:port][/path]`.
        package static let invalidURL = Code(description: "invalid central system URL")
        /// The acknowledgement log could not be created.
        package static let acknowledgementLogUnavailable = Code(description: "acknowledgement log unavailable")
        /// Writing the acknowledgement log failed; acknowledged records may be missing from it.
        package static let acknowledgementLogWriteFailed = Code(description: "acknowledgement log write failed")
    }

    package var code: Code
    /// What was being done, with the facts: the URL, the path.
    package var detail: String
    package var underlying: (any Error)?

    package init(code: Code, detail: String, underlying: (any Error)? = nil) {
        self.code = code
        self.detail = detail
        self.underlying = underlying
    }

    package var description: String { "Fleet simulation failed: \(code)." }

    package var debugDescription: String {
        let cause = underlying.map { " Underlying: \(String(reflecting: $0))" } ?? ""
        return "Fleet simulation failed: \(code). \(detail)\(cause)"
    }
}
