/// Quoting of identifiers and literals per engine.
public enum SQLQuoting {
    /// `"name"` on SQLite and PostgreSQL, `` `name` `` on MySQL: the whole name is one identifier,
    /// dots included (a table named `main.victim` is not the table `victim` of schema `main`).
    public static func identifier(_ name: String, for engine: Engine) -> String {
        switch engine {
        case .mysql: return "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        case .sqlite, .postgresql: return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// A name the user writes as a path in settings (`version_table: audit.strata_version`): quoted
    /// part by part at its dots. Only for names from settings, never for names read from a schema.
    public static func dottedPath(_ name: String, for engine: Engine) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { identifier(String($0), for: engine) }.joined(separator: ".")
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
