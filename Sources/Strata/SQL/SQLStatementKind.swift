extension SQLStatement {
    /// What a statement changes, as the runtime needs to know it to settle an interrupted run.
    public enum Kind: Sendable, Equatable {
        /// Rows only (`INSERT`, `UPDATE`, `DELETE`, ...): it can share a transaction with its progress row.
        case data
        /// Schema objects (`CREATE`, `ALTER`, `DROP`, `RENAME`): whether it took effect shows in the catalog.
        case schema
        /// Anything else (`CALL`, `SET`, `GRANT`, `TRUNCATE`, ...): its effect may not show anywhere strata reads.
        case other
    }

    /// The statement's first `count` words, upper-cased, after leading comments and blanks.
    public func leadingKeywords(_ count: Int) -> [String] {
        var words: [String] = []
        var rest = Substring(sql)
        while words.count < count {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("--") || rest.hasPrefix("#") {
                rest = rest.drop(while: { $0 != "\n" })
                continue
            }
            if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return words }
                rest = rest[end.upperBound...]
                continue
            }
            let word = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
            guard !word.isEmpty else { return words }
            words.append(word.uppercased())
            rest = rest.dropFirst(word.count)
        }
        return words
    }

    static let dataKeywords: Set<String> = ["INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE", "SELECT", "WITH", "VALUES", "COPY", "LOAD"]
    static let schemaKeywords: Set<String> = ["CREATE", "ALTER", "DROP", "RENAME"]

    /// What the statement changes, by its first word.
    public var kind: Kind {
        guard let first = leadingKeywords(1).first else { return .other }
        if Self.dataKeywords.contains(first) { return .data }
        if Self.schemaKeywords.contains(first) { return .schema }
        return .other
    }
}
