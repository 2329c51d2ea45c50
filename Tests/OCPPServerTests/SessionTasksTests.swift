import Testing

@testable import OCPPServer

@Suite("SessionTasks", .timeLimit(.minutes(1)))
struct SessionTasksTests {
    @Test("a session that ends by itself leaves; the ones still running stay")
    func finishedLeave() async throws {
        let sessions = SessionTasks()
        let ended = EventLog<Int>()
        for number in 0..<3 {
            sessions.start {
                if number != 1 { try? await Task.sleep(for: .seconds(3600)) }
                ended.append(number)
            }
        }
        _ = await ended.first(where: { $0 == 1 })
        while sessions.count != 2 { await Task.yield() }
        await sessions.endAll()
    }

    @Test("endAll cancels every running session and returns only once each has returned")
    func endAllCancelsAndWaits() async {
        let sessions = SessionTasks()
        let cancelled = EventLog<Int>()
        for number in 0..<100 {
            sessions.start {
                try? await Task.sleep(for: .seconds(3600))
                if Task.isCancelled { cancelled.append(number) }
            }
        }
        await sessions.endAll()
        #expect(Set(cancelled.events) == Set(0..<100))
        #expect(sessions.count == 0)
    }
}
