/// A small, fast, seedable random number generator (xoshiro256**), so a simulation replays exactly.
///
/// The state is filled from the seed by SplitMix64, as the xoshiro authors recommend; any seed, zero included, is fine.
/// Not for cryptography.
package struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    package init(seed: UInt64) {
        var mixer = seed
        state = (Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer), Self.splitMix(&mixer))
    }

    /// A generator for one member of a family, independent of its siblings: station `index` of a fleet
    /// seeded with `seed`.
    package init(seed: UInt64, stream index: Int) {
        var mixer = seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: Self.splitMix(&mixer))
    }

    package mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, by: 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, by: 45)
        return result
    }

    /// True with probability `probability` (0…1).
    package mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }

    /// A random duration in `range`, to the millisecond.
    package mutating func duration(in range: ClosedRange<Duration>) -> Duration {
        let low = range.lowerBound.milliseconds
        let high = range.upperBound.milliseconds
        return .milliseconds(Int64.random(in: low...high, using: &self))
    }

    package static func == (lhs: SeededGenerator, rhs: SeededGenerator) -> Bool {
        lhs.state == rhs.state
    }

    private func rotate(_ value: UInt64, by bits: UInt64) -> UInt64 {
        (value << bits) | (value >> (64 - bits))
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
