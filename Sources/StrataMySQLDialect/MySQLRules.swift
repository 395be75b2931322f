import Strata

extension MySQLDialect {
    /// The `mysql` client's reading: backticks, backslash escapes, `#` and `-- ` comments,
    /// `/*! ... */` executable comments and `DELIMITER` lines.
    public var lexicon: SQLLexicon { MySQLDialect.rules }

    package static let rules = SQLLexicon(identifierQuote: "`", backslashEscapes: true, hashComments: true, dashCommentNeedsSpace: true,
                                  executableComments: true, delimiterCommand: true, textCastType: "CHAR")

    /// DDL commits implicitly, so revisions run statement by statement with their progress
    /// recorded; a column is placed with `AFTER`.
    public var capabilities: EngineCapabilities { EngineCapabilities(transactionalDDL: false, reordersColumns: true) }

    /// Microseconds, as the other engines keep them.
    public var versionTimestampColumn: String { "DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)" }

    /// `mariadb` and `mysql` stop at the first error of a script by themselves.
    public var clientStopOnError: String { "" }

    /// By error number: 1051 unknown table, 4092 unknown view, 1091 cannot drop (key or column),
    /// 1305 no such routine, 1360 no such trigger, 1146 table does not exist; 1050 table exists,
    /// 1304 routine exists, 1359 trigger exists, 1061 duplicate key name, 1060 duplicate column,
    /// 1826 duplicate foreign key; 1054 unknown column.
    public func objectFailure(in message: String) -> ObjectFailure? {
        guard let code = Self.errorNumber(in: message) else { return nil }
        switch code {
        case 1051, 4092, 1091, 1305, 1360, 1146: return .missingObject
        case 1050, 1304, 1359, 1061, 1060, 1826: return .existingObject
        case 1054: return .missingColumn
        default: return nil
        }
    }

    /// `1051` from "MySQL error 1051 (SQLSTATE 42S02): ...", as the driver writes it.
    public static func errorNumber(in message: String) -> Int? {
        guard let r = message.range(of: "MySQL error ") else { return nil }
        return Int(message[r.upperBound...].prefix(while: \.isNumber))
    }

    /// `SHOW CREATE TABLE`: one table's definition, cheap on a schema of thousands of tables.
    public func tableDefinitionQuery(_ table: String) -> String? { "SHOW CREATE TABLE \(table)" }

    /// The schema, read through `db` by ``MySQLInspector``.
    public func inspect(_ db: any DatabaseDriver, excluding: Set<String>) async throws -> Schema {
        try await MySQLInspector(db: db).inspect(excluding: excluding)
    }
}
