import ArgumentParser
import Foundation
import StrataKit

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

/// What a command works with: settings, the revision graph, and on demand a database.
struct Project {
    let settings: Settings
    let graph: RevisionGraph
    let options: ProjectOptions

    static func load(_ options: ProjectOptions) async throws -> Project {
        let settings = try await options.settings()
        return Project(settings: settings, graph: try RevisionGraph.load(directory: settings.migrations), options: options)
    }

    /// The database URL, or a usage error that says how to give one.
    func databaseURL() throws -> DatabaseURL {
        guard let raw = settings.databaseURL, !raw.isEmpty else {
            throw StrataError.usage("no database configured: set database_url in strata.yml or .secrets.yml, STRATA_DATABASE_URL, or pass --url")
        }
        return try DatabaseURL(raw)
    }

    /// Connects, runs `body` with a runner, and closes the connection.
    func withRunner<T>(strict: Bool = false, progress: Bool = true, _ body: (Runner) async throws -> T) async throws -> T {
        let db = try await Databases.connect(try databaseURL())
        let quiet = options.quiet
        let runner = Runner(graph: graph, db: db, versionTable: settings.versionTable, lockTimeout: settings.lockTimeout,
                            strict: strict, onEvent: { event in if progress { Output.event(event, quiet: quiet) } })
        do {
            let value = try await body(runner)
            await db.close()
            return value
        } catch {
            await db.close()
            throw error
        }
    }
}

/// Printing, kept in one place.
enum Output {
    static func line(_ s: String) { print(s) }

    static func warn(_ s: String) { FileHandle.standardError.write(Data("strata: \(Style.yellow("warning:", fd: STDERR_FILENO)) \(s)\n".utf8)) }

    static func json<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func event(_ event: RunnerEvent, quiet: Bool) {
        switch event {
        case .warning(let text): warn(text)
        case .planned(let direction, let revisions):
            if !quiet && revisions.isEmpty { print("Nothing to \(direction.rawValue): the database is already there.") }
        case .revisionStarted(let id, let message, let index, let count, let direction):
            if !quiet { print("\(Style.bold(direction == .upgrade ? "Upgrading" : "Downgrading")) \(Style.yellow(id)) (\(index + 1)/\(count)) \(message)") }
        case .revisionFinished(_, _, let ms):
            if !quiet { print("  \(Style.green("done")) in \(ms) ms") }
        }
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
