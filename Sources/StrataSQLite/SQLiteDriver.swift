import Foundation
import Synchronization
import SQLiteNIO
import Strata
import StrataSQLiteDialect

/// SQLite through sqlite-nio (a bundled, modern SQLite; no system library needed).
///
/// `foreign_keys` stays at SQLite's default (off), as in the `sqlite3` client, so a revision runs
/// the same online and from `--sql`, and a revision may rebuild a table the way SQLite documents.
///
/// The migration lock is a lock file beside the database (`app.db.strata_version.lock`, an
/// exclusive `flock` held until `releaseLock`), so two runners stay apart for the whole run while
/// each revision commits in a transaction of its own (`BEGIN IMMEDIATE`, waiting `lock_timeout`
/// for the application's writers): a run killed half-way keeps the revisions it finished.
public final class SQLiteDriver: DatabaseDriver {
    /// Where the connection goes (print it: the password is masked).
    public let url: DatabaseURL
    /// The engine of this driver.
    public var engine: Engine { .sqlite }
    let connection: SQLiteConnection
    let lockHeld = LockFlag()
    /// The open lock file while the migration lock is held.
    let lockFile = Mutex<Int32?>(nil)

    /// Opens (and creates, if missing) the database file of `url`.
    public static func connect(_ url: DatabaseURL) async throws -> SQLiteDriver {
        try url.require(.sqlite)
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

    /// Runs one statement; a failure is a `StrataError.database` naming the server's message.
    public func execute(_ sql: String) async throws {
        _ = try await query(sql)
    }

    /// Runs one query and returns its rows as text (nil for NULL).
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

    /// The lock file for lock `name` (`strata:<db>:<version table>`): one per database and version table.
    func lockPath(_ name: String) -> String {
        let table = String(name.split(separator: ":").last ?? "strata_version").map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" }
        return url.database + "." + String(table) + ".lock"
    }

    /// An exclusive `flock` on a lock file beside the database, waiting at most `timeout` seconds.
    public func acquireLock(name: String, timeout: Double) async throws {
        // Each revision's transaction waits this long for the application's writers too.
        _ = try await query("PRAGMA busy_timeout = \(Int(timeout * 1000))")
        guard url.database != ":memory:" else { lockHeld.set(true); return }
        let path = lockPath(name)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StrataError.io("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                Foundation.close(fd)
                throw StrataError.io("cannot lock \(path): \(String(cString: strerror(code)))")
            }
            guard Date() < deadline else {
                Foundation.close(fd)
                throw StrataError.lockTimeout("another strata process holds the migration lock on \(url) (\(path); waited \(Int(timeout)) s; raise lock_timeout or try again)")
            }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        lockFile.withLock { $0 = fd }
        lockHeld.set(true)
    }

    /// Releases the migration lock `name`.
    public func releaseLock(name: String) async throws {
        guard lockHeld.get() else { return }
        lockHeld.set(false)
        if let fd = lockFile.withLock({ f -> Int32? in defer { f = nil }; return f }) {
            flock(fd, LOCK_UN)
            Foundation.close(fd)
        }
    }

    /// `BEGIN IMMEDIATE`, waiting `lock_timeout` for the application's writers.
    public func beginTransaction() async throws {
        do {
            _ = try await connection.query("BEGIN IMMEDIATE")
        } catch let e as SQLiteError where [.busy, .busyTimeout, .busyInRecovery, .busyInSnapshot, .locked].contains(e.reason) {
            throw StrataError.lockTimeout("another connection holds the write lock on \(url) (raise lock_timeout or try again)")
        } catch {
            throw StrataError.database(SQLiteDriver.message(error))
        }
    }

    /// Commits.
    public func commit() async throws {
        try await execute("COMMIT")
    }

    /// Rolls back.
    public func rollback() async throws {
        try await execute("ROLLBACK")
    }

    /// Whether table `name` exists in the connection's database or schema.
    public func tableExists(_ name: String) async throws -> Bool {
        let rows = try await query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = \(SQLQuoting.literal(name, SQLiteDialect.rules))")
        return !rows.isEmpty
    }

    /// This engine's dialect.
    public var dialect: any Dialect { SQLiteDialect() }

    /// Closes the connection.
    public func close() async {
        if let fd = lockFile.withLock({ f -> Int32? in defer { f = nil }; return f }) {
            flock(fd, LOCK_UN)
            Foundation.close(fd)
        }
        try? await connection.close()
    }
}

/// A Bool behind a lock, for the driver's lock state.
final class LockFlag: Sendable {
    private let value = Mutex(false)
    func get() -> Bool { value.withLock { $0 } }
    func set(_ v: Bool) { value.withLock { $0 = v } }
}
