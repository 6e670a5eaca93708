import ArgumentParser
import LadderUI

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the explorer's keys for each screen, with your config file's remapping.",
        discussion: "Actions are named as config.toml binds them, such as tick = [\"x\"] under [keys].")

    @Flag(help: "Print JSON: contexts[] with id, title and bindings[] (action, keys, description).")
    var json = false

    @Flag(help: "Print the default keys as Markdown tables (docs/keys.md is made with it; your remapping is left out).")
    var markdown = false

    func run() throws {
        let keys = markdown ? KeyMap.standard : try loadConfig().keys
        if markdown {
            try emit(keys.markdown(), terminator: "")
        } else if json {
            try emit(try CatalogJSON.encode(KeysJSON(keys)), terminator: "")
        } else {
            try emit(keys.text(width: OutputWidth.current), terminator: "")
        }
    }

    struct BindingJSON: Encodable {
        let action: String
        let keys: [String]
        let description: String
    }

    struct ContextJSON: Encodable {
        let id: String
        let title: String
        let bindings: [BindingJSON]
    }

    struct KeysJSON: Encodable {
        let contexts: [ContextJSON]

        init(_ keys: KeyMap) {
            contexts = KeyContext.allCases.map { context in
                ContextJSON(
                    id: context.rawValue, title: context.title,
                    bindings: (keys.tables[context] ?? []).map {
                        BindingJSON(action: $0.action.rawValue, keys: $0.keys.map(KeyNames.name), description: $0.help)
                    })
            }
        }
    }
}
