import Domain
import Foundation
import Testing

@Suite("Firmware and diagnostics alarms")
struct FileTransferAlarmTests {
    typealias T = AlarmTimeline

    @Test(
        "a failed firmware update raises an alarm that clears once firmware is installed",
        arguments: [FirmwareStatus.downloadFailed, .installationFailed])
    func firmwareFailure(status: FirmwareStatus) {
        var monitor = T.bootedMonitor()
        let facts = AlarmFacts(firmwareStatus: status, since: T.at(100))
        #expect(
            monitor.handle(.firmwareStatusReported(status), at: T.at(100)) == [
                .raise(AlarmDraft(key: T.key(.firmwareUpdateFailed), facts: facts, raisedAt: T.at(100)))
            ])
        #expect(monitor.handle(.firmwareStatusReported(.downloading), at: T.at(200)).isEmpty)
        #expect(
            monitor.handle(.firmwareStatusReported(.installed), at: T.at(300)) == [.clear(T.key(.firmwareUpdateFailed))]
        )
    }

    @Test(
        "firmware progress and success without a failure raise nothing",
        arguments: [FirmwareStatus.downloading, .downloaded, .installing, .installed, .idle])
    func firmwareProgress(status: FirmwareStatus) {
        var monitor = T.bootedMonitor()
        #expect(monitor.handle(.firmwareStatusReported(status), at: T.at(100)).isEmpty)
    }

    @Test("a failed diagnostics upload raises an alarm, a second failure counts on, and an upload clears it")
    func diagnosticsFailure() {
        var monitor = T.bootedMonitor()
        let key = T.key(.diagnosticsUploadFailed)
        #expect(
            monitor.handle(.diagnosticsStatusReported(.uploadFailed), at: T.at(100)) == [
                .raise(AlarmDraft(key: key, facts: AlarmFacts(since: T.at(100)), raisedAt: T.at(100)))
            ])
        #expect(monitor.handle(.diagnosticsStatusReported(.uploading), at: T.at(150)).isEmpty)
        #expect(
            monitor.handle(.diagnosticsStatusReported(.uploadFailed), at: T.at(200)) == [
                .update(key, count: 2, facts: AlarmFacts(since: T.at(100)))
            ])
        #expect(monitor.handle(.diagnosticsStatusReported(.uploaded), at: T.at(300)) == [.clear(key)])
    }
}
