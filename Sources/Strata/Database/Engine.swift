/// The database engines Strata speaks to: their names and how their URLs address a database.
///
/// This is the one file of the core that names engines. What an engine does (its SQL, quoting,
/// lexing, capabilities, version table and catalog) belongs to its plug-in: a ``Dialect`` in the
/// engine's dialect module and a ``DatabaseDriver`` in its driver module.
public enum Engine: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgresql
    case mysql

    /// The engine's name (`sqlite`, `postgresql`, `mysql`).
    public var description: String { rawValue }

    /// The database is a file path (`sqlite:///app.db`), not a server (`scheme://user@host/db`).
    public var addressesFiles: Bool { self == .sqlite }

    /// Parses an engine name as written in revision files and configuration
    /// (`sqlite`, `postgresql`/`postgres`, `mysql`/`mariadb`).
    public init?(name: String) {
        switch name.lowercased() {
        case "sqlite", "sqlite3": self = .sqlite
        case "postgresql", "postgres", "pg": self = .postgresql
        case "mysql", "mariadb": self = .mysql
        default: return nil
        }
    }
}
