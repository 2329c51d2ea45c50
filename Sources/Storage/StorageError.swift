/// A failure of the database itself: it could not be opened, or it holds a value Leitstand cannot read.
///
/// `description` stays short and quotable (the code is the reference second-level support looks up);
/// `debugDescription` carries the detail for the log.
package struct StorageError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What went wrong, as a stable short reference.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        package let reference: String

        /// The database file or its folder could not be created or opened.
        package static let cannotOpen = Code(reference: "storage.cannot-open")
        /// A stored value does not fit its type (edited by hand, or written by a newer Leitstand).
        package static let invalidStoredValue = Code(reference: "storage.invalid-stored-value")

        package var description: String { reference }
    }

    package var code: Code
    /// What was being done, for the log.
    package var detail: String
    package var underlying: (any Error & Sendable)?

    package init(_ code: Code, detail: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.detail = detail
        self.underlying = underlying
    }

    package var description: String { "The Leitstand database failed (\(code.reference))." }

    package var debugDescription: String {
        let cause = underlying.map { " Underlying: \(String(reflecting: $0))" } ?? ""
        return "\(code.reference): \(detail).\(cause)"
    }

    static func invalidValue(_ value: String, column: String, table: String) -> StorageError {
        StorageError(.invalidStoredValue, detail: "value '\(value)' in \(table).\(column) is not valid")
    }
}
