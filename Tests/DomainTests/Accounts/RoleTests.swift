import Domain
import Testing

@Suite("Roles")
struct RoleTests {
    @Test("only supervisors manage accounts; every role but a customer operates stations")
    func permissions() {
        #expect(Role.allCases.filter(\.managesAccounts) == [.supervisor])
        #expect(Role.allCases.filter { !$0.operatesStations } == [.customer])
    }
}
