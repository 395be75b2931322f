// The driver brings its dialect: importing the driver module is enough to render SQL.
import Strata
@_exported import StrataSQLiteDialect

extension SQLiteDriver: DatabaseConnector {
    /// Opens SQLite URLs.
    public static var connectsTo: Engine { .sqlite }
    /// A connection to `url`.
    public static func connection(to url: DatabaseURL) async throws -> any DatabaseDriver { try await connect(url) }
}
