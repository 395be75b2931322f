import Strata
import StrataMySQLDialect

#if MySQL
import CMariaDB
import NIOPosix
import Synchronization

/// `mysql_library_init` is a macro Swift cannot import; this runs its function once, thread-safely.
private let libraryReady: Bool = mysql_server_init(0, nil, nil) == 0

/// MySQL and MariaDB through MariaDB Connector/C.
///
/// DDL commits implicitly on these engines, so the runner applies revisions statement by statement
/// and records progress. The migration lock is `GET_LOCK`, keyed to the database and version table.
/// Blocking C calls run on NIO's thread pool, never on Swift's cooperative threads.
/// TLS: `?sslmode=require` (encrypt), `verify-ca` / `verify-full` (also check the certificate), `sslca=PATH`.
public final class MySQLDriver: DatabaseDriver {
    /// Where the connection goes (print it: the password is masked).
    public let url: DatabaseURL
    /// The engine of this driver.
    public var engine: Engine { .mysql }
    let handle: Mutex<UnsafeMutablePointer<MYSQL>?>

    init(url: DatabaseURL, handle: sending UnsafeMutablePointer<MYSQL>) {
        self.url = url
        self.handle = Mutex(handle)
    }

    /// Connects to `url`; errors name the URL with its password masked.
    public static func connect(_ url: DatabaseURL) async throws -> MySQLDriver {
        try url.require(.mysql)
        let reason: String? = try await NIOThreadPool.singleton.runIfActive { () -> String? in
            guard libraryReady else { return "MariaDB Connector/C failed to initialise" }
            return nil
        }
        if let reason { throw StrataError.connection(url: url.description, reason: reason) }
        let result: Result<MySQLDriver, StrataError> = try await NIOThreadPool.singleton.runIfActive {
            guard let conn = mysql_init(nil) else { return .failure(.connection(url: url.description, reason: "out of memory")) }
            _ = mysql_options(conn, MYSQL_SET_CHARSET_NAME, "utf8mb4")
            var timeout = UInt32(url.option("connect_timeout").flatMap { UInt32($0) } ?? 10)
            _ = mysql_options(conn, MYSQL_OPT_CONNECT_TIMEOUT, &timeout)
            let mode = (url.option("sslmode") ?? url.option("ssl-mode") ?? url.option("ssl_mode") ?? "").lowercased()
            var on: my_bool = 1
            switch mode {
            case "", "disable", "disabled", "prefer", "preferred": break
            case "require", "required":
                _ = mysql_options(conn, MYSQL_OPT_SSL_ENFORCE, &on)
            case "verify-ca", "verify_ca", "verify-full", "verify_identity", "verify-identity":
                _ = mysql_options(conn, MYSQL_OPT_SSL_ENFORCE, &on)
                _ = mysql_options(conn, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &on)
            default:
                mysql_close(conn)
                return .failure(.badURL(url: url.description, reason: "sslmode '\(mode)' is not one of disable, prefer, require, verify-ca, verify-full"))
            }
            if let ca = url.option("sslca") ?? url.option("ssl_ca") { _ = mysql_options(conn, MYSQL_OPT_SSL_CA, ca) }
            let ok = mysql_real_connect(conn, url.host ?? "localhost", url.user, url.password, url.database,
                                        UInt32(url.port ?? 3306), nil, 0)
            if ok == nil {
                let code = mysql_errno(conn)
                var message = MySQLDriver.errorText(conn)
                // 2002/2003: nothing answered (refused, or the connection could not be made); 2005: unknown host.
                if code == 2002 || code == 2003 { message = "connection refused or unanswered (is the server running and listening on that host and port?); " + message }
                if code == 2005 { message = "unknown host (the name does not resolve); " + message }
                mysql_close(conn)
                return .failure(.connection(url: url.description, reason: message))
            }
            return .success(MySQLDriver(url: url, handle: conn))
        }
        switch result {
        case .success(let driver): return driver
        case .failure(let e): throw e
        }
    }

    static func errorText(_ conn: UnsafeMutablePointer<MYSQL>) -> String {
        let code = mysql_errno(conn)
        let state = String(cString: mysql_sqlstate(conn))
        let text = String(cString: mysql_error(conn))
        return "MySQL error \(code) (SQLSTATE \(state)): \(text)"
    }

