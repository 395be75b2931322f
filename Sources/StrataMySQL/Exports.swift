// The driver brings its dialect: importing the driver module is enough to render SQL.
import Strata
@_exported import StrataMySQLDialect

extension MySQLDriver: DatabaseConnector {
    /// Opens MySQL/MariaDB URLs.
    public static var connectsTo: Engine { .mysql }
    /// A connection to `url`.
    public static func connection(to url: DatabaseURL) async throws -> any DatabaseDriver { try await connect(url) }
}
