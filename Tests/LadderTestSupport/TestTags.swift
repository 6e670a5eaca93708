import Foundation
import Testing

extension Tag {
    /// Minutes rather than seconds: builds the package, kills hundreds of writers, or drives the
    /// real binary in tmux. CI runs everything; `LADDER_SKIP_SLOW=1 swift test` leaves these out.
    @Tag public static var slow: Self
    /// Drives the real binary in a terminal (tmux), as a user would.
    @Tag public static var endToEnd: Self
    /// Kills and races writers to prove no rating is ever lost.
    @Tag public static var durability: Self
}

/// What this run of the tests includes.
public enum TestRun {
    /// False under `LADDER_SKIP_SLOW=1`: the suites tagged `.slow` are skipped, said in the
    /// output. (This toolchain's `swift test --skip` matches names, not tags.)
    public static let includesSlow = ProcessInfo.processInfo.environment["LADDER_SKIP_SLOW"] != "1"
}

extension Trait where Self == ConditionTrait {
    /// Runs unless `LADDER_SKIP_SLOW=1`; with `.tags(.slow)` on every slow suite.
    public static var slowSuite: Self { .enabled(if: TestRun.includesSlow, "slow: LADDER_SKIP_SLOW=1 leaves it out") }
}
