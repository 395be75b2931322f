import Foundation

extension Runner {
    /// Whether `error`, raised by a downgrade statement during `resolve --rollback`, only says that
    /// the upgrade never got as far as what the statement undoes: it drops an object that does not
    /// exist, or creates (adds) one that is still there. Such a statement is skipped, so a rollback
    /// undoes what ran and nothing else.
    static func alreadyUndone(_ statement: SQLStatement, error: String) -> Bool {
        let words = statement.leadingKeywords(1)
        let upper = statement.sql.uppercased()
        let code = mysqlCode(error)
        let state = sqlState(error)
        let lower = error.lowercased()
        let missing: Set<Int> = [1051, 4092, 1091, 1305, 1360, 1146]
        let existing: Set<Int> = [1050, 1304, 1359, 1061, 1060, 1826]
        let pgMissing: Set<String> = ["42P01", "42704", "42883"]
        let pgExisting: Set<String> = ["42P07", "42710", "42723", "42701"]
        let sqliteMissing = lower.contains("no such table") || lower.contains("no such index") || lower.contains("no such view") || lower.contains("no such trigger")
        let sqliteExisting = lower.contains("already exists") || lower.contains("duplicate column name")
        func isMissing() -> Bool { code.map(missing.contains) ?? false || state.map(pgMissing.contains) ?? false || sqliteMissing }
        func isExisting() -> Bool { code.map(existing.contains) ?? false || state.map(pgExisting.contains) ?? false || sqliteExisting }
        switch words.first {
        case "DROP": return isMissing()
        case "CREATE": return isExisting()
        case "ALTER":
            if isMissing() || isExisting() { return true }
            // Renaming or dropping a column that is not there (the upgrade never renamed or added it).
            let renames = upper.contains(" RENAME ") || upper.contains(" CHANGE ") || upper.contains(" DROP ")
            return renames && (code == 1054 || state == "42703" || lower.contains("no such column"))
        default: return false
        }
    }

    /// `1051` from "MySQL error 1051 (SQLSTATE 42S02): ...".
    static func mysqlCode(_ error: String) -> Int? {
        guard let r = error.range(of: "MySQL error ") else { return nil }
        return Int(error[r.upperBound...].prefix(while: \.isNumber))
    }

    /// `42P01` from "... SQLSTATE 42P01".
    static func sqlState(_ error: String) -> String? {
        guard let r = error.range(of: "SQLSTATE ") else { return nil }
        let s = error[r.upperBound...].prefix(while: { $0.isLetter || $0.isNumber })
        return s.count == 5 ? String(s) : nil
    }
}
