/// What a `.sql` file read as SQLite DDL may run. The file is applied to a fresh in-memory database
/// and read back; a statement that could reach another database or a file (`ATTACH`, `DETACH`,
/// `VACUUM [INTO]`, a `PRAGMA` other than the harmless switches a `sqlite3 .dump` writes) is refused
/// before anything runs, with `file:line`. (SQLite's extension loading is compiled out of sqlite-nio.)
enum SQLiteDDLGate {
    /// Statement kinds, by their first word, that act only on the database they run in.
    static let allowed: Set<String> = ["CREATE", "INSERT", "REPLACE", "UPDATE", "DELETE", "ALTER", "DROP", "WITH", "SELECT",
                                       "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "ANALYZE", "REINDEX", "VALUES"]
    /// Pragmas a dump sets that change only how this connection checks what follows.
    static let allowedPragmas: Set<String> = ["FOREIGN_KEYS", "DEFER_FOREIGN_KEYS", "LEGACY_ALTER_TABLE", "RECURSIVE_TRIGGERS"]

    static func check(_ statement: SQLStatement, path: String) throws {
        let words = statement.sql.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).prefix(2).map { $0.uppercased() }
        guard let first = words.first else { return }
        if first == "PRAGMA", words.count > 1, allowedPragmas.contains(words[1]) { return }
        guard allowed.contains(first) else {
            throw StrataError.revisionFile(path: path, line: statement.line,
                                           message: "\(first) is not allowed in a DDL file read as SQLite (it could reach another database or file); leave it out")
        }
    }
}
