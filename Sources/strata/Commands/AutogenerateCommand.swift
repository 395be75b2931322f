import ArgumentParser
import Foundation
import StrataCodegen
import StrataKit

/// Options for reading schema sources.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: "Engine for reading .sql files and writing SQL when no database says it (sqlite, postgresql, mysql).")
    var dialect: String?

    @Option(name: .long, parsing: .singleValue, help: "A rename: OLD_TABLE=NEW_TABLE or TABLE.OLD_COLUMN=NEW_COLUMN (repeatable).")
    var rename: [String] = []

    @Option(name: .long, help: "The schema to read from a Workbench model that has several (same as model.mwb#NAME).")
    var schema: String?

    func engine() throws -> Engine? {
        guard let dialect else { return nil }
        guard let e = Engine(name: dialect) else { throw StrataError.usage("unknown --dialect '\(dialect)' (use sqlite, postgresql or mysql)") }
        return e
    }
}

/// Loads a source with the project's settings (dev_url, version table).
func loadSchema(_ text: String, engine: Engine?, settings: Settings?, schema: String? = nil) async throws -> Schema {
    var source = try SchemaSource(text)
    if let schema, case .workbench(let path, nil) = source { source = .workbench(path, schema: schema) }
    var excluded: Set<String> = ["strata_version"]
    if let t = settings?.versionTable { excluded.insert(t) }
    var ddlEngine = engine
    if ddlEngine == nil, case .ddlFile = source, let url = settings?.databaseURL { ddlEngine = try? DatabaseURL(url).engine }
    let (loaded, _, warnings, invalid) = try await source.loadWithWarnings(engine: ddlEngine, devURL: settings?.devURL, excluding: excluded)
    for w in warnings { Output.warn(w) }
    for o in invalid { Output.warn(UnsafeText.oneLine("\(source): \(o)")) }
    return loaded
}

/// Loads the schema a revision is written towards. A Workbench model is first checked for what the
/// database would refuse (`ModelCheck`, on each engine that has a scratch database): every such
/// object is listed and the command stops with exit 2 before anything is written, unless
/// `skipInvalid`, which leaves exactly those objects out and returns them for the revision's comments.
func loadTarget(_ text: String, engine: Engine?, checkOn engines: [Engine], settings: Settings?, schema: String?, skipInvalid: Bool) async throws -> (schema: Schema, leftOut: [InvalidObject]) {
    var source = try SchemaSource(text)
    if let schema, case .workbench(let path, nil) = source { source = .workbench(path, schema: schema) }
    guard source.isUnchecked else { return (try await loadSchema(text, engine: engine, settings: settings, schema: schema), []) }
    let (loaded, name, warnings, found) = try await source.loadWithWarnings(engine: engine, devURL: settings?.devURL)
    for w in warnings { Output.warn(w) }
    var invalid = found
    for engine in engines.isEmpty ? [loaded.engine ?? .mysql] : engines {
        guard let refused = try await ModelCheck.refusals(loaded.removing(invalid), engine: engine, devURL: settings?.devURL) else {
            if !loaded.views.isEmpty || !loaded.routines.isEmpty { Output.warn("\(source): views and routines are not checked on \(engine) before writing (set dev_url in strata.yml to check them on a scratch database)") }
            continue
        }
        for o in refused where !invalid.contains(where: { $0.kind == o.kind && $0.owner == o.owner && $0.part == o.part }) {
            var o = o
            if o.schemaLabel == nil { o.schemaLabel = name }
            invalid.append(o)
        }
    }
    guard !invalid.isEmpty else { return (loaded, []) }
    if skipInvalid {
        for o in invalid { Output.warn(UnsafeText.oneLine("\(source): left out (--skip-invalid): \(o)")) }
        return (loaded.removing(invalid), invalid)
    }
    for o in invalid { Output.error(UnsafeText.oneLine("\(source): \(o)")) }
    throw StrataError.usage("\(source): \(invalid.count) object(s) the database would refuse, listed above; nothing was written. Fix them in the model, or pass --skip-invalid to leave exactly these out")
}

