import ArgumentParser
import LadderConfig
import LadderCore
import LadderText
import LadderImport
import LadderFiles

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's config file, or a usage failure naming every problem in it.
func loadConfig() throws -> Config {
    do {
        return try Config.load(environment: processEnvironment())
    } catch {
        throw CommandFailure.usage("the config file cannot be used; fix or remove it:\n\(error)")
    }
}

/// The variables ladder reads, from the process environment.
func processEnvironment() -> [String: String] {
    var environment: [String: String] = [:]
    for name in [
        "LADDER_PROGRESS", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME", "TERM", "NO_COLOR",
        "LADDER_EXIT_AFTER_FIRST_FRAME",
    ] {
        if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return environment
}

/// `exit`, out of reach of `ParsableCommand.exit(withError:)`.
func terminateProcess(_ code: Int32) -> Never {
    exit(code)
}
