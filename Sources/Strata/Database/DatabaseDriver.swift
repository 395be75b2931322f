/// A connection to one database, as the runner needs it.
///
/// Engine modules implement it (`StrataSQLite`, `StrataPostgres`, `StrataMySQL`). Errors are
/// `StrataError` values with one-line messages; connection errors name the masked URL.
public protocol DatabaseDriver: Sendable {
    /// Where the connection goes (print it: the password is masked).
    var url: DatabaseURL { get }
    var engine: Engine { get }

    /// Runs one statement.
    func execute(_ sql: String) async throws
    /// Runs one query and returns its rows as text (`nil` for SQL NULL).
    func query(_ sql: String) async throws -> [[String?]]

    /// Takes the migration lock `name`, waiting at most `timeout` seconds, else throws `.lockTimeout`.
    ///
    /// PostgreSQL: a session advisory lock. MySQL: `GET_LOCK`. SQLite: an exclusive `flock` on a
    /// lock file beside the database (revisions commit one by one in their own transactions).
    func acquireLock(name: String, timeout: Double) async throws
    func releaseLock(name: String) async throws

    /// Transactions for one revision.
    func beginTransaction() async throws
    func commit() async throws
    func rollback() async throws

    /// Whether table `name` exists in the connection's database/schema.
    func tableExists(_ name: String) async throws -> Bool

    /// Reads the database's schema from its catalogs, leaving out the tables named in `excluding`
    /// (the version tables).
    func inspect(excluding: Set<String>) async throws -> Schema

    /// The SQL dialect of this engine.
    var dialect: any Dialect { get }

    func close() async
}

extension DatabaseDriver {
    /// Runs `body`, then closes the connection however `body` ends.
    public func closing<T>(after body: () async throws -> T) async throws -> T {
        do {
            let value = try await body()
            await close()
            return value
        } catch {
            await close()
            throw error
        }
    }

    /// Runs `body` under the migration lock and releases it however `body` ends.
    public func withLock<T: Sendable>(name: String, timeout: Double, _ body: () async throws -> T) async throws -> T {
        try await acquireLock(name: name, timeout: timeout)
        do {
            let value = try await body()
            try await releaseLock(name: name)
            return value
        } catch {
            try? await releaseLock(name: name)
            throw error
        }
    }
}
