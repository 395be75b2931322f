import ArgumentParser
import Foundation
import StrataAuthoring

struct UpgradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Apply revisions up to a target (default: head).",
        discussion: "Targets: head, heads, an id or unique prefix, a branch label, LABEL@head, +N, REV+N. With --sql, print the SQL instead (range START:END allowed).")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "Where to go.")
    var target: String = "head"

    @Flag(help: "Print the SQL (version-table statements included) instead of running it.")
    var sql = false

    @Option(help: "Engine for --sql when no database URL is configured.")
    var dialect: Engine?

    @Flag(help: "Refuse to run when an applied revision was edited after being applied.")
    var strict = false

    @Flag(help: "Print the pending revisions and their statements, as the live database needs them, and run nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Also print every statement with the time it took.")
    var verbose = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        if dryRun {
            guard !sql else { throw StrataError.usage("--dry-run reads the live database; --sql prints a script without one: pick one") }
            let (plan, engine) = try await project.withRunner(progress: false) { runner in (try await runner.upgradePlan(to: target), runner.db.engine) }
            if plan.isEmpty { print("Nothing to upgrade: the database is already there."); return }
            for (n, id) in plan.enumerated() {
                let r = project.graph.revisions[id]!
                print("Would apply \(id) (\(n + 1)/\(plan.count)) \(UnsafeText.oneLine(r.message))\(r.transactional && engine.dialect.capabilities.transactionalDDL ? "" : " (statement by statement)")")
                let statements = try r.statements(.upgrade, for: engine.dialect)
                for (i, s) in statements.enumerated() {
                    print("  [\(i + 1)/\(statements.count)] \(r.path):\(s.line): \(SQLText.oneLine(s.sql, limit: 200))")
                }
            }
            print("\(plan.count) revision(s) pending; nothing was run.")
            return
        }
        if sql {
            let (start, end) = OfflineScript.range(target)
            let script = OfflineScript(graph: project.graph, dialect: try offlineEngine(project, dialect).dialect, versionTable: project.settings.versionTable)
            print(try script.upgrade(from: start, to: end), terminator: "")
            return
        }
        let applied = try await project.withRunner(strict: strict, verbose: verbose) { try await $0.upgrade(to: target) }
        if !project.options.quiet && !applied.isEmpty { print("Applied \(applied.count) revision(s).") }
    }
}

struct DowngradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "downgrade",
        abstract: "Undo revisions down to a target.",
        discussion: "Targets: base, LABEL@base, an id or unique prefix, -N, REV-N. With --sql, give a range START:END.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "Where to go back to.")
    var target: String

    @Flag(help: "Print the SQL instead of running it (needs START:END).")
    var sql = false

    @Option(help: "Engine for --sql when no database URL is configured.")
    var dialect: Engine?

    @Flag(help: "Refuse to run when an applied revision was edited after being applied.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Also print every statement with the time it took.")
    var verbose = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        if sql {
            let (start, end) = OfflineScript.range(target)
            let script = OfflineScript(graph: project.graph, dialect: try offlineEngine(project, dialect).dialect, versionTable: project.settings.versionTable)
            print(try script.downgrade(from: start, to: end), terminator: "")
            return
        }
        let undone = try await project.withRunner(strict: strict, verbose: verbose) { try await $0.downgrade(to: target) }
        if !project.options.quiet && !undone.isEmpty { print("Undid \(undone.count) revision(s).") }
    }
}

/// The engine for offline SQL: `--dialect`, else the configured URL's engine.
func offlineEngine(_ project: Workspace, _ dialect: Engine?) throws -> Engine {
    try dialect ?? project.databaseURL().engine
}

struct StampCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Set the version table to exactly a target and its ancestors, without running any SQL.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The revision the database is at (head, an id, base, ...).")
    var target: String

    @Flag(help: "Also remove version rows of revisions the migrations folder does not have.")
    var purge = false

    @Flag(help: "Stamp even though a revision is half-applied (its error record is replaced; 'strata resolve' is the usual way).")
    var overHalfApplied = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let (added, removed) = try await project.withRunner(progress: false) { try await $0.stamp(target, purge: purge, overHalfApplied: overHalfApplied) }
        if !project.options.quiet {
            print("Stamped \(target): \(added.count) revision(s) marked applied, \(removed.count) unmarked.")
        }
    }
}

struct ResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Settle a revision that stopped half-way (MySQL/MariaDB, or 'transaction off').")

    @OptionGroup var project: ProjectOptions

    @Flag(help: "How to settle it: --retry runs the rest from the failed statement; --mark-applied records it as done (you finished it by hand); --rollback runs its downgrade section; --forget records it as never applied (you undid it by hand).")
    var how: Runner.Resolution

    @Option(help: ArgumentHelp("With --retry: the statement to go on from, when the process died while a statement ran whose effect does not show in the catalog (that statement: it did not take effect; the next: it did). Other statements are decided from the catalog.", valueName: "n"))
    var from: Int?

    @Flag(name: .shortAndLong, help: "Also print every statement with the time it took.")
    var verbose = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let id = try await project.withRunner(verbose: verbose) { [from] in try await $0.resolve(how, from: from) }
        if !project.options.quiet { print("Resolved \(id) (\(how.rawValue)).") }
    }
}

extension Runner.Resolution: EnumerableFlag {
    public static func name(for value: Self) -> NameSpecification { .customLong(value.rawValue) }
}
