import Foundation
import PackagePlugin

/// Embeds the bundled catalog (`Resources/catalog/*.json`) into the target as
/// Swift raw string literals, so a binary copied anywhere carries its catalog.
///
/// `.embedInCode` compiles far too slowly for a catalog this size, and
/// `Bundle.module` breaks once the binary leaves its build folder.
@main
struct EmbedCatalog: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let catalogDirectory = context.package.directoryURL
            .appending(path: "Resources")
            .appending(path: "catalog")
        let catalogFiles = try FileManager.default
            .contentsOfDirectory(at: catalogDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledCatalogFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(catalogFiles.count) catalog files",
                executable: try context.tool(named: "CatalogEmbedder").url,
                arguments: [output.path] + catalogFiles.map(\.path),
                inputFiles: catalogFiles,
                outputFiles: [output]
            )
        ]
    }
}
