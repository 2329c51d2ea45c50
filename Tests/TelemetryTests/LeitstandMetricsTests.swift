import Domain
import Foundation
import OCPP
import Telemetry
import Testing

@Suite("Prometheus metrics")
struct LeitstandMetricsTests {
    @Test("Messages, errors and handling time are counted by action and code")
    func messagesByAction() {
        let metrics = LeitstandMetrics()
        metrics.callHandled(.meterValues, took: .milliseconds(3), error: nil)
        metrics.callHandled(.meterValues, took: .milliseconds(30), error: nil)
        metrics.callHandled(.heartbeat, took: .microseconds(200), error: nil)
        metrics.callHandled(nil, took: .microseconds(100), error: .notImplemented)
        metrics.frameRefused(.formationViolation)

        let text = metrics.exposition(openAlarms: [])
        #expect(text.contains(#"leitstand_ocpp_messages_total{action="MeterValues"} 2"#))
        #expect(text.contains(#"leitstand_ocpp_messages_total{action="Heartbeat"} 1"#))
        #expect(text.contains(#"leitstand_ocpp_messages_total{action="unknown"} 1"#))
        #expect(text.contains(#"leitstand_ocpp_errors_total{code="NotImplemented"} 1"#))
        #expect(text.contains(#"leitstand_ocpp_errors_total{code="FormationViolation"} 1"#))
        #expect(text.contains(#"leitstand_ocpp_handling_seconds_bucket{action="MeterValues",le="0.005"} 1"#))
        #expect(text.contains(#"leitstand_ocpp_handling_seconds_count{action="MeterValues"} 2"#))
    }

    @Test("Connected stations go up and down; commits are timed and their changes counted")
    func gaugesAndCommits() {
        let metrics = LeitstandMetrics()
        metrics.stationConnected()
        metrics.stationConnected()
        metrics.stationDisconnected()
        metrics.committed(changes: 40, took: .milliseconds(4))

        let text = metrics.exposition(openAlarms: [])
        #expect(text.contains("leitstand_stations_connected 1"))
        #expect(text.contains("leitstand_store_committed_changes_total 40"))
        #expect(text.contains("leitstand_store_commit_seconds_count 1"))
    }

    @Test("Journal writes are timed and their frames counted, and so are frames dropped from a full queue")
    func journal() {
        let metrics = LeitstandMetrics()
        metrics.journaled(frames: 300, took: .milliseconds(20))
        metrics.journaled(frames: 200, took: .milliseconds(10))
        metrics.journalDropped(frames: 7)

        let text = metrics.exposition(openAlarms: [])
        #expect(text.contains("leitstand_store_journaled_frames_total 500"))
        #expect(text.contains("leitstand_store_journal_seconds_count 2"))
        #expect(text.contains("leitstand_store_journal_dropped_frames_total 7"))
    }

    @Test("Open alarms are counted by severity at scrape time; cleared ones are not open")
    func openAlarmsBySeverity() {
        let metrics = LeitstandMetrics()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let station = StationID("LS-1")!
        let open = Alarm(
            id: AlarmID(1), draft: AlarmDraft(key: AlarmKey(stationID: station, kind: .stationOffline), raisedAt: now))
        let cleared = Alarm(
            id: AlarmID(2), key: AlarmKey(stationID: station, kind: .connectorFaulted, connector: 1), raisedAt: now,
            facts: AlarmFacts(), count: 1, clearedAt: now)

        let text = metrics.exposition(openAlarms: [open, cleared])
        #expect(text.contains(#"leitstand_open_alarms{severity="critical"} 1"#))
        #expect(text.contains(#"leitstand_open_alarms{severity="major"} 0"#))
    }
}
