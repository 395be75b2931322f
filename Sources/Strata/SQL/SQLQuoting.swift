/// Quoting of identifiers and literals by an engine's ``SQLLexicon``.
public enum SQLQuoting {
    /// `"name"` (or `` `name` ``): the whole name is one identifier, dots included (a table named
    /// `main.victim` is not the table `victim` of schema `main`).
    public static func identifier(_ name: String, _ lexicon: SQLLexicon) -> String {
        let q = String(lexicon.identifierQuote)
        return q + name.replacingOccurrences(of: q, with: q + q) + q
    }

    /// A name the user writes as a path in settings (`version_table: audit.strata_version`): quoted
    /// part by part at its dots. Only for names from settings, never for names read from a schema.
    public static func dottedPath(_ name: String, _ lexicon: SQLLexicon) -> String {
        name.split(separator: ".", omittingEmptySubsequences: false).map { identifier(String($0), lexicon) }.joined(separator: ".")
    }

    /// A string literal; NULL for nil.
    public static func literal(_ value: String?, _ lexicon: SQLLexicon) -> String {
        guard let value else { return "NULL" }
        var s = value.replacingOccurrences(of: "'", with: "''")
        if lexicon.backslashEscapes { s = s.replacingOccurrences(of: "\\", with: "\\\\") }
        return "'" + s + "'"
    }

    /// `CAST(expr AS TEXT)` in the engine's spelling.
    public static func asText(_ expr: String, _ lexicon: SQLLexicon) -> String {
        "CAST(\(expr) AS \(lexicon.textCastType))"
    }
}
