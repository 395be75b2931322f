import ArgumentParser
import Foundation
import StrataCodegen
import StrataAuthoring

/// Options for reading schema sources.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Engine for reading .sql files and writing SQL when no database says it.")
    var dialect: Engine?

    @Option(name: .long, parsing: .singleValue, help: "A rename: OLD_TABLE=NEW_TABLE or TABLE.OLD_COLUMN=NEW_COLUMN (repeatable).")
    var rename: [String] = []

    @Option(name: .long, help: "The schema to read from a Workbench model that has several (same as model.mwb#NAME).")
    var schema: String?

    func engine() throws -> Engine? { dialect }
}

/// Loads a source with the project's settings (dev_url, version table), printing its warnings.
func loadSchema(_ text: String, engine: Engine?, settings: Settings?, schema: String? = nil) async throws -> Schema {
    try await SchemaLoader.schema(text, engine: engine, settings: settings, schema: schema, warn: Output.warn)
}

/// Runs `body`; a model the database would refuse is listed object by object, then stops the command (exit 2).
func refusalsListed<T>(_ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let refusal as ModelRefusal {
        for line in refusal.lines { Output.error(line) }
        throw StrataError.usage(refusal.description)
    }
}

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the schema of a source (database URL, .mwb, .sql, .json) as SQL, JSON, or a Mermaid or Graphviz diagram.")

    @Argument(help: "The source; default: the configured database.") var source: String?
    @Option(help: "SQL, a JSON snapshot, a Mermaid erDiagram or a Graphviz graph.") var format: InspectFormat = .sql
    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let settings = try await project.settings()
        guard let text = source ?? settings.databaseURL else { throw StrataError.usage("inspect needs a SOURCE or a configured database_url") }
        let schema = try await loadSchema(text, engine: try sourceOptions.engine(), settings: settings, schema: sourceOptions.schema)
        switch format {
        case .json: print(try SchemaText.json(schema), terminator: "")
        case .sql: print(try SchemaText.sql(schema, engine: try sourceOptions.engine()), terminator: "")
        case .mermaid:
            print(Diagram.mermaid(schema), terminator: "")
        case .dot:
            print(Diagram.dot(schema), terminator: "")
        }
    }
}

struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print the SQL that takes --from to --to (with --reverse, the way back).")

    @Option(help: "The schema as it is.") var from: String
    @Option(help: "The schema as it should be.") var to: String
    @Flag(help: "Print the downgrade instead.") var reverse = false
    @Flag(help: "Leave out the objects of a Workbench model that the database would refuse (listed as warnings) instead of stopping.") var skipInvalid = false
    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let settings: Settings? = try await project.settings()
        let report = try await refusalsListed {
            try await SchemaLoader.diff(from: from, to: to, engine: try sourceOptions.engine(), settings: settings, renames: sourceOptions.rename,
                                        schema: sourceOptions.schema, skipInvalid: skipInvalid, warn: Output.warn)
        }
        if report.steps.isEmpty { if !project.quiet { FileHandle.standardError.write(Data("No differences.\n".utf8)) }; return }
        print(report.script(reverse: reverse), terminator: "")
    }
}

struct AutogenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autogenerate",
        abstract: "Write a revision that brings the database to the target schema, with upgrade and downgrade.")

    @Option(name: [.short, .customLong("message")], help: "What the revision does.") var message: String
    @Option(help: "The desired schema (database URL, .sql, .json); default: 'target' from strata.yml.") var target: String?
    @Flag(help: "Leave out the objects of a Workbench model that the database would refuse, each written as a comment in the revision, instead of stopping.") var skipInvalid = false
    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let project = try await Workspace.load(self.project)
        try await Autogenerate.run(project: project, message: message, target: target, sourceOptions: sourceOptions, skipInvalid: skipInvalid)
    }
}

enum Autogenerate {
    /// `autogenerate` and `revision --autogenerate`: the library's verb, printed.
    static func run(project: Workspace, message: String, target: String?, sourceOptions: SourceOptions, skipInvalid: Bool = false) async throws {
        let request = AutogenerateRequest(message: message, target: target, renames: sourceOptions.rename, schema: sourceOptions.schema, skipInvalid: skipInvalid)
        let report = try await refusalsListed {
            try await project.core.autogenerate(request, onEvent: project.warningsOnly(), warn: Output.warn)
        }
        if report.written.isEmpty {
            print("Nothing to do: the database matches \(report.target).")
            return
        }
        for w in report.written {
            if project.options.quiet { print(w.path); continue }
            print("Generating \(w.path) ... done" + (report.engines.count > 1 ? " (sections for \(report.engines.map(\.rawValue).joined(separator: ", ")))" : ""))
            for c in w.changes { print("  \(c.isDestructive ? "! " : "  ")\(c.summary)") }
            let destructive = w.changes.filter(\.isDestructive).count
            if destructive > 0 {
                print("\(destructive) destructive change(s) marked '!': review them before 'strata upgrade'.")
            }
            for d in w.destructiveDowngrade { print("  ! downgrade: \(UnsafeText.oneLine(d))") }
            if !w.destructiveDowngrade.isEmpty {
                print("The downgrade can lose data (marked DESTRUCTIVE DOWNGRADE in the file): rows written after the upgrade may not fit.")
            }
        }
    }
}
