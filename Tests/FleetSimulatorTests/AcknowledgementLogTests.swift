import FleetSimulator
import Foundation
import NIOPosix
import Testing

@Suite("Acknowledgement log file")
struct AcknowledgementLogTests {
    @Test("appended records reach the file as lines, in order, after close")
    func writesLines() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ack-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = try await AcknowledgementLog.create(
            path: path,
            eventLoop: MultiThreadedEventLoopGroup.singleton.any()
        )
        let records = try (1...3).map { number in
            try #require(
                AcknowledgementRecord(
                    request: .statusNotification(
                        connector: number,
                        status: .available,
                        errorCode: .noError,
                        vendorErrorCode: nil
                    ),
                    answer: .result(.object([:])),
                    station: ChargePointID("SIM-00001"),
                    timestamp: "t\(number)"
                )
            )
        }
        log.append(records[0])
        await log.flush()
        log.append(records[1])
        log.append(records[2])
        try await log.close()
        let contents = try String(contentsOfFile: path, encoding: .utf8)
        #expect(contents == records.map(\.line).joined())
    }

    @Test("a log in a missing directory cannot be created")
    func missingDirectory() async {
        await #expect(throws: SimulationError.self) {
            _ = try await AcknowledgementLog.create(
                path: "/nonexistent-\(UUID().uuidString)/ack.jsonl",
                eventLoop: MultiThreadedEventLoopGroup.singleton.any()
            )
        }
    }
}
