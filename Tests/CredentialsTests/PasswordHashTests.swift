import Credentials
import Testing

@Suite("Password hashes")
struct PasswordHashTests {
    @Test("a hash verifies its own password and refuses another")
    func verifiesOwnPassword() throws {
        let hash = try PasswordHash.make(password: "s3cret-Station-Key", iterations: 1_000)
        #expect(hash.verify("s3cret-Station-Key"))
        #expect(!hash.verify("s3cret-station-key"))
        #expect(!hash.verify(""))
    }

    @Test("two hashes of one password differ by their salt")
    func saltsDiffer() throws {
        let first = try PasswordHash.make(password: "same", iterations: 1_000)
        let second = try PasswordHash.make(password: "same", iterations: 1_000)
        #expect(first.salt != second.salt)
        #expect(first.derivedKey != second.derivedKey)
    }

    @Test("the text form round-trips and keeps its iteration count")
    func textRoundTrip() throws {
        let hash = try PasswordHash.make(password: "pw", iterations: 1_234)
        let parsed = try #require(PasswordHash(encoded: hash.description))
        #expect(parsed == hash)
        #expect(parsed.iterations == 1_234)
        #expect(parsed.verify("pw"))
    }

    @Test("PBKDF2-HMAC-SHA256 matches the RFC 7914 test vector")
    func knownVector() throws {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64 (first 32 bytes here).
        let encoded = "pbkdf2-sha256$1$c2FsdA==$VawEblbjCJ/sFpHCJUS2BflBhSFt3gRl5oudV8INrLw="
        let hash = try #require(PasswordHash(encoded: encoded))
        #expect(hash.verify("passwd"))
    }

    @Test("the unmatchable hash matches no password and costs the iterations it was given")
    func unmatchable() {
        let hash = PasswordHash.unmatchable(iterations: 1_000)
        #expect(hash.iterations == 1_000)
        #expect(!hash.verify(""))
        #expect(!hash.verify("any password at all"))
        #expect(PasswordHash.unmatchable().iterations == PasswordHash.defaultIterations)
    }

    @Test("malformed text is not a hash", arguments: ["", "pbkdf2-sha256$x$AA==$AA==", "md5$1$AA==$AA==", "a$b$c"])
    func malformed(text: String) {
        #expect(PasswordHash(encoded: text) == nil)
    }
}

@Suite("Verified password cache")
struct VerifiedPasswordCacheTests {
    @Test("a cached password still refuses a different one")
    func cachedRefusesOther() throws {
        let cache = VerifiedPasswordCache()
        let hash = try PasswordHash.make(password: "right", iterations: 1_000)
        #expect(cache.verify("right", against: hash))
        #expect(cache.verify("right", against: hash))
        #expect(!cache.verify("wrong", against: hash))
    }

    @Test("a new hash for the same station misses the cache and is checked again")
    func newHashChecksAgain() throws {
        let cache = VerifiedPasswordCache()
        let old = try PasswordHash.make(password: "old", iterations: 1_000)
        let new = try PasswordHash.make(password: "new", iterations: 1_000)
        #expect(cache.verify("old", against: old))
        #expect(!cache.verify("old", against: new))
        #expect(cache.verify("new", against: new))
    }
}
