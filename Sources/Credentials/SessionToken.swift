import COpenSSL
import Foundation

/// A session's bearer token: 32 random bytes from OpenSSL's generator, as base64url text (43 characters, no padding).
///
/// The client gets the text once, at login; the store keeps only `digest()`, so a copy of the database opens no
/// session. `description` hides the text, so that a token does not end up in a log by accident.
package struct SessionToken: Sendable, Equatable, CustomStringConvertible {
    /// Random bytes in a token: 256 bits, beyond guessing.
    package static let byteCount = 32
    /// Characters in a token's text.
    package static let textLength = 43

    /// The token as the client sends it back.
    package let text: String

    /// A new token from OpenSSL's cryptographically secure generator.
    package static func generate() throws(CredentialError) -> SessionToken {
        var bytes = [UInt8](repeating: 0, count: byteCount)
        guard RAND_bytes(&bytes, Int32(bytes.count)) == 1 else { throw .randomSourceFailed }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return SessionToken(checked: base64)
    }

    /// The token a client sent; nil when `text` cannot be one (another length, or a character outside base64url).
    package init?(_ text: String) {
        guard text.utf8.count == Self.textLength, text.utf8.allSatisfy(Self.isBase64URL) else { return nil }
        self.init(checked: text)
    }

    private init(checked text: String) {
        self.text = text
    }

    /// SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits: what the store keeps instead of the token.
    package func digest() throws(CredentialError) -> String {
        let input = Array(text.utf8)
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        guard EVP_Digest(input, input.count, &digest, &length, EVP_sha256(), nil) == 1, length == 32 else {
            throw .digestFailed
        }
        let hexDigits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    package var description: String { "SessionToken(hidden)" }

    private static func isBase64URL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }
}
