import Foundation
import Synchronization
import SQLiteNIO
import Strata

/// SQLite through sqlite-nio (a bundled, modern SQLite; no system library needed).
///
/// `foreign_keys` stays at SQLite's default (off), as in the `sqlite3` client, so a revision runs
/// the same online and from `--sql`, and a revision may rebuild a table the way SQLite documents.
///
/// The migration lock is SQLite's own write lock: `acquireLock` opens a `BEGIN IMMEDIATE`
/// transaction that lasts until `releaseLock`, and each revision runs in a savepoint inside it,
/// so a failing revision is rolled back alone while the ones before it are kept.
public final class SQLiteDriver: DatabaseDriver {
    public let url: DatabaseURL
    public var engine: Engine { .sqlite }
    let connection: SQLiteConnection
    let lockHeld = LockFlag()

    /// Opens (and creates, if missing) the database file of `url`.
    public static func connect(_ url: DatabaseURL) async throws -> SQLiteDriver {
        precondition(url.engine == .sqlite)
        let storage: SQLiteConnection.Storage
        if url.database == ":memory:" {
            storage = .memory
        } else {
            let path = url.database
            let dir = (path as NSString).deletingLastPathComponent
            var isDir: ObjCBool = false
            if !dir.isEmpty && !(FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue) {
                throw StrataError.connection(url: url.description, reason: "folder \(dir) does not exist")
            }
            storage = .file(path: path)
        }
        do {
            let connection = try await SQLiteConnection.open(storage: storage)
            let driver = SQLiteDriver(url: url, connection: connection)
            do {
                _ = try await connection.query("SELECT count(*) FROM sqlite_master")  // fails early for a file that is not a database
            } catch {
                await driver.close()
                throw StrataError.connection(url: url.description, reason: SQLiteDriver.message(error))
            }
            return driver
        } catch let e as StrataError {
            throw e
        } catch {
            throw StrataError.connection(url: url.description, reason: SQLiteDriver.message(error))
        }
    }

    init(url: DatabaseURL, connection: SQLiteConnection) {
        self.url = url
        self.connection = connection
    }

    static func message(_ error: any Error) -> String {
        if let e = error as? SQLiteError { return "SQLite error: \(e.message)" }
        return String(describing: error)
    }

    public func execute(_ sql: String) async throws {
        _ = try await query(sql)
    }

    public func query(_ sql: String) async throws -> [[String?]] {
        do {
            return try await connection.query(sql).map { row in
                row.columns.map { column in
                    switch column.data {
                    case .null: return nil
                    case .blob(let b): return String(decoding: b.readableBytesView, as: UTF8.self)
                    default: return column.data.string
                    }
                }
            }
        } catch {
            throw StrataError.database(SQLiteDriver.message(error))
        }
    }

    public func acquireLock(name: String, timeout: Double) async throws {
        _ = try await query("PRAGMA busy_timeout = \(Int(timeout * 1000))")
        do {
            _ = try await connection.query("BEGIN IMMEDIATE")
        } catch let e as SQLiteError where [.busy, .busyTimeout, .busyInRecovery, .busyInSnapshot, .locked].contains(e.reason) {
            throw StrataError.lockTimeout("another process holds the write lock on \(url) (waited \(Int(timeout)) s; raise lock_timeout or try again)")
        } catch {
            throw StrataError.database(SQLiteDriver.message(error))
        }
        lockHeld.set(true)
    }

    public func releaseLock(name: String) async throws {
        guard lockHeld.get() else { return }
        lockHeld.set(false)
        try await execute("COMMIT")
    }

    public func beginTransaction() async throws {
        try await execute(lockHeld.get() ? "SAVEPOINT strata_revision" : "BEGIN")
    }

    public func commit() async throws {
        try await execute(lockHeld.get() ? "RELEASE strata_revision" : "COMMIT")
    }

    public func rollback() async throws {
        if lockHeld.get() {
            try await execute("ROLLBACK TO strata_revision")
            try await execute("RELEASE strata_revision")
        } else {
            try await execute("ROLLBACK")
        }
    }

    public func tableExists(_ name: String) async throws -> Bool {
        let rows = try await query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = \(SQLQuoting.literal(name, for: .sqlite))")
        return !rows.isEmpty
    }

    public func inspect(excluding: Set<String>) async throws -> Schema {
        try await SQLiteInspector(db: self).inspect(excluding: excluding)
    }

    public var dialect: any Dialect { SQLiteDialect() }

    public func close() async {
        try? await connection.close()
    }
}

/// A Bool behind a lock, for the driver's lock state.
final class LockFlag: Sendable {
    private let value = Mutex(false)
    func get() -> Bool { value.withLock { $0 } }
    func set(_ v: Bool) { value.withLock { $0 = v } }
}
