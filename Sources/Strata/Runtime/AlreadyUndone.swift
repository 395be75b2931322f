extension Runner {
    /// Whether `error`, raised by a downgrade statement during `resolve --rollback`, only says that
    /// the upgrade never got as far as what the statement undoes: it drops an object that does not
    /// exist, or creates (adds) one that is still there. Such a statement is skipped, so a rollback
    /// undoes what ran and nothing else. `dialect` reads the engine's error message.
    static func alreadyUndone(_ statement: SQLStatement, error: String, dialect: any Dialect) -> Bool {
        let failure = dialect.objectFailure(in: error)
        switch statement.leadingKeywords(1).first {
        case "DROP": return failure == .missingObject
        case "CREATE": return failure == .existingObject
        case "ALTER":
            if failure == .missingObject || failure == .existingObject { return true }
            // Renaming or dropping a column that is not there (the upgrade never renamed or added it).
            let upper = statement.sql.uppercased()
            let renames = upper.contains(" RENAME ") || upper.contains(" CHANGE ") || upper.contains(" DROP ")
            return renames && failure == .missingColumn
        default: return false
        }
    }
}
