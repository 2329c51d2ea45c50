import FleetSimulator
import Testing

@Suite("Latency histogram")
struct LatencyHistogramTests {
    @Test("an empty histogram has no percentiles")
    func empty() {
        let histogram = LatencyHistogram()
        #expect(histogram.value(atPercentile: 50) == nil)
        #expect(histogram.mean == nil)
        #expect(histogram.maximum == nil)
        #expect(histogram.count == 0)
    }

    @Test("small latencies are exact")
    func smallValuesExact() {
        var histogram = LatencyHistogram()
        for micros in 1...20 { histogram.record(.microseconds(micros)) }
        #expect(histogram.value(atPercentile: 50) == .microseconds(10))
        #expect(histogram.value(atPercentile: 100) == .microseconds(20))
        #expect(histogram.count == 20)
    }

    @Test("a percentile is within 0.1 % of the true value", arguments: [50.0, 90.0, 99.0, 99.9])
    func precision(percentile: Double) throws {
        var histogram = LatencyHistogram()
        for step in 1...10_000 { histogram.record(.microseconds(step * 137)) }
        let exact = Double((Int(percentile / 100 * 10_000)) * 137)
        let reported = try #require(histogram.value(atPercentile: percentile))
        let micros = Double(reported.components.attoseconds) / 1e12 + Double(reported.components.seconds) * 1e6
        #expect(micros >= exact * 0.999)
        #expect(micros <= exact * 1.001)
    }

    @Test("the maximum is exact; the top percentile is within 0.1 % of it")
    func maximum() throws {
        var histogram = LatencyHistogram()
        histogram.record(.milliseconds(3))
        histogram.record(.microseconds(1_234_567))
        #expect(histogram.maximum == .microseconds(1_234_567))
        let top = try #require(histogram.value(atPercentile: 100))
        #expect(top >= .microseconds(1_234_567) && top <= .microseconds(1_235_802))
    }

    @Test("latencies beyond an hour count as an hour, without trapping")
    func huge() {
        var histogram = LatencyHistogram()
        histogram.record(.seconds(86_400 * 365))
        histogram.record(.microseconds(-5))
        #expect(histogram.count == 2)
        #expect(histogram.value(atPercentile: 100)! >= .seconds(3_600))
        #expect(histogram.value(atPercentile: 100)! <= .seconds(3_604))
    }

    @Test("the mean is the average of the samples, within 0.1 %")
    func mean() throws {
        var histogram = LatencyHistogram()
        for millis in [1, 2, 3, 6] { histogram.record(.milliseconds(millis)) }
        let mean = try #require(histogram.mean)
        #expect(mean >= .microseconds(2_997) && mean <= .microseconds(3_003))
    }
}
