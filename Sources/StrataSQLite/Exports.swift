// The driver brings its dialect: importing the driver module is enough to render SQL.
import Strata
@_exported import StrataSQLiteDialect

extension SQLiteDriver: DatabaseConnector {
    public static var connectsTo: Engine { .sqlite }
    public static func connection(to url: DatabaseURL) async throws -> any DatabaseDriver { try await connect(url) }
}