func dialect(for engine: Engine) -> any Dialect { Databases.dialect(for: engine) }

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the schema of a source (database URL, .mwb, .sql, .json) as SQL, JSON, or a Mermaid or Graphviz diagram.")

    @Argument(help: "The source; default: the configured database.") var source: String?
    @Option(help: "sql, json, mermaid (an erDiagram) or dot (Graphviz).") var format: String = "sql"
    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var project: ProjectOptions

    func run() async throws {
        let settings = try await project.settings()
        guard let text = source ?? settings.databaseURL else { throw StrataError.usage("inspect needs a SOURCE or a configured database_url") }
        let schema = try await loadSchema(text, engine: try sourceOptions.engine(), settings: settings, schema: sourceOptions.schema)
        switch format {
        case "json":
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(schema.snapshot()), as: UTF8.self))
        case "sql":
            guard let engine = try sourceOptions.engine() ?? schema.engine else {
                throw StrataError.usage("--format sql of a snapshot needs --dialect")
            }
            // A schema from another engine (a MySQL Workbench model as SQLite) is mapped first, as autogenerate does.
            let source = schema.engine.map { $0 == engine ? schema : TypeMapping.map(schema, to: engine) } ?? schema
            let statements = try dialect(for: engine).createStatements(source)
            print(GeneratedText.script(statements, engine: engine), terminator: "")
        case "mermaid":
            print(Diagram.mermaid(schema), terminator: "")
        case "dot":
            print(Diagram.dot(schema), terminator: "")
        default:
            throw StrataError.usage("unknown --format '\(format)' (use sql, json, mermaid or dot)")
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
        let engine = try sourceOptions.engine()
        let current = try await loadSchema(from, engine: engine, settings: settings, schema: sourceOptions.schema)
        let known = engine ?? current.engine
        let (desired, leftOut) = try await loadTarget(to, engine: engine, checkOn: known.map { [$0] } ?? [], settings: settings,
                                                      schema: sourceOptions.schema, skipInvalid: skipInvalid)
        guard let target = known ?? desired.engine else { throw StrataError.usage("diff of two snapshots needs --dialect") }
        try RenameHints.check(sourceOptions.rename, current: current, desired: desired)
        // The same plan as autogenerate's: each side materialised on the target engine first (a model's
        // AUTO_INCREMENT becomes SQLite's INTEGER PRIMARY KEY), PostgreSQL enum additions first.
        let steps = try GeneratedMigration.plan(current: current, desired: desired, dialect: dialect(for: target), renames: try RenameHints(parsing: sourceOptions.rename))
        for note in steps.flatMap(\.notes) { Output.warn(note) }
        if steps.isEmpty { if !project.quiet { FileHandle.standardError.write(Data("No differences.\n".utf8)) }; return }
        let statements = reverse ? steps.reversed().flatMap(\.downgrade) : steps.flatMap(\.upgrade)
        let comments = leftOut.map { "-- LEFT OUT (--skip-invalid): \(UnsafeText.oneLine($0.description))\n" }.joined()
        print(comments + GeneratedText.script(statements, engine: target), terminator: "")
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
        let project = try await Project.load(self.project)
        try await Autogenerate.run(project: project, message: message, target: target, sourceOptions: sourceOptions, skipInvalid: skipInvalid)
    }
}

