import FleetSimulator
import Testing

@Suite("Latency histogram")
struct LatencyHistogramTests {
    @Test("an empty histogram has no percentiles")
    func empty() {
        let histogram = LatencyHistogram()
        #expect(histogram.value(atPercentile: 50) == nil)
        #expect(histogram.mean == nil)
        #expect(histogram.count == 0)
    }

    @Test("latencies below 32 µs are exact")
    func smallValuesExact() {
        var histogram = LatencyHistogram()
        for micros in 1...20 { histogram.record(.microseconds(micros)) }
        #expect(histogram.value(atPercentile: 50) == .microseconds(10))
        #expect(histogram.value(atPercentile: 100) == .microseconds(20))
        #expect(histogram.value(atPercentile: 0) == .microseconds(1))
    }

    @Test("a percentile is at most 1/32 above the true value", arguments: [50.0, 90.0, 99.0, 99.9])
    func precision(percentile: Double) throws {
        var histogram = LatencyHistogram()
        for millis in 1...10_000 { histogram.record(.microseconds(millis * 137)) }
        let exact = Double((Int(percentile / 100 * 10_000)) * 137)
        let reported = try #require(histogram.value(atPercentile: percentile))
        let micros = Double(reported.components.attoseconds) / 1e12 + Double(reported.components.seconds) * 1e6
        #expect(micros >= exact)
        #expect(micros <= exact * (1 + 1.0 / 32))
    }

    @Test("the maximum is exact and caps the top percentile")
    func maximum() {
        var histogram = LatencyHistogram()
        histogram.record(.milliseconds(3))
        histogram.record(.microseconds(1_234_567))
        #expect(histogram.maximum == .microseconds(1_234_567))
        #expect(histogram.value(atPercentile: 100) == .microseconds(1_234_567))
        #expect(histogram.value(atPercentile: 99) == .microseconds(1_234_567))
    }

    @Test("huge latencies land in the last bucket without trapping")
    func huge() {
        var histogram = LatencyHistogram()
        histogram.record(.seconds(86_400 * 365))
        #expect(histogram.count == 1)
        #expect(histogram.value(atPercentile: 50) == .seconds(86_400 * 365))
    }

    @Test("merging two histograms equals recording everything into one")
    func merge() {
        var first = LatencyHistogram()
        var second = LatencyHistogram()
        var both = LatencyHistogram()
        for micros in stride(from: 5, to: 50_000, by: 97) {
            first.record(.microseconds(micros))
            both.record(.microseconds(micros))
        }
        for micros in stride(from: 1_000, to: 900_000, by: 1_013) {
            second.record(.microseconds(micros))
            both.record(.microseconds(micros))
        }
        first.merge(second)
        #expect(first == both)
    }

    @Test("the mean is the average of the samples")
    func mean() {
        var histogram = LatencyHistogram()
        for millis in [1, 2, 3, 6] { histogram.record(.milliseconds(millis)) }
        #expect(histogram.mean == .microseconds(3_000))
    }
}