    /// Runs one statement; a failure is a `StrataError.database` naming the server's message.
    public func execute(_ sql: String) async throws {
        _ = try await query(sql)
    }

    /// Runs one query and returns its rows as text (nil for NULL).
    public func query(_ sql: String) async throws -> [[String?]] {
        let result: Result<[[String?]], StrataError> = try await NIOThreadPool.singleton.runIfActive { [self] in
            self.handle.withLock { pointer in
                guard let conn = pointer else { return .failure(.database("the MySQL connection is closed")) }
                if mysql_real_query(conn, sql, UInt(sql.utf8.count)) != 0 {
                    return .failure(.database(MySQLDriver.errorText(conn)))
                }
                var rows: [[String?]] = []
                var first = true
                repeat {
                    if let res = mysql_store_result(conn) {
                        let n = Int(mysql_num_fields(res))
                        while let row = mysql_fetch_row(res) {
                            let lengths = mysql_fetch_lengths(res)!
                            var values: [String?] = []
                            values.reserveCapacity(n)
                            for i in 0..<n {
                                if let p = row[i] {
                                    values.append(String(decoding: UnsafeRawBufferPointer(start: p, count: Int(lengths[i])), as: UTF8.self))
                                } else {
                                    values.append(nil)
                                }
                            }
                            if first { rows.append(values) }
                        }
                        mysql_free_result(res)
                    } else if mysql_field_count(conn) != 0 {
                        return .failure(.database(MySQLDriver.errorText(conn)))
                    }
                    first = false
                    let next = mysql_next_result(conn)
                    if next > 0 { return .failure(.database(MySQLDriver.errorText(conn))) }
                    if next != 0 { break }
                } while true
                return .success(rows)
            }
        }
        return try result.get()
    }

    /// The `GET_LOCK` name: at most 64 characters.
    static func lockName(_ name: String) -> String {
        if name.utf8.count <= 64 { return name }
        var h: UInt64 = 0xcbf29ce484222325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return "strata:" + String(h, radix: 16)
    }

    /// `GET_LOCK` on a name derived from `name` and the database, waiting at most `timeout` seconds.
    public func acquireLock(name: String, timeout: Double) async throws {
        let key = SQLQuoting.literal(MySQLDriver.lockName(name), MySQLDialect.rules)
        let got = try await query("SELECT GET_LOCK(\(key), \(max(0, Int(timeout.rounded(.up)))))").first?.first ?? nil
        guard got == "1" else {
            throw StrataError.lockTimeout("another strata process holds the migration lock '\(name)' on \(url) (waited \(Int(timeout)) s; raise lock_timeout or try again)")
        }
    }

    /// Releases the migration lock `name`.
    public func releaseLock(name: String) async throws {
        _ = try await query("SELECT RELEASE_LOCK(\(SQLQuoting.literal(MySQLDriver.lockName(name), MySQLDialect.rules)))")
    }

    /// `START TRANSACTION` (DDL still commits implicitly).
    public func beginTransaction() async throws { try await execute("START TRANSACTION") }
    /// `COMMIT`.
    public func commit() async throws { try await execute("COMMIT") }
    /// `ROLLBACK`.
    public func rollback() async throws { try await execute("ROLLBACK") }

    /// Whether table `name` exists in the connection's database or schema.
    public func tableExists(_ name: String) async throws -> Bool {
        let rows = try await query("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = \(SQLQuoting.literal(name, MySQLDialect.rules))")
        return !rows.isEmpty
    }

    /// This engine's dialect.
    public var dialect: any Dialect { MySQLDialect() }

    /// Closes the connection.
    public func close() async {
        _ = try? await NIOThreadPool.singleton.runIfActive { [self] in
            self.handle.withLock { pointer in
                if let conn = pointer { mysql_close(conn) }
                pointer = nil
            }
        }
    }
}

/// Whether this build includes the MySQL/MariaDB driver.
public let mysqlSupport = true

#else

/// Whether this build includes the MySQL/MariaDB driver.
public let mysqlSupport = false

/// Stand-in when the package is built with `--disable-default-traits`.
public enum MySQLDriver {
    /// Refuses: this build has no MySQL driver.
    public static func connect(_ url: DatabaseURL) async throws -> any DatabaseDriver {
        throw StrataError.connection(url: url.description, reason: "this strata was built without MySQL support (the MySQL trait is off); rebuild with default traits and libmariadb-dev installed")
    }
}
#endif
