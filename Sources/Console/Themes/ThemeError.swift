/// Why a theme file could not be used; `Strings.sentence(for:)` says it in the agent's language.
package enum ThemeError: Error, Sendable, Equatable {
    /// No file `NAME.json` in the themes folder; `available` lists the names there.
    case notFound(name: String, available: [String])
    /// The name holds characters other than letters, digits and `-`.
    case invalidName(String)
    /// The file is not JSON of the expected shape.
    case malformed(file: String, detail: String)
    case unknownRole(file: String, role: String)
    case missingRole(file: String, role: String)
    case colorOutOfRange(file: String, role: String, value: Int)
    case unknownColorName(file: String, role: String, name: String)
    case unknownAttribute(file: String, role: String, name: String)
}

extension ThemeError: CustomStringConvertible {
    package var description: String { Strings.english.sentence(for: self) }
}
