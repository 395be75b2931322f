import Foundation
import Logging
import NIOSSL
import PostgresNIO
import Strata
import StrataPostgresDialect

/// PostgreSQL through postgres-nio.
///
/// The migration lock is a session advisory lock keyed by a 64-bit hash of the lock name,
/// polled with `pg_try_advisory_lock` until the timeout. TLS follows `sslmode`: `disable`,
/// `prefer` (the default, like libpq: TLS when the server offers it, no certificate check),
/// `require` (TLS, no certificate check), `verify-ca` / `verify-full` (TLS with verification).
public final class PostgresDriver: DatabaseDriver {
    /// Where the connection goes (print it: the password is masked).
    public let url: DatabaseURL
    /// The engine of this driver.
    public var engine: Engine { .postgresql }
    let connection: PostgresConnection
    let logger: Logger

    /// Connects to `url`; errors name the URL with its password masked.
    public static func connect(_ url: DatabaseURL) async throws -> PostgresDriver {
        try url.require(.postgresql)
        var logger = Logger(label: "strata.postgres")
        logger.logLevel = .critical
        let tls: PostgresConnection.Configuration.TLS
        do {
            tls = try tlsMode(url)
        } catch let e as StrataError { throw e } catch {
            throw StrataError.connection(url: url.description, reason: "TLS setup failed: \(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: url.host ?? "localhost", port: url.port ?? 5432, username: url.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres",
            password: url.password, database: url.database, tls: tls)
        if let t = url.option("connect_timeout"), let seconds = Int64(t) { configuration.options.connectTimeout = .seconds(seconds) }
        do {
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return PostgresDriver(url: url, connection: connection, logger: logger)
        } catch {
            throw StrataError.connection(url: url.description, reason: PostgresDriver.message(error))
        }
    }

    static func tlsMode(_ url: DatabaseURL) throws -> PostgresConnection.Configuration.TLS {
        let mode = url.option("sslmode") ?? "prefer"
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if let root = url.option("sslrootcert") { tlsConfiguration.trustRoots = .file(root) }
        switch mode {
        case "disable", "allow": return .disable
        case "prefer", "require":
            tlsConfiguration.certificateVerification = .none
            let context = try NIOSSLContext(configuration: tlsConfiguration)
            return mode == "prefer" ? .prefer(context) : .require(context)
        case "verify-ca":
            tlsConfiguration.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: tlsConfiguration))
        case "verify-full":
            tlsConfiguration.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: tlsConfiguration))
        default:
            throw StrataError.badURL(url: url.description, reason: "sslmode '\(mode)' is not one of disable, allow, prefer, require, verify-ca, verify-full")
        }
    }

    init(url: DatabaseURL, connection: PostgresConnection, logger: Logger) {
        self.url = url
        self.connection = connection
        self.logger = logger
    }

    /// A one-line message from a postgres-nio error (its description is deliberately redacted).
    static func message(_ error: any Error) -> String {
        if let e = error as? PSQLError {
            if let info = e.serverInfo {
                var s = "PostgreSQL error"
                if let state = info[.sqlState] { s += " SQLSTATE \(state)" }
                s += ": \(info[.message] ?? "unknown")"
                if let detail = info[.detail] { s += " (\(detail))" }
                if info[.sqlState] == "53200" {
                    s += "; the revision takes more locks than max_locks_per_transaction allows: split it into smaller revisions or raise max_locks_per_transaction"
                }
                return s
            }
            if let underlying = e.underlying { return networkMessage(String(describing: underlying)) }
            switch e.code {
            case .sslUnsupported: return "the server does not support TLS (use sslmode=disable or prefer)"
            case .serverClosedConnection: return "the server closed the connection"
            case .authMechanismRequiresPassword: return "the server wants a password and the URL has none"
            default: return SQLText.oneLine(String(reflecting: e), limit: 300)
            }
        }
        return SQLText.oneLine(String(describing: error), limit: 300)
    }

    /// What a socket error says, without NIO's internals (`SingleConnectionFailure(target: ...)`).
    static func networkMessage(_ text: String) -> String {
        if text.contains("Connection refused") { return "connection refused (is the server running and listening on that host and port?)" }
        if text.contains("UnknownHost") || text.contains("Name or service not known") { return "unknown host (the name does not resolve)" }
        if text.contains("timed out") || text.contains("connectTimeout") { return "the connection timed out" }
        if text.contains("No route to host") { return "no route to host" }
        if text.contains("Network is unreachable") { return "the network is unreachable" }
        return SQLText.oneLine(text, limit: 300)
    }

    /// Runs one statement; a failure is a `StrataError.database` naming the server's message.
    public func execute(_ sql: String) async throws {
        _ = try await query(sql)
    }

    /// Runs one query and returns its rows as text (nil for NULL).
    public func query(_ sql: String) async throws -> [[String?]] {
        do {
            let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).collect()
            return try rows.map { row in try row.map(PostgresDriver.text) }
        } catch {
            throw StrataError.database(PostgresDriver.message(error))
        }
    }

    /// A cell as text, decoded by its type (results arrive in binary format).
    static func text(_ cell: PostgresCell) throws -> String? {
        guard cell.bytes != nil else { return nil }
        switch cell.dataType {
        case .int2, .int4, .int8: return try cell.decode(Int.self).description
        case .bool: return try cell.decode(Bool.self) ? "true" : "false"
        case .float4, .float8: return try cell.decode(Double.self).description
        case .numeric: return try cell.decode(Decimal.self).description
        case .uuid: return try cell.decode(UUID.self).uuidString.lowercased()
        case .bytea: return String(decoding: cell.bytes!.readableBytesView, as: UTF8.self)
        default: return try cell.decode(String.self)
        }
    }

    /// A session advisory lock keyed by `name`, waiting at most `timeout` seconds.
    public func acquireLock(name: String, timeout: Double) async throws {
        let key = PostgresDriver.lockKey(name)
        let deadline = ContinuousClock.now + .milliseconds(Int(timeout * 1000))
        while true {
            if try await query("SELECT pg_try_advisory_lock(\(key))").first?.first == "true" { return }
            if ContinuousClock.now >= deadline {
                throw StrataError.lockTimeout("another strata process holds the migration lock '\(name)' on \(url) (waited \(Int(timeout)) s; raise lock_timeout or try again)")
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// Releases the migration lock `name`.
    public func releaseLock(name: String) async throws {
        _ = try await query("SELECT pg_advisory_unlock(\(PostgresDriver.lockKey(name)))")
    }

    /// FNV-1a 64-bit hash of the lock name, as a signed bigint.
    static func lockKey(_ name: String) -> Int64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int64(bitPattern: h)
    }

    /// `BEGIN`.
    public func beginTransaction() async throws { try await execute("BEGIN") }
    /// `COMMIT`.
    public func commit() async throws { try await execute("COMMIT") }
    /// `ROLLBACK`.
    public func rollback() async throws { try await execute("ROLLBACK") }

    /// Whether table `name` exists in the connection's database or schema.
    public func tableExists(_ name: String) async throws -> Bool {
        let quoted = SQLQuoting.literal(SQLQuoting.dottedPath(name, PostgresDialect.rules), PostgresDialect.rules)
        return try await query("SELECT to_regclass(\(quoted)) IS NOT NULL").first?.first == "true"
    }

    /// This engine's dialect.
    public var dialect: any Dialect { PostgresDialect() }

    /// Closes the connection.
    public func close() async {
        try? await connection.close()
    }
}
