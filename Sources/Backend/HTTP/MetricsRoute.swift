import BackendClient
import Hummingbird
import Telemetry

/// `GET /metrics`: the backend's metrics in Prometheus' text format, for an operator's existing monitoring.
///
/// Outside `/api/v1` and without a login, as scrapers expect: it holds counts and latencies only, no names,
/// ids or anything a station or a customer said.
enum MetricsRoute {
    static func add(to router: Router<BasicRequestContext>, metrics: LeitstandMetrics, alarms: AlarmService) {
        router.get(RouterPath(APIContract.metricsPath)) { _, _ in
            let text = metrics.exposition(openAlarms: await alarms.openAlarms())
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
