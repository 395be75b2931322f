// The driver brings its dialect: importing the driver module is enough to render SQL.
import Strata
@_exported import StrataPostgresDialect

extension PostgresDriver: DatabaseConnector {
    /// Opens PostgreSQL URLs.
    public static var connectsTo: Engine { .postgresql }
    /// A connection to `url`.
    public static func connection(to url: DatabaseURL) async throws -> any DatabaseDriver { try await connect(url) }
}
