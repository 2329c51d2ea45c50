import BackendClient
import Console
import Domain
import Testing

@Suite("Error sentences")
struct ErrorSentenceTests {
    @Test("an account refusal is said in the agent's language, with the rule's own numbers")
    func accountRefusalsInBothLanguages() {
        let tooShort = BackendClientError.accountRefused(.passwordTooShort)
        #expect(Strings.german.sentence(for: tooShort) == "Ein Passwort braucht mindestens 10 Zeichen.")
        #expect(Strings.english.sentence(for: tooShort) == "A password needs at least 10 characters.")
        let character = Strings.german.sentence(for: .accountRefused(.userNameCharacter("ü")))
        #expect(
            character
                == "Ein Benutzername darf nur Kleinbuchstaben a–z, Ziffern und . - _ @ enthalten; U+00FC ist nicht erlaubt."
        )
        #expect(
            Strings.german.sentence(for: .accountRefused(.customerForStaff(.technician)))
                .hasPrefix("Ein Login mit der Rolle Techniker gehört zum Personal"))
    }

    @Test("every account refusal has a German sentence of its own, not the English one")
    func everyRefusalIsTranslated() {
        let refusals: [AccountRefusal] = [
            .userNameLength(1), .userNameCharacter("A"), .displayNameInvalid, .passwordTooShort, .passwordIsUserName,
            .passwordUnchanged, .currentPasswordWrong, .customerMissing, .customerForStaff(.agent),
            .userNameTaken(AccountName("anna")!), .unknownCustomer(CustomerID("C-1")),
        ]
        for refusal in refusals {
            let german = Strings.german.sentence(for: .accountRefused(refusal))
            #expect(german != refusal.description && !german.isEmpty, "\(refusal)")
        }
    }

    @Test("a customer id from the wire cannot reach the terminal as an escape sequence")
    func customerIDIsMadeSafe() {
        let hostile = BackendClientError.accountRefused(.unknownCustomer(CustomerID("C-1\u{1B}[2J")))
        for strings in [Strings.german, Strings.english] {
            #expect(!strings.sentence(for: hostile).unicodeScalars.contains("\u{1B}"))
        }
    }
}
