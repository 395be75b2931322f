import ArgumentParser
import Foundation
import StrataCodegen
import StrataAuthoring

struct CodegenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codegen",
        abstract: "Write model code (GRDB, Fluent, Codable structs, SQLAlchemy) from a schema source.",
        discussion: """
            The source is a database URL, a .mwb model, a .sql file or a .json snapshot; by default codegen.source, \
            else target, else database_url from strata.yml. Files whose contents did not change are not rewritten.
            """)

    @Option(help: "The schema to generate from (database URL, .mwb, .sql, .json).") var source: String?
    @Option(help: "The kind of model code (default: codegen.format, else grdb).") var format: CodegenFormat?
    @Option(name: [.short, .customLong("output")], help: "A directory, or one .swift/.py file (default: codegen.output, else .).") var output: String?
    @Option(help: "Only these tables, comma-separated.") var tables: String?
    @Flag(help: "One file per table (Swift formats).") var split = false
    @Option(help: "Wrap the Swift types in an enum of this name (models of several schemas in one module).") var namespace: String?
    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let settings: Settings? = try await project.settings()
        let request = try CodegenRequest(settings: settings, source: source, format: format, output: output, tables: tables,
                                         split: split, namespace: namespace)
        let schema = try await loadSchema(request.source, engine: try sourceOptions.engine(), settings: settings, schema: sourceOptions.schema)
        let files = try request.files(for: schema, engine: try sourceOptions.engine())
        let written = try Codegen.write(files)
        guard !project.quiet else { return }
        for f in files { print(written.contains(f.path) ? "Wrote \(f.path)" : "Unchanged \(f.path)") }
    }
}
