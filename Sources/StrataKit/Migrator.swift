import Foundation

/// Migrates a database at start-up, in a few lines:
///
/// ```swift
/// import StrataKit
///
/// let migrator = Migrator(databaseURL: "postgresql://app:secret@db/app", migrations: "migrations")
/// let applied = try await migrator.upgrade()          // to head; safe with many replicas (locked)
/// ```
///
/// Revision files may also ship as bundle resources: `Migrator(databaseURL:bundle:subdirectory:)`.
public struct Migrator: Sendable {
    public var databaseURL: String
    /// The folder holding the revision files.
    public var migrations: String
    public var versionTable: String
    /// Seconds to wait for another instance holding the migration lock.
    public var lockTimeout: Double
    /// Refuse to run when an applied revision was edited after being applied.
    public var strict: Bool

    public init(databaseURL: String, migrations: String, versionTable: String = "strata_version",
                lockTimeout: Double = 60, strict: Bool = false) {
        self.databaseURL = databaseURL
        self.migrations = migrations
        self.versionTable = versionTable
        self.lockTimeout = lockTimeout
        self.strict = strict
    }

    /// Uses the revision files shipped in `bundle` (e.g. `Bundle.module` with `resources: [.copy("migrations")]`).
    public init(databaseURL: String, bundle: Bundle, subdirectory: String = "migrations",
                versionTable: String = "strata_version", lockTimeout: Double = 60) throws {
        guard let folder = bundle.url(forResource: subdirectory, withExtension: nil) else {
            throw StrataError.io("bundle \(bundle.bundlePath) has no '\(subdirectory)' resource folder")
        }
        self.init(databaseURL: databaseURL, migrations: folder.path, versionTable: versionTable, lockTimeout: lockTimeout)
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
        let db = try await Databases.connect(databaseURL)
        let runner = Runner(graph: graph, db: db, versionTable: versionTable, lockTimeout: lockTimeout, strict: strict, onEvent: onEvent)
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
