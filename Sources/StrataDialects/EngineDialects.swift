@_exported import Strata
@_exported import StrataMySQLDialect
@_exported import StrataPostgresDialect
@_exported import StrataSQLiteDialect

extension Engine {
    /// This engine's dialect: its plug-in without a connection (lexing, quoting, capabilities,
    /// type materialisation and SQL). The one place that maps an engine to its plug-in.
    public var dialect: any Dialect {
        switch self {
        case .sqlite: return SQLiteDialect()
        case .postgresql: return PostgresDialect()
        case .mysql: return MySQLDialect()
        }
    }
}

extension TypeMapping {
    /// `schema` as it would exist on `engine` (``Dialect/materialise(_:)`` of its dialect).
    public static func map(_ schema: Schema, to engine: Engine) -> Schema { engine.dialect.materialise(schema) }
}

// The core's engine-neutral calls, by engine: what a caller with an `Engine` value writes.

extension SQLQuoting {
    /// `name` quoted as one identifier for `engine`.
    public static func identifier(_ name: String, for engine: Engine) -> String { identifier(name, engine.dialect.lexicon) }
    /// A settings path (`audit.strata_version`) quoted part by part for `engine`.
    public static func dottedPath(_ name: String, for engine: Engine) -> String { dottedPath(name, engine.dialect.lexicon) }
    /// A string literal for `engine`; NULL for nil.
    public static func literal(_ value: String?, for engine: Engine) -> String { literal(value, engine.dialect.lexicon) }
    /// `CAST(expr AS TEXT)` in `engine`'s spelling.
    public static func asText(_ expr: String, for engine: Engine) -> String { asText(expr, engine.dialect.lexicon) }
}

extension SQLSplitter {
    /// Splits `script` as `engine`'s client would.
    public static func split(_ script: String, engine: Engine, firstLine: Int = 1) -> [SQLStatement] {
        split(script, lexicon: engine.dialect.lexicon, firstLine: firstLine)
    }

    /// What `script` leaves open at its end on `engine` (see ``unterminated(_:lexicon:firstLine:)``).
    public static func unterminated(_ script: String, engine: Engine, firstLine: Int = 1) -> (line: Int, what: String)? {
        unterminated(script, lexicon: engine.dialect.lexicon, firstLine: firstLine)
    }
}

extension Revision {
    /// The statements to run on `engine` (see ``statements(_:for:)-(_,any Dialect)``).
    public func statements(_ direction: Direction, for engine: Engine) throws -> [SQLStatement] {
        try statements(direction, for: engine.dialect)
    }
}
