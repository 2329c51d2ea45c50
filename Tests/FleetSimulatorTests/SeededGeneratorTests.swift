import FleetSimulator
import Testing

@Suite("Seeded generator")
struct SeededGeneratorTests {
    @Test("the same seed replays the same numbers")
    func replay() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        #expect((0..<100).map { _ in first.next() } == (0..<100).map { _ in second.next() })
    }

    @Test("seeds and streams give different numbers")
    func independence() {
        var first = SeededGenerator(seed: 42)
        var other = SeededGenerator(seed: 43)
        var stream = SeededGenerator(seed: 42, stream: 1)
        let numbers = (0..<8).map { _ in first.next() }
        #expect(numbers != (0..<8).map { _ in other.next() })
        #expect(numbers != (0..<8).map { _ in stream.next() })
    }

    @Test("chance follows its probability")
    func chance() {
        var random = SeededGenerator(seed: 1)
        let hits = (0..<10_000).filter { _ in random.chance(0.25) }.count
        #expect((2_300...2_700).contains(hits))
        #expect(!(0..<100).contains { _ in random.chance(0) })
    }
}
