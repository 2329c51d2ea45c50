import Foundation

/// Reads themes from `*.json` files in a folder and checks every role, colour and attribute in them.
///
/// A file names every role (`ThemeRole.key`) with `fg`/`bg` (0…255, absent for the terminal default),
/// `fg8`/`bg8` (a `BasicColor` name) and optional `attributes` (`bold`, `underline`, `reverse`).
package struct ThemeLoader: Sendable {
    package var directory: URL

    package init(directory: URL) {
        self.directory = directory
    }

    /// The theme names found in the folder, sorted.
    package func availableNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads `NAME.json` from the folder.
    package func load(named name: String) throws(ThemeError) -> Theme {
        guard !name.isEmpty,
            name.unicodeScalars.allSatisfy({
                $0.isASCII
                    && ($0 == "-" || $0.properties.isAlphabetic
                        || ("0"..."9").contains($0))
            })
        else { throw .invalidName(TerminalSafeText.sanitize(name, limit: 40)) }
        let url = directory.appendingPathComponent("\(name).json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .notFound(name: name, available: availableNames())
        }
        return try Self.decode(data, name: name, file: url.lastPathComponent)
    }

    /// Checks and converts a theme file's bytes.
    package static func decode(_ data: Data, name: String, file: String) throws(ThemeError) -> Theme {
        let document: ThemeDocument
        do {
            document = try JSONDecoder().decode(ThemeDocument.self, from: data)
        } catch let error as DecodingError {
            throw .malformed(file: file, detail: Self.explain(error))
        } catch {
            throw .malformed(file: file, detail: "")
        }
        let known = Set(ThemeRole.allCases.map(\.key))
        if let unknown = document.roles.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownRole(file: file, role: unknown)
        }
        var styles: [ThemeRole: RoleStyle] = [:]
        for role in ThemeRole.allCases {
            guard let entry = document.roles[role.key] else { throw .missingRole(file: file, role: role.key) }
            styles[role] = try entry.style(file: file, role: role.key)
        }
        return Theme(name: name) { styles[$0] ?? Theme.builtIn.style(for: $0) }
    }

    private static func explain(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return ""
        }
    }
}

/// A theme file as written.
private struct ThemeDocument: Decodable {
    var roles: [String: Entry]

    struct Entry: Decodable {
        var fg: Int?
        var bg: Int?
        var fg8: String?
        var bg8: String?
        var attributes: [String]?

        func style(file: String, role: String) throws(ThemeError) -> RoleStyle {
            for value in [fg, bg].compactMap(\.self) where !(0...255).contains(value) {
                throw .colorOutOfRange(file: file, role: role, value: value)
            }
            var attributeSet: TextAttributes = []
            for name in attributes ?? [] {
                guard let attribute = TextAttributes(name: name) else {
                    throw .unknownAttribute(file: file, role: role, name: name)
                }
                attributeSet.insert(attribute)
            }
            return RoleStyle(
                foreground: fg, background: bg, basicForeground: try Self.basic(fg8, file: file, role: role),
                basicBackground: try Self.basic(bg8, file: file, role: role), attributes: attributeSet)
        }

        private static func basic(_ name: String?, file: String, role: String) throws(ThemeError) -> BasicColor {
            guard let name else { return .default }
            guard let color = BasicColor(rawValue: name) else {
                throw .unknownColorName(file: file, role: role, name: name)
            }
            return color
        }
    }
}
