/// Counts latencies in fixed log-linear buckets, for percentiles in constant memory and constant time per sample.
///
/// The HdrHistogram scheme at a fixed precision: values are whole microseconds; below 32 µs every value has its own
/// bucket, above that each power of two is split into 32 equal buckets, so a reported percentile is at most 1/32
/// (3.1 %) above the true value. The range ends at 2^40 µs (12.7 days); larger values land in the last bucket.
/// HdrHistogram itself is not among the dependencies this project may use; this is its core in 100 lines.
package struct LatencyHistogram: Sendable, Equatable {
    private static let subBucketBits = 5
    private static let subBuckets = 1 << subBucketBits
    private static let highestExponent = 40
    private static let bucketCount = subBuckets + (highestExponent - subBucketBits + 1) * subBuckets

    private var counts: [UInt64]
    package private(set) var count: UInt64 = 0
    package private(set) var maximum: Duration?
    /// The sum of all samples in microseconds, for the mean.
    private var totalMicroseconds: UInt64 = 0

    package init() {
        counts = Array(repeating: 0, count: Self.bucketCount)
    }

    /// Adds one latency; negative ones count as zero.
    package mutating func record(_ latency: Duration) {
        let micros = UInt64(clamping: max(0, latency.microseconds))
        counts[Self.bucket(of: micros)] += 1
        count += 1
        totalMicroseconds &+= micros
        maximum = Swift.max(maximum ?? latency, latency)
    }

    /// Adds every sample of `other`.
    package mutating func merge(_ other: LatencyHistogram) {
        for index in counts.indices { counts[index] += other.counts[index] }
        count += other.count
        totalMicroseconds &+= other.totalMicroseconds
        if let otherMaximum = other.maximum { maximum = Swift.max(maximum ?? otherMaximum, otherMaximum) }
    }

    /// The latency below or at which `percentile` percent (0…100) of the samples lie; nil when empty.
    ///
    /// The upper end of the bucket that holds the sample of that rank, but never above the largest sample
    /// (which the last, open-ended bucket reports).
    package func value(atPercentile percentile: Double) -> Duration? {
        guard count > 0, let maximum else { return nil }
        let rank = Swift.max(1, UInt64((Swift.min(100, Swift.max(0, percentile)) / 100 * Double(count)).rounded(.up)))
        var seen: UInt64 = 0
        for (index, bucketCount) in counts.enumerated() where bucketCount > 0 {
            seen += bucketCount
            if seen >= rank {
                guard index < Self.bucketCount - 1 else { return maximum }
                return Swift.min(.microseconds(Int64(clamping: Self.upperBound(of: index))), maximum)
            }
        }
        return maximum
    }

    /// The mean latency; nil when empty.
    package var mean: Duration? {
        count == 0 ? nil : .microseconds(Int64(clamping: totalMicroseconds / count))
    }

    /// The bucket of `micros`.
    static func bucket(of micros: UInt64) -> Int {
        guard micros >= UInt64(subBuckets) else { return Int(micros) }
        let exponent = Swift.min(63 - micros.leadingZeroBitCount, highestExponent)
        let shift = exponent - subBucketBits
        let subBucket = Swift.min(Int(micros >> UInt64(shift)) - subBuckets, subBuckets - 1)
        return subBuckets + shift * subBuckets + subBucket
    }

    /// The largest value, in microseconds, that falls into bucket `index`.
    static func upperBound(of index: Int) -> UInt64 {
        guard index >= subBuckets else { return UInt64(index) }
        let shift = (index - subBuckets) / subBuckets
        let subBucket = (index - subBuckets) % subBuckets
        return (UInt64(subBuckets + subBucket + 1) << UInt64(shift)) - 1
    }
}
