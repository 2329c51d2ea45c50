import Domain
import Testing

@Suite("Account names")
struct AccountNameTests {
    @Test(
        "lower-case letters, digits and . - _ @ of 2 to 64 characters make a user name",
        arguments: [
            "ab", "anna", "anna.muster", "a-b_c", "anna@stadtwerke.example", "agent07",
            String(repeating: "x", count: 64),
        ])
    func valid(name: String) throws {
        #expect(try AccountName(validating: name).rawValue == name)
        #expect(AccountName(name)?.rawValue == name)
    }

    @Test("a name shorter than 2 or longer than 64 characters is refused and the sentence says how long it is")
    func length() {
        #expect(throws: AccountRefusal.userNameLength(1)) { try AccountName(validating: "a") }
        #expect(throws: AccountRefusal.userNameLength(0)) { try AccountName(validating: "") }
        #expect(throws: AccountRefusal.userNameLength(65)) {
            try AccountName(validating: String(repeating: "x", count: 65))
        }
        #expect(
            AccountRefusal.userNameLength(65).description
                == "A user name needs 2 to 64 characters; this one has 65.")
    }

    @Test(
        "an upper-case letter, a blank, a non-ASCII letter or a control character is refused",
        arguments: [("Anna", "A"), ("anna muster", " "), ("jürgen", "ü"), ("anna\u{1B}", "\u{1B}"), ("an/na", "/")]
            as [(String, String)])
    func badCharacter(name: String, bad: String) {
        #expect(throws: AccountRefusal.userNameCharacter(bad)) { try AccountName(validating: name) }
        #expect(AccountName(name) == nil)
    }

    @Test("the sentence shows a printable character in quotes and any other by its code point")
    func characterSentence() {
        #expect(
            AccountRefusal.userNameCharacter("A").description
                == "A user name may only hold lower-case letters a–z, digits and . - _ @; 'A' is not allowed.")
        #expect(AccountRefusal.userNameCharacter("\u{1B}").description.hasSuffix("; U+001B is not allowed."))
        #expect(AccountRefusal.userNameCharacter("ü").description.hasSuffix("; U+00FC is not allowed."))
    }
}
