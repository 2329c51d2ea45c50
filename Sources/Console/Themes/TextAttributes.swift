/// Bold, underline and reverse: what a theme adds to a role's colours.
package struct TextAttributes: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }

    package static let bold = TextAttributes(rawValue: 1)
    package static let underline = TextAttributes(rawValue: 2)
    package static let reverse = TextAttributes(rawValue: 4)

    /// The attribute named in a theme file.
    package init?(name: String) {
        switch name {
        case "bold": self = .bold
        case "underline": self = .underline
        case "reverse": self = .reverse
        default: return nil
        }
    }
}
