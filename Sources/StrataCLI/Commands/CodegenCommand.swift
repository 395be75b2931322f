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
        let codegen = settings?.codegen ?? [:]
        guard let sourceText = source ?? codegen["source"] ?? settings?.target ?? settings?.databaseURL else {
            throw StrataError.usage("codegen needs --source SOURCE (or codegen.source, target or database_url in strata.yml)")
        }
        // codegen.format from the settings is checked as --format would be.
        let configured = codegen["format"]
        guard let format = format ?? (configured.map { CodegenFormat(argument: $0) } ?? .grdb) else {
            throw StrataError.usage("unknown codegen.format '\(configured ?? "")' from \(settings?.origins["codegen.format"] ?? "strata.yml") (use \(CodegenFormat.allValueStrings.joined(separator: ", ")))")
        }
        let tableList = (tables ?? codegen["tables"]).map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
        let split = self.split || ["true", "yes", "1"].contains((codegen["split"] ?? "").lowercased())
        var schema = try await loadSchema(sourceText, engine: try sourceOptions.engine(), settings: settings, schema: sourceOptions.schema)
        // A JSON snapshot does not say its engine; --dialect does (SQLite's INTEGER is 64 bits, MySQL's INT 32).
        if schema.engine == nil { schema.engine = try sourceOptions.engine() }
        let files = try Codegen.generate(schema, format: format, source: sourceText, output: output ?? codegen["output"], tables: tableList, split: split, namespace: namespace ?? codegen["namespace"])
        let written = try Codegen.write(files)
        guard !project.quiet else { return }
        for f in files { print(written.contains(f.path) ? "Wrote \(f.path)" : "Unchanged \(f.path)") }
    }
}
