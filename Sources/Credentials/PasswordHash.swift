import COpenSSL
import Foundation

/// A slow, salted password hash in PHC-like text form: `pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>`.
///
/// PBKDF2-HMAC-SHA256 through OpenSSL's libcrypto. The iteration count is stored with each hash, so it can
/// be raised later without invalidating existing passwords; `verify` compares in constant time.
package struct PasswordHash: Sendable, Equatable, CustomStringConvertible {
    /// Iterations for people's passwords (OWASP's 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000).
    package static let defaultIterations = 600_000

    /// Iterations for station keys (OCPP AuthorizationKey). A station's key is checked at every connect and
    /// 10,000 stations reconnect at once after a restart, so its cost is lower; `VerifiedPasswordCache`
    /// spares the repeat checks.
    package static let stationIterations = 20_000

    package let iterations: Int
    package let salt: [UInt8]
    package let derivedKey: [UInt8]

    /// Hashes `password` with a fresh 16-byte random salt.
    package static func make(password: String, iterations: Int = defaultIterations) throws(CredentialError)
        -> PasswordHash
    {
        var salt = [UInt8](repeating: 0, count: 16)
        guard RAND_bytes(&salt, Int32(salt.count)) == 1 else { throw .randomSourceFailed }
        let key = try derive(password: password, salt: salt, iterations: iterations)
        return PasswordHash(iterations: iterations, salt: salt, derivedKey: key)
    }

    /// A hash no password matches (its key is all zeros), as costly to check as one `make` gives with `iterations`.
    ///
    /// Checked in place of an unknown user's hash, so that a login with an unknown name takes as long as one with a
    /// wrong password and does not tell which names exist.
    package static func unmatchable(iterations: Int = defaultIterations) -> PasswordHash {
        let zeros = [UInt8](repeating: 0, count: 32)
        return PasswordHash(iterations: iterations, salt: Array(zeros.prefix(16)), derivedKey: zeros)
    }

    /// Reads a hash from its text form; nil when the text is not one.
    package init?(encoded: String) {
        let parts = encoded.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let iterations = Int(parts[1]), iterations > 0,
            let salt = Data(base64Encoded: String(parts[2])), let key = Data(base64Encoded: String(parts[3])),
            !key.isEmpty
        else { return nil }
        self.init(iterations: iterations, salt: Array(salt), derivedKey: Array(key))
    }

    private init(iterations: Int, salt: [UInt8], derivedKey: [UInt8]) {
        self.iterations = iterations
        self.salt = salt
        self.derivedKey = derivedKey
    }

    package var description: String {
        "pbkdf2-sha256$\(iterations)$\(Data(salt).base64EncodedString())$\(Data(derivedKey).base64EncodedString())"
    }

    /// Whether `password` hashes to this value. Takes as long as `make` did.
    package func verify(_ password: String) -> Bool {
        guard
            let candidate = try? Self.derive(
                password: password, salt: salt, iterations: iterations, length: derivedKey.count)
        else { return false }
        return candidate.withUnsafeBytes { lhs in
            derivedKey.withUnsafeBytes { rhs in CRYPTO_memcmp(lhs.baseAddress, rhs.baseAddress, lhs.count) == 0 }
        }
    }

    private static func derive(
        password: String, salt: [UInt8], iterations: Int, length: Int = 32
    ) throws(CredentialError) -> [UInt8] {
        var key = [UInt8](repeating: 0, count: length)
        let passwordBytes = Array(password.utf8)
        let status = passwordBytes.withUnsafeBufferPointer { passwordBuffer in
            passwordBuffer.withMemoryRebound(to: CChar.self) { passwordChars in
                PKCS5_PBKDF2_HMAC(
                    passwordChars.baseAddress, Int32(passwordChars.count), salt, Int32(salt.count),
                    Int32(iterations), EVP_sha256(), Int32(length), &key)
            }
        }
        guard status == 1 else { throw .derivationFailed }
        return key
    }
}

/// Why a password could not be hashed, or a session token made or digested.
package enum CredentialError: Error, Sendable, Equatable {
    case randomSourceFailed
    case derivationFailed
    case digestFailed
}
