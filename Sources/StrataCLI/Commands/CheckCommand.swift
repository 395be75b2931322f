import ArgumentParser
import Foundation
import StrataAuthoring

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the migrations (and the database, if configured) for CI: exit 1 on a problem.",
        discussion: "Problems: several heads, applied revisions edited afterwards, a half-applied revision, revisions in the database that the folder lacks. Pending revisions are reported, not a failure.")

    @OptionGroup var project: ProjectOptions
    @Flag(help: "Only check the files, not the database.") var offline = false
    @Flag(help: "Accept several heads.") var allowMultipleHeads = false
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "Also compare the database with this schema (database URL, .sql, .json): drift fails the check.") var target: String?
    @OptionGroup var sourceOptions: SourceOptions

    struct Report: Encodable {
        var revisions: Int
        var heads: [String]
        var database: String?
        var pending: [String]
        var problems: [String]
        var drift: [String]
        var inProgress: String?
    }

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let graph = project.graph
        var report = Report(revisions: graph.revisions.count, heads: graph.heads, database: nil, pending: [], problems: [], drift: [])
        if graph.heads.count > 1 && !allowMultipleHeads {
            report.problems.append("\(graph.heads.count) heads: \(graph.describe(graph.heads)); run 'strata merge' or pass --allow-multiple-heads")
        }
        // Every section closes what it opens (a quote, a comment, $$, DELIMITER) on the engines it runs
        // on: the configured database's and those in 'engines'; without either, a section for every
        // engine is reported when it is open on all three.
        var known = project.settings.engines
        if let text = project.settings.databaseURL, let e = try? DatabaseURL(text).engine, !known.contains(e) { known.insert(e, at: 0) }
        for id in graph.order {
            let r = graph.revisions[id]!
            for (direction, sections) in [("upgrade", r.upgrade), ("downgrade", r.downgrade)] {
                for section in sections {
                    let engines = section.engine.map { [$0] } ?? (known.isEmpty ? Engine.allCases : known)
                    let open = engines.compactMap { e in SQLSplitter.unterminated(section.sql, lexicon: e.dialect.lexicon, firstLine: section.firstLine).map { (e, $0) } }
                    guard let first = open.first, section.engine != nil || !known.isEmpty || open.count == engines.count else { continue }
                    report.problems.append("\(r.path):\(first.1.line): \(first.1.what) in the \(direction) section\(section.engine.map { " for \($0)" } ?? "") (on \(open.map(\.0.rawValue).joined(separator: ", ")))")
                }
            }
        }
        if !offline && project.settings.databaseURL != nil {
            try await project.withRunner(progress: false) { runner in
                report.database = runner.db.url.description
                let rows = try await runner.applied()
                let ids = Set(rows.map(\.revision))
                for row in runner.editedRevisions(rows) {
                    let r = graph.revisions[row.revision]!
                    report.problems.append("revision \(row.revision) (\(r.path)) was edited after it was applied (checksum \(row.checksum.prefix(12)) in the database, \(r.checksum(for: runner.db.engine).prefix(12)) in the file)")
                }
                if let row = rows.first(where: { !$0.isApplied }) {
                    switch try await runner.state(of: row) {
                    case .applied: break
                    // A revision being applied under another runner's lock is not a failure.
                    case .inProgress(let text): report.inProgress = text
                    case .needsAttention(let text): report.problems.append(text)
                    }
                }
                for id in ids.sorted() where graph.revisions[id] == nil {
                    report.problems.append("the database has revision \(id), which the migrations folder does not have")
                }
                report.pending = graph.upgradePlan(applied: ids, to: .init(revisions: Set(graph.heads)))
                for (id, before) in graph.insertedBeforeApplied(Set(rows.filter(\.isApplied).map(\.revision))) {
                    report.problems.append("revision \(id) (\(graph.revisions[id]!.path)) is not applied but comes before \(before.joined(separator: ", ")), which are: it was put into the history after they ran, and would run after them")
                }
                if let targetText = target ?? project.settings.target {
                    let current = try await runner.db.inspect(excluding: [project.settings.versionTable])
                    let desired = TypeMapping.map(try await loadSchema(targetText, engine: runner.db.engine, settings: project.settings, schema: sourceOptions.schema), to: runner.db.engine)
                    let diff = Differ(options: .init(renames: try RenameHints(parsing: sourceOptions.rename), ignoreColumnOrder: !runner.db.dialect.capabilities.reordersColumns))
                        .diff(from: current, to: desired)
                    report.drift = diff.changes.map { UnsafeText.oneLine($0.summary) }  // names from a live database reach the terminal
                    if !diff.changes.isEmpty {
                        report.problems.append("the database differs from \(try SchemaSource(targetText)) in \(diff.changes.count) way(s)")
                    }
                }
            }
        }
        if json {
            try Output.json(report)
        } else {
            print("\(report.revisions) revision(s), \(report.heads.count) head(s)\(report.database.map { "; database \($0)" } ?? "")")
            if !report.pending.isEmpty { print("\(report.pending.count) revision(s) pending: \(report.pending.joined(separator: ", "))") }
            for p in report.problems { print("\(Style.red("FAIL")): \(p)") }
            for d in report.drift { print("  drift: \(d)") }
            if let running = report.inProgress { print(running) }
            if report.problems.isEmpty { print(Style.green("OK")) }
        }
        if !report.problems.isEmpty {
            throw ExitCode(1)
        }
    }
}

struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings, where each came from, with secrets masked.")

    @OptionGroup var project: ProjectOptions
    @Flag(help: "Print JSON.") var json = false

    struct Entry: Encodable { var key: String; var value: String?; var origin: String? }

    func run() async throws {
        let settings = try await project.settings()
        let entries = Settings.keys.map { Entry(key: $0, value: settings.display($0), origin: settings.origins[$0]) }
        if json {
            return try Output.json(["environment": [Entry(key: "environment", value: settings.environment, origin: nil)], "settings": entries])
        }
        print("environment: \(settings.environment)")
        for e in entries {
            print("\(e.key): \(e.value ?? "(not set)")\(e.origin.map { "    # \($0)" } ?? "")")
        }
    }
}
