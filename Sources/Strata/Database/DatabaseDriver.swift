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

    /// The SQL dialect of this engine.
    var dialect: any Dialect { get }

    func close() async
}

extension DatabaseDriver {
    /// Reads the database's schema from its catalogs, leaving out the tables named in `excluding`
    /// (the version tables): the dialect's inspector, reading through this connection.
    public func inspect(excluding: Set<String>) async throws -> Schema {
        try await dialect.inspect(self, excluding: excluding)
    }

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

/// A driver that wraps another (to time, count or log what it sends) and forwards whatever it
/// does not implement itself. Inspection goes through the wrapper: the dialect's inspector sends
/// its catalog queries to `query`.
public protocol ForwardingDriver: DatabaseDriver {
    /// The driver that does the work.
    var inner: any DatabaseDriver { get }
}

extension ForwardingDriver {
    public var url: DatabaseURL { inner.url }
    public var engine: Engine { inner.engine }
    public var dialect: any Dialect { inner.dialect }
    public func execute(_ sql: String) async throws { try await inner.execute(sql) }
    public func query(_ sql: String) async throws -> [[String?]] { try await inner.query(sql) }
    public func acquireLock(name: String, timeout: Double) async throws { try await inner.acquireLock(name: name, timeout: timeout) }
    public func releaseLock(name: String) async throws { try await inner.releaseLock(name: name) }
    public func beginTransaction() async throws { try await inner.beginTransaction() }
    public func commit() async throws { try await inner.commit() }
    public func rollback() async throws { try await inner.rollback() }
    public func tableExists(_ name: String) async throws -> Bool { try await inner.tableExists(name) }
    public func close() async { await inner.close() }
}
