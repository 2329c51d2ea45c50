import Credentials
import Testing

@Suite("Session tokens")
struct SessionTokenTests {
    @Test("a new token is 43 characters of base64url and reads back as a token")
    func generatedFormat() throws {
        let token = try SessionToken.generate()
        #expect(token.text.count == 43)
        #expect(token.text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        #expect(SessionToken(token.text) == token)
    }

    @Test("two new tokens differ")
    func tokensDiffer() throws {
        let tokens = try (0..<100).map { _ in try SessionToken.generate().text }
        #expect(Set(tokens).count == 100)
    }

    @Test("the digest is SHA-256 of the text in lower-case hex")
    func knownDigest() throws {
        // printf 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ' | sha256sum
        let token = try #require(SessionToken("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"))
        #expect(try token.digest() == "46a2199782c8827f0ac56f503be9d39efee97f40a736b92cc7d7c5f825cfd851")
    }

    @Test(
        "text of another length or with a character outside base64url is no token",
        arguments: [
            "", "abc", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQR",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP=", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP+",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP/", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPä",
        ])
    func malformed(text: String) {
        #expect(SessionToken(text) == nil)
    }

    @Test("a token does not show its text when printed")
    func hiddenWhenPrinted() throws {
        let token = try SessionToken.generate()
        #expect(!"\(token)".contains(token.text))
        #expect(!String(reflecting: token).contains(token.text))
    }
}