enum Autogenerate {
    static func run(project: Project, message: String, target: String?, sourceOptions: SourceOptions, skipInvalid: Bool = false) async throws {
        let settings = project.settings
        guard let targetText = target ?? settings.target else {
            throw StrataError.usage("autogenerate needs --target SOURCE or 'target' in strata.yml")
        }
        let graph = project.graph
        var renameHints = sourceOptions.rename
        let (current, engine, pending) = try await project.withRunner(progress: false) { runner -> (Schema, Engine, [String]) in
            let rows = try await runner.applied()
            // A revision on top of a half-applied one would be written against a schema nobody meant (as upgrade refuses, exit 5).
            if let stuck = rows.first(where: { !$0.isApplied }) {
                throw StrataError.needsAttention(Runner.attentionMessage(stuck, table: runner.versionTable.name))
            }
            let applied = Set(rows.map(\.revision))
            let pending = graph.revisions.isEmpty ? [] : graph.upgradePlan(applied: applied, to: .init(revisions: Set(graph.heads)))
            return (try await runner.db.inspect(excluding: [settings.versionTable]), runner.db.engine, pending)
        }
        guard pending.isEmpty else {
            throw StrataError.usage("the database is not at head: \(pending.count) revision(s) pending (\(pending.joined(separator: ", "))); run 'strata upgrade head' first, so the new revision builds on them")
        }
        let engines = [engine] + settings.engines.filter { $0 != engine }
        let (desired, leftOut) = try await loadTarget(targetText, engine: engine, checkOn: engines, settings: settings, schema: sourceOptions.schema, skipInvalid: skipInvalid)
        try RenameHints.check(sourceOptions.rename, current: current, desired: desired)
        // Exact renames: the same object id under a new name since the head revision was generated.
        let previousTarget = TargetSnapshot.load(migrations: settings.migrations, graph: graph)
        if let previous = previousTarget {
            for hint in desired.renames(since: previous) where !renameHints.contains(hint) { renameHints.append(hint) }
        }
        let renames = try RenameHints(parsing: renameHints)
        // The connected engine first, then any others listed in 'engines' (one history, a section per engine).
        // The base for every engine: the target the last revision was generated from, when the database
        // still matches it, because mapping the connected database to another engine loses detail
        // (an ENUM kept on SQLite as TEXT with a CHECK is still an ENUM on MySQL).
        var base = current
        if let previous = previousTarget, previous.engine != engine || engines.count > 1 {
            let drift = Differ(options: .init(ignoreColumnOrder: engine == .postgresql)).diff(from: current, to: TypeMapping.map(previous, to: engine)).changes
            if drift.isEmpty { base = previous } else {
                Output.warn("the database differs from the target the head revision was generated from (\(drift.count) change(s)); generating from the database as it is")
            }
        }
        let steps = try GeneratedMigration.plan(current: base, desired: desired, engines: engines, renames: renames)
        for note in steps.compactMap({ $0[engine] }).flatMap(\.notes) { Output.warn(note) }
        if steps.isEmpty || steps.allSatisfy({ $0[engine]?.isEmpty ?? true }) {
            print("Nothing to do: the database matches \(try SchemaSource(targetText)).")
            return
        }
        var parents: [String] = []
        if !graph.revisions.isEmpty { parents = [try graph.singleHead()] }
        let now = Date()
        for (n, step) in steps.enumerated() {
            let migration = step[engine]!
            let id = RevisionWriter.newID()
            let stepMessage = steps.count == 1 ? message : (n == 0 ? "\(message) (enum values)" : message)
            var header = "-- Generated by strata autogenerate from \(UnsafeText.oneLine(try SchemaSource(targetText).description)) on \(engine).\n"
            if steps.count > 1 && n == 0 { header += "-- Enum values added first, in their own transaction: PostgreSQL cannot use a new value before it commits.\n" }
            // Every comment line stays one line, whatever the names hold.
            header += migration.changes.map { "-- \($0.isDestructive ? "DESTRUCTIVE: " : "")\(UnsafeText.oneLine($0.summary))" }.joined(separator: "\n")
            header += migration.destructiveDowngrade.map { "\n-- DESTRUCTIVE DOWNGRADE: \(UnsafeText.oneLine($0))" }.joined()
            if n == steps.count - 1 { header += leftOut.map { "\n-- LEFT OUT (--skip-invalid): \(UnsafeText.oneLine($0.description))" }.joined() }
            var upgrade: [RevisionSection] = [], downgrade: [RevisionSection] = []
            if engines.count == 1 {
                upgrade = [RevisionSection(sql: header + "\n" + migration.section(migration.upgrade, engine: engine))]
                downgrade = [RevisionSection(sql: migration.section(migration.downgrade, engine: engine))]
            } else {
                for e in engines {
                    let m = step[e]!
                    upgrade.append(RevisionSection(engine: e, sql: (e == engine ? header + "\n" : "") + (m.isEmpty ? "-- nothing to do on \(e)" : m.section(m.upgrade, engine: e))))
                    downgrade.append(RevisionSection(engine: e, sql: m.isEmpty ? "-- nothing to do on \(e)" : m.section(m.downgrade, engine: e)))
                }
            }
            let revision = Revision(id: id, parents: parents, message: stepMessage, created: RevisionWriter.timestamp(now.addingTimeInterval(Double(n))),
                                    upgrade: upgrade, downgrade: downgrade)
            let path = settings.migrations + "/" + RevisionWriter.fileName(id: id, message: stepMessage, date: now)
            try Files.create(RevisionWriter.render(revision), at: path)
            parents = [id]
            if n == steps.count - 1 { try TargetSnapshot.save(desired, migrations: settings.migrations, revision: id, graph: graph) }
            if project.options.quiet { print(path); continue }
            print("Generating \(path) ... done" + (engines.count > 1 ? " (sections for \(engines.map(\.rawValue).joined(separator: ", ")))" : ""))
            for c in migration.changes { print("  \(c.isDestructive ? "! " : "  ")\(c.summary)") }
            if !migration.destructive.isEmpty {
                print("\(migration.destructive.count) destructive change(s) marked '!': review them before 'strata upgrade'.")
            }
            for d in migration.destructiveDowngrade { print("  ! downgrade: \(UnsafeText.oneLine(d))") }
            if !migration.destructiveDowngrade.isEmpty {
                print("The downgrade can lose data (marked DESTRUCTIVE DOWNGRADE in the file): rows written after the upgrade may not fit.")
            }
        }
    }
}

