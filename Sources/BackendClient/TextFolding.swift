/// Folds text for searching the way a caller describes a place: case, accents and German spellings do
/// not matter ("Hauptstrasse" finds "Hauptstraße", "Muenchen" finds "München", "Hauptstr." finds both).
///
/// Works on UTF-8 bytes with a Latin-1 table, so folding a 20,000-station fleet stays fast.
package enum TextFolding {
    /// The folded bytes of `text`.
    package static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                appendASCII(UInt8(value), to: &bytes)
            } else if value < 0x100, let replacement = latin1[UInt8(value)] {
                bytes.append(contentsOf: replacement.utf8)
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return replaceSpellings(in: bytes)
    }

    private static func appendASCII(_ byte: UInt8, to bytes: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "."): return
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
        default: bytes.append(byte)
        }
    }

    /// "strasse" → "str", then "ae"/"oe"/"ue" → "a"/"o"/"u".
    private static func replaceSpellings(in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "s"), bytes[index...].starts(with: strasse) {
                result.append(contentsOf: [UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "r")])
                index += strasse.count
                continue
            }
            let byte = bytes[index]
            result.append(byte)
            let isVowel = byte == UInt8(ascii: "a") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
            index += isVowel && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "e") ? 2 : 1
        }
        return result
    }

    private static let strasse = Array("strasse".utf8)

    private static let latin1: [UInt8: String] = {
        var table: [UInt8: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
            ("ÒÓÔÕÖØòóôõöø", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"), ("ß", "ss"), ("Ææ", "ae"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars { table[UInt8(scalar.value)] = base }
        }
        return table
    }()

    /// Whether `needle` occurs in `haystack`.
    package static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
