/// The database engines Strata speaks to.
public enum Engine: String, Codable, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite
    case postgresql
    case mysql

    public var description: String { rawValue }

    /// Whether DDL runs inside a transaction that can be rolled back.
    public var hasTransactionalDDL: Bool { self != .mysql }

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
