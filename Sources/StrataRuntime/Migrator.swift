import Foundation
@_exported import Strata

/// Migrates a database at start-up, in a few lines:
///
/// ```swift
/// import StrataRuntime
/// import StrataPostgres
///
/// let migrator = Migrator(databaseURL: "postgresql://app:secret@db/app", migrations: "migrations",
///                         drivers: [PostgresDriver.self])
/// let applied = try await migrator.upgrade()          // to head; safe with many replicas (locked)
/// ```
///
/// A service links the core and the drivers it names, nothing else: no other engine, no Workbench
/// reader, no autogenerate. `import StrataKit` instead gives an initialiser without `drivers:`
/// that links every engine. Revision files may also ship as bundle resources:
/// `Migrator(databaseURL:bundle:subdirectory:drivers:)`.
public struct Migrator: Sendable {
    /// The database, as a URL (`postgresql://...`).
    public var databaseURL: String
    /// The engines this migrator can connect to (their driver types).
    public var drivers: [any DatabaseConnector.Type]
    /// The folder holding the revision files.
    public var migrations: String
    /// The version table name.
    public var versionTable: String
    /// Seconds to wait for another instance holding the migration lock.
    public var lockTimeout: Double
    /// Refuse to run when an applied revision was edited after being applied.
    public var strict: Bool

    /// A migrator of `databaseURL` with the revision files in `migrations`, linking `drivers`.
    public init(databaseURL: String, migrations: String, drivers: [any DatabaseConnector.Type],
                versionTable: String = "strata_version", lockTimeout: Double = 60, strict: Bool = false) {
        self.databaseURL = databaseURL
        self.drivers = drivers
        self.migrations = migrations
        self.versionTable = versionTable
        self.lockTimeout = lockTimeout
        self.strict = strict
    }

    /// Uses the revision files shipped in `bundle` (e.g. `Bundle.module` with `resources: [.copy("migrations")]`).
    public init(databaseURL: String, bundle: Bundle, subdirectory: String = "migrations", drivers: [any DatabaseConnector.Type],
                versionTable: String = "strata_version", lockTimeout: Double = 60) throws {
        guard let folder = bundle.url(forResource: subdirectory, withExtension: nil) else {
            throw StrataError.io("bundle \(bundle.bundlePath) has no '\(subdirectory)' resource folder")
        }
        self.init(databaseURL: databaseURL, migrations: folder.path, drivers: drivers, versionTable: versionTable, lockTimeout: lockTimeout)
    }

    /// Applies every pending revision up to `target` (default `head`); returns the ids applied.
    @discardableResult
    public func upgrade(to target: String = "head", onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) async throws -> [String] {
        try await withRunner(onEvent) { try await $0.upgrade(to: target) }
    }

    /// Undoes revisions down to `target`; returns the ids undone.
    @discardableResult
    public func downgrade(to target: String, onEvent: @escaping @Sendable (RunnerEvent) -> Void = { _ in }) async throws -> [String] {
        try await withRunner(onEvent) { try await $0.downgrade(to: target) }
    }

    /// The heads of the applied revisions.
    public func current() async throws -> [String] {
        try await withRunner({ _ in }) { runner in
            runner.graph.heads(of: Set(try await runner.applied().map(\.revision)))
        }
    }

    func withRunner<T: Sendable>(_ onEvent: @escaping @Sendable (RunnerEvent) -> Void, _ body: (Runner) async throws -> T) async throws -> T {
        let graph = try RevisionGraph.load(directory: migrations)
        let db = try await DatabaseURL(databaseURL).open(with: drivers)
        let runner = Runner(graph: graph, db: db, versionTable: versionTable, lockTimeout: lockTimeout, strict: strict, onEvent: onEvent)
        return try await db.closing { try await body(runner) }
    }
}
