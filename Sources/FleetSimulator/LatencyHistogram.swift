import Histogram

/// Latencies in whole microseconds, counted in an HdrHistogram (three significant digits) for percentiles in
/// constant memory and constant time per sample; the simulator's view of it speaks `Duration`.
package struct LatencyHistogram: Sendable, Equatable {
    /// One hour; a longer latency is recorded as one hour (a simulated CALL times out long before).
    private static let highestMicroseconds: UInt64 = 3_600_000_000
    private var histogram = Histogram<UInt64>(
        highestTrackableValue: highestMicroseconds, numberOfSignificantValueDigits: .three)

    package init() {}

    /// How many latencies were recorded.
    package var count: UInt64 { histogram.totalCount }

    /// The largest latency recorded; nil when empty.
    package var maximum: Duration? {
        count == 0 ? nil : .microseconds(Int64(histogram.maxRecorded))
    }

    /// The mean latency; nil when empty.
    package var mean: Duration? {
        count == 0 ? nil : .microseconds(histogram.mean)
    }

    /// Adds one latency; negative ones count as zero, longer than an hour as an hour.
    package mutating func record(_ latency: Duration) {
        let micros = UInt64(clamping: max(0, latency.microseconds))
        _ = histogram.record(min(micros, Self.highestMicroseconds))
    }

    /// The latency below or at which `percentile` percent (0…100) of the samples lie; nil when empty.
    package func value(atPercentile percentile: Double) -> Duration? {
        count == 0 ? nil : .microseconds(Int64(histogram.valueAtPercentile(min(100, max(0, percentile)))))
    }
}
