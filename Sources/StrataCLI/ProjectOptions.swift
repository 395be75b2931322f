import ArgumentParser
import Foundation
import StrataAuthoring

/// Options every command that reads the project takes.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "Settings file (default: strata.yml in the working directory).")
    var config: String = "strata.yml"

    @Option(name: .long, help: "Named environment from strata.yml (default: STRATA_ENV, else development).")
    var env: String?

    @Option(name: [.customLong("url"), .customLong("database-url")], help: "Database URL; overrides settings and STRATA_DATABASE_URL.")
    var url: String?

    @Option(name: .long, help: "Version table name; give each project sharing a database its own.")
    var versionTable: String?

    @Flag(name: [.short, .long], help: "Print only errors and the results asked for.")
    var quiet = false

    func settings() async throws -> Settings {
        var overrides: [String: String] = [:]
        if let url { overrides["database_url"] = url }
        if let versionTable { overrides["version_table"] = versionTable }
        return try await SettingsLoader.load(configPath: config, environment: env, overrides: overrides)
    }
}

/// What a command works with: the library's project (settings, the revision graph, on demand a
/// database) and the options that say how to print.
struct Workspace {
    let core: Project
    let options: ProjectOptions

    var settings: Settings { core.settings }
    var graph: RevisionGraph { core.graph }

    static func load(_ options: ProjectOptions) async throws -> Workspace {
        Workspace(core: try Project.load(settings: try await options.settings()), options: options)
    }

    /// The database URL, or a usage error that says how to give one.
    func databaseURL() throws -> DatabaseURL { try core.databaseURL() }

    /// Runner events printed only when they are warnings (for verbs that do not print progress).
    func warningsOnly() -> @Sendable (RunnerEvent) -> Void {
        let reporter = ProgressReporter(quiet: options.quiet, verbose: false)
        return { event in if case .warning = event { reporter.handle(event) } }
    }

    /// Connects, runs `body` with a runner, and closes the connection.
    ///
    /// `progress` prints the run as it goes (see `ProgressReporter`); `verbose` adds every statement.
    func withRunner<T>(strict: Bool = false, progress: Bool = true, verbose: Bool = false, _ body: (Runner) async throws -> T) async throws -> T {
        let db = try await Databases.connect(try databaseURL())
        let reporter = ProgressReporter(quiet: options.quiet, verbose: verbose)
        let runner = Runner(graph: graph, db: db, versionTable: settings.versionTable, lockTimeout: settings.lockTimeout,
                            strict: strict, onEvent: { event in
                                // Warnings are printed even where progress is not (stamp, autogenerate, current).
                                if case .warning = event { reporter.handle(event) } else if progress { reporter.handle(event) }
                            })
        do {
            let value = try await body(runner)
            reporter.finish()
            await db.close()
            return value
        } catch {
            reporter.finish()
            await db.close()
            throw error
        }
    }
}

/// Printing, kept in one place.
enum Output {
    static func line(_ s: String) { print(s) }

    static func warn(_ s: String) { FileHandle.standardError.write(Data("strata: \(Style.yellow("warning:", fd: STDERR_FILENO)) \(s)\n".utf8)) }

    /// One of several errors listed before the command stops.
    static func error(_ s: String) { FileHandle.standardError.write(Data("strata: \(Style.red("error:", fd: STDERR_FILENO)) \(s)\n".utf8)) }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// "id (head, label) message"
    static func describe(_ id: String, in graph: RevisionGraph, current: Set<String> = []) -> String {
        guard let r = graph.revisions[id] else { return "\(id) (not in the migrations folder)" }
        var tags: [String] = []
        if graph.heads.contains(id) { tags.append("head") }
        if graph.branchPoints.contains(id) { tags.append("branchpoint") }
        if r.parents.count > 1 { tags.append("merge") }
        if current.contains(id) { tags.append("current") }
        tags += r.branchLabels
        return "\(id)\(tags.isEmpty ? "" : " (\(tags.joined(separator: ", ")))") \(r.message)"
    }
}

/// A revision as `--json` prints it.
struct RevisionInfo: Encodable {
    var id: String
    var parents: [String]
    var children: [String]
    var dependsOn: [String]
    var branchLabels: [String]
    var message: String
    var created: String?
    var path: String
    var isHead: Bool
    var transactional: Bool

    init(_ id: String, _ graph: RevisionGraph) {
        let r = graph.revisions[id]!
        self.id = id
        parents = r.parents
        children = graph.children[id] ?? []
        dependsOn = r.dependsOn
        branchLabels = r.branchLabels
        message = r.message
        created = r.created
        path = r.path
        isHead = graph.heads.contains(id)
        transactional = r.transactional
    }
}
