import COpenSSL
import Synchronization

/// Remembers which passwords already passed the slow check, so that a station reconnecting does not pay for
/// PBKDF2 again (10,000 stations reconnecting after a restart would otherwise cost minutes of CPU).
///
/// Holds no passwords: only SHA-256 of the hash's salt and the password, keyed by the stored hash text. A
/// changed password or hash misses the cache and takes the slow path.
package final class VerifiedPasswordCache: Sendable {
    private let verified = Mutex<[String: [UInt8]]>([:])

    package init() {}

    /// Whether `password` matches `hash`, from the cache where it can, else by the slow check.
    package func verify(_ password: String, against hash: PasswordHash) -> Bool {
        let key = hash.description
        let fingerprint = Self.fingerprint(password, salt: hash.salt)
        if let known = verified.withLock({ $0[key] }), known == fingerprint { return true }
        guard hash.verify(password) else { return false }
        verified.withLock { $0[key] = fingerprint }
        return true
    }

    private static func fingerprint(_ password: String, salt: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let input = salt + Array(password.utf8)
        _ = EVP_Digest(input, input.count, &digest, &length, EVP_sha256(), nil)
        return digest
    }
}