/// The target schema each autogenerated revision was generated from, in
/// `migrations/.strata-target/<revision>.json` (commit it with the revision). The next autogenerate
/// reads the one of the head revision (or of its nearest ancestor that has one), so deleting a
/// revision file and generating again starts from what the remaining head was made from, and the
/// object ids still tell renames from drop-and-add.
enum TargetSnapshot {
    static let directoryName = ".strata-target"
    /// The single file of earlier versions: used only while the folder does not exist yet.
    static let legacyFileName = ".strata-target.json"

    static func path(_ migrations: String, _ revision: String) -> String { "\(migrations)/\(directoryName)/\(revision).json" }

    static func load(migrations: String, graph: RevisionGraph) -> Schema? {
        let directory = migrations + "/" + directoryName
        guard FileManager.default.fileExists(atPath: directory) else { return read(migrations + "/" + legacyFileName) }
        guard let head = try? graph.singleHead() else { return nil }
        // The head, then its first parents, until one was generated.
        var id: String? = head
        while let current = id, let r = graph.revisions[current] {
            if let schema = read(path(migrations, current)) { return schema }
            id = r.parents.first
        }
        return nil
    }

    static func read(_ path: String) -> Schema? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Schema.self, from: data)
    }

    /// Writes the snapshot of `revision`; removes those of revisions the folder no longer has, and the legacy file.
    static func save(_ schema: Schema, migrations: String, revision: String, graph: RevisionGraph) throws {
        let directory = migrations + "/" + directoryName
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw StrataError.io("cannot create \(directory): \(error.localizedDescription)")
        }
        try write(schema, to: path(migrations, revision))
        for file in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where file.hasSuffix(".json") {
            let id = String(file.dropLast(5))
            if id != revision && graph.revisions[id] == nil { try? FileManager.default.removeItem(atPath: directory + "/" + file) }
        }
        try? FileManager.default.removeItem(atPath: migrations + "/" + legacyFileName)
    }

    static func write(_ schema: Schema, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Object ids are kept: they tell the next autogenerate what was renamed.
        var s = schema
        s.tables.sort { $0.qualifiedName < $1.qualifiedName }
        do { try encoder.encode(s).write(to: URL(fileURLWithPath: path)) } catch {
            throw StrataError.io("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// Scripts printed by inspect and diff.
enum GeneratedText {
    static func script(_ statements: [String], engine: Engine) -> String { SQLText.script(statements, for: engine) }
}
