import ArgumentParser
import Foundation
import StrataAuthoring

/// `strata repair`, as Flyway's: accept what was changed on purpose.
struct RepairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "Accept applied revisions edited on purpose (record their new checksums), and with --failed forget a failed upgrade you cleaned up by hand.")

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Also forget a half-applied upgrade whose partial changes you undid by hand (as 'resolve --forget').")
    var failed = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let result = try await project.withRunner(progress: false) { try await $0.repair(failed: failed) }
        guard !project.options.quiet else { return }
        for (id, old, new) in result.checksums { print("Accepted the edit of \(id): checksum \(old.prefix(12)) -> \(new.prefix(12)) (the old one is kept in the row's note).") }
        if let id = result.forgotten { print("Forgot the failed upgrade of \(id).") }
        if result.checksums.isEmpty && result.forgotten == nil { print("Nothing to repair.") }
    }
}

/// `strata baseline`: adopt a database that has the schema already.
struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Adopt a database that already has the schema: record REV (default head) and its ancestors as applied, running no SQL.",
        discussion: "Refuses when the version table has rows. With --check, first builds the revisions up to REV in a scratch database (in memory for SQLite, on dev_url for the servers) and refuses (exit 1) when the database differs.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: "The revision the database is at.")
    var revision: String = "head"

    @Flag(help: "Compare the database with what the revisions build before recording anything.")
    var check = false

    func run() async throws {
        let project = try await Workspace.load(self.project)
        let settings = project.settings
        let added = try await project.withRunner(progress: false) { runner -> [String] in
            try await runner.baseline(revision) { plan in
                guard check else { return }
                let engine = runner.db.engine
                let statements = try plan.flatMap { try project.graph.revisions[$0]!.statements(.upgrade, for: engine.dialect) }
                let built = try await SchemaSource.schema(of: statements, path: "the revisions up to \(revision)", engine: engine,
                                                          devURL: settings.devURL, excluding: [settings.versionTable])
                let current = try await runner.db.inspect(excluding: [settings.versionTable])
                let drift = Differ(options: .init(ignoreColumnOrder: !engine.dialect.capabilities.reordersColumns)).diff(from: current, to: built).changes
                if !drift.isEmpty {
                    let list = drift.prefix(10).map { UnsafeText.oneLine($0.summary) }.joined(separator: "; ")
                    throw StrataError.checkFailed("the database differs from what the revisions up to \(revision) build in \(drift.count) way(s): \(list)\(drift.count > 10 ? "; ..." : ""); nothing was recorded")
                }
            }
        }
        if !project.options.quiet { print("Baselined at \(revision): \(added.count) revision(s) recorded as applied\(check ? " (the database matches them)" : "").") }
    }
}
