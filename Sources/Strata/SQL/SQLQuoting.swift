/// Quoting of identifiers and literals per engine.
public enum SQLQuoting {
    /// `"name"` on SQLite and PostgreSQL, `` `name` `` on MySQL. A dotted name is quoted part by part.
    public static func identifier(_ name: String, for engine: Engine) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { part in
            switch engine {
            case .mysql: return "`" + part.replacingOccurrences(of: "`", with: "``") + "`"
            case .sqlite, .postgresql: return "\"" + part.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
        }.joined(separator: ".")
    }

    /// A string literal; NULL for nil.
    public static func literal(_ value: String?, for engine: Engine) -> String {
        guard let value else { return "NULL" }
        var s = value.replacingOccurrences(of: "'", with: "''")
        if engine == .mysql { s = s.replacingOccurrences(of: "\\", with: "\\\\") }
        return "'" + s + "'"
    }

    /// `CAST(expr AS text)` in the engine's spelling.
    public static func asText(_ expr: String, for engine: Engine) -> String {
        engine == .mysql ? "CAST(\(expr) AS CHAR)" : "CAST(\(expr) AS TEXT)"
    }
}
