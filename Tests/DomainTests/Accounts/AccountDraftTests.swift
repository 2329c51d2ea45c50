import Domain
import Foundation
import Testing

@Suite("Account drafts")
struct AccountDraftTests {
    private static let password = "Kaffee-2025!"

    @Test("a valid draft keeps its facts and trims the display name")
    func valid() throws {
        let draft = try AccountDraft(
            userName: "anna", displayName: "  Anna Muster ", role: .agent, customerID: nil, password: Self.password)
        #expect(draft.userName == AccountName("anna"))
        #expect(draft.displayName == "Anna Muster")
        #expect(draft.role == .agent)
        #expect(draft.customerID == nil)
    }

    @Test("a customer login needs a customer")
    func customerNeedsCustomer() throws {
        #expect(throws: AccountRefusal.customerMissing) {
            try AccountDraft(
                userName: "stadtwerke", displayName: "Stadtwerke", role: .customer, customerID: nil,
                password: Self.password)
        }
        let draft = try AccountDraft(
            userName: "stadtwerke", displayName: "Stadtwerke", role: .customer, customerID: CustomerID("C-1"),
            password: Self.password)
        #expect(draft.customerID == CustomerID("C-1"))
    }

    @Test("a staff login must not belong to a customer", arguments: [Role.agent, .supervisor, .technician])
    func staffHasNoCustomer(role: Role) {
        #expect(throws: AccountRefusal.customerForStaff(role)) {
            try AccountDraft(
                userName: "anna", displayName: "Anna", role: role, customerID: CustomerID("C-1"),
                password: Self.password)
        }
    }

    @Test(
        "a blank, overlong or control-character display name is refused",
        arguments: ["", "   ", "Anna\u{7}", String(repeating: "x", count: 101)])
    func badDisplayName(name: String) {
        #expect(throws: AccountRefusal.displayNameInvalid) {
            try AccountDraft(
                userName: "anna", displayName: name, role: .agent, customerID: nil, password: Self.password)
        }
    }

    @Test("the user name and the password rules are checked too")
    func nameAndPassword() {
        #expect(throws: AccountRefusal.userNameCharacter("A")) {
            try AccountDraft(
                userName: "Anna", displayName: "Anna", role: .agent, customerID: nil, password: Self.password)
        }
        #expect(throws: AccountRefusal.passwordTooShort) {
            try AccountDraft(userName: "anna", displayName: "Anna", role: .agent, customerID: nil, password: "kurz")
        }
    }

    @Test("the sentences for role and customer say what to do")
    func sentences() {
        #expect(
            AccountRefusal.customerMissing.description
                == "A customer login needs the customer (station owner) it belongs to.")
        #expect(
            AccountRefusal.customerForStaff(.technician).description
                == "A login with the role technician belongs to the operator's staff, not to a customer; "
                + "leave the customer out.")
    }

    @Test("an account made from a draft starts unlocked, with the password changed at its creation")
    func accountFromDraft() throws {
        let draft = try AccountDraft(
            userName: "anna", displayName: "Anna", role: .supervisor, customerID: nil, password: Self.password)
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        let account = Account(draft, passwordHash: "hash", createdBy: AccountName("boss"), at: now)
        #expect(account.failedAttempts == 0)
        #expect(account.lockedUntil == nil)
        #expect(account.passwordChangedAt == now)
        #expect(account.createdAt == now)
        #expect(account.createdBy == AccountName("boss"))
        #expect(account.caller == Caller(userName: "anna", displayName: "Anna", role: .supervisor))
    }
}
