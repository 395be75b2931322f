@_exported import Strata
@_exported import StrataDialects
@_exported import StrataRuntime
import StrataMySQL
import StrataPostgres
import StrataSQLite

/// Opens a driver for a database URL, choosing the engine by its scheme.
public enum Databases {
    /// Connects to `url` (`sqlite:///app.db`, `postgresql://...`, `mysql://...`, `mariadb://...`).
    /// Errors name the URL with its password masked.
    public static func connect(_ url: String) async throws -> any DatabaseDriver {
        try await connect(try DatabaseURL(url))
    }

    /// Connects to `url` with its engine's driver.
    public static func connect(_ url: DatabaseURL) async throws -> any DatabaseDriver {
        try await url.open(with: drivers)
    }

    /// Every engine's driver.
    public static let drivers: [any DatabaseConnector.Type] = [SQLiteDriver.self, PostgresDriver.self, MySQLDriver.self]

    /// The SQL dialect of `engine`, for rendering without a connection (`--sql`, `diff` of snapshots).
    public static func dialect(for engine: Engine) -> any Dialect { engine.dialect }

    /// Reads a schema through `db` with the inspector of its engine (the driver may wrap another, as a benchmark's timing driver does).
    public static func inspect(_ db: any DatabaseDriver, excluding: Set<String> = ["strata_version"]) async throws -> Schema {
        try await db.inspect(excluding: excluding)
    }

    /// Whether this build has the MySQL/MariaDB driver (the `MySQL` package trait).
    public static var mysqlEnabled: Bool { mysqlSupport }
}
