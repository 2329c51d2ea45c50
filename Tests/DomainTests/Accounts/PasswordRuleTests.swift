import Domain
import Testing

@Suite("Password rule")
struct PasswordRuleTests {
    private static let anna = AccountName("anna.muster")!

    @Test("a password of at least 10 characters that is not the user name is accepted")
    func accepted() throws {
        try PasswordRule.check("Kaffee-2025!", for: Self.anna)
        try PasswordRule.check("zehn zeich", for: Self.anna)
    }

    @Test("a password shorter than 10 characters is refused with a sentence")
    func tooShort() {
        #expect(throws: AccountRefusal.passwordTooShort) { try PasswordRule.check("neun zeic", for: Self.anna) }
        #expect(AccountRefusal.passwordTooShort.description == "A password needs at least 10 characters.")
    }

    @Test("the user name in any letter case is refused as a password")
    func userNameAsPassword() {
        #expect(throws: AccountRefusal.passwordIsUserName) { try PasswordRule.check("anna.muster", for: Self.anna) }
        #expect(throws: AccountRefusal.passwordIsUserName) { try PasswordRule.check("Anna.Muster", for: Self.anna) }
        #expect(AccountRefusal.passwordIsUserName.description == "The password must not be the user name.")
    }
}
