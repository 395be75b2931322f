import Strata

extension PostgresDialect {
    /// `psql`'s reading: dollar quotes, nested block comments and `E'...'` strings.
    public var lexicon: SQLLexicon { PostgresDialect.rules }

    package static let rules = SQLLexicon(identifierQuote: "\"", escapeStrings: true, nestedBlockComments: true, dollarQuotes: true)

    /// Transactional DDL; columns cannot be placed (no `AFTER`), so their order is not compared;
    /// a value added to an enum type is usable only once its transaction commits.
    public var capabilities: EngineCapabilities {
        EngineCapabilities(transactionalDDL: true, reordersColumns: false, enumValuesCommitBeforeUse: true)
    }

    /// With the time zone.
    public var versionTimestampColumn: String { "TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP" }

    /// `psql` runs on after an error unless told to stop.
    public var clientStopOnError: String { "\\set ON_ERROR_STOP on" }

    /// By SQLSTATE: 42P01 undefined table, 42704 undefined object, 42883 undefined function;
    /// 42P07 duplicate table, 42710 duplicate object, 42723 duplicate function, 42P06 duplicate schema, 42701 duplicate
    /// column; 42703 undefined column.
    public func objectFailure(in message: String) -> ObjectFailure? {
        switch SQLState.code(in: message) {
        case "42P01", "42704", "42883": return .missingObject
        case "42P07", "42710", "42723", "42701", "42P06": return .existingObject
        case "42703": return .missingColumn
        default: return nil
        }
    }

    /// The schema, read through `db` by ``PostgresInspector``.
    public func inspect(_ db: any DatabaseDriver, excluding: Set<String>) async throws -> Schema {
        try await PostgresInspector(db: db).inspect(excluding: excluding)
    }
}
