import Foundation

/// A random number generator that replays: SplitMix64 from a seed. A test that draws at
/// random makes one with `SeededGenerator.forTest()`, which prints the seed, and takes the
/// seed from `LADDER_TEST_SEED` when set, so a failure seen once can be run again exactly.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A generator seeded from `LADDER_TEST_SEED`, else afresh; the seed is printed with the
    /// test's name so its output says how to replay it.
    public static func forTest(_ name: String = #function) -> SeededGenerator {
        let given = ProcessInfo.processInfo.environment["LADDER_TEST_SEED"].flatMap { UInt64($0) }
        var system = SystemRandomNumberGenerator()
        let seed = given ?? system.next()
        print("\(name): random seed \(seed) (replay with LADDER_TEST_SEED=\(seed))")
        return SeededGenerator(seed: seed)
    }
}
