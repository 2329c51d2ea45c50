/// A JSON Schema `string` with `format: uri`: an absolute RFC 3986 URI (GetDiagnostics and UpdateFirmware locations).
///
/// Checks the scheme and that every other character may appear in a URI, with `%` followed by two hex digits;
/// it does not take the authority or path apart.
struct URIField: FieldSchema {
    func read(_ json: JSONValue) throws(PayloadViolation) -> String {
        guard case .string(let text) = json else { throw .wrongType(expected: "a string", found: json) }
        guard Self.isAbsoluteURI(Array(text.utf8)) else {
            throw PayloadViolation(.invalidURI(PayloadViolation.excerpt(text)))
        }
        return text
    }

    private static func isAbsoluteURI(_ bytes: [UInt8]) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]),
            bytes[1..<colon].allSatisfy({ isLetter($0) || isDigit($0) || "+-.".utf8.contains($0) })
        else { return false }
        var index = colon + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, isHexDigit(bytes[index + 1]), isHexDigit(bytes[index + 2]) else {
                    return false
                }
                index += 3
                continue
            }
            guard isLetter(byte) || isDigit(byte) || "-._~:/?#[]@!$&'()*+,;=".utf8.contains(byte) else {
                return false
            }
            index += 1
        }
        return true
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20)
    }
}

extension FieldSchema where Self == URIField {
    static var uri: URIField { URIField() }
}
