extension SQLStatement {
    /// The tables a single-table DDL statement creates, alters, renames or drops, as written in it
    /// (quotes kept): `ALTER TABLE t`, `CREATE TABLE t`, `DROP TABLE a, b`, `RENAME TABLE a TO b`,
    /// `CREATE INDEX i ON t`, `DROP INDEX i ON t`. `nil` for any other statement (views, routines,
    /// triggers, ...), whose effect must be read from the whole catalog.
    public var tablesChanged: [String]? {
        let tokens = SQLHeadTokens(sql, limit: 64).tokens
        var i = 0
        func word() -> String? { i < tokens.count ? tokens[i].uppercased() : nil }
        func skip(_ words: String...) { while let w = word(), words.contains(w) { i += 1 } }
        func name() -> String? {
            guard i < tokens.count, let c = tokens[i].first, c == "`" || c == "\"" || c.isLetter || c == "_" || c.isNumber else { return nil }
            defer { i += 1 }
            return tokens[i]
        }
        func names(separatedBy: String = ",") -> [String]? {
            var out: [String] = []
            repeat {
                if !out.isEmpty { i += 1 }
                guard let n = name() else { return nil }
                out.append(n)
            } while word() == separatedBy
            return out
        }
        switch word() {
        case "ALTER":
            i += 1; skip("ONLINE", "OFFLINE", "IGNORE")
            guard word() == "TABLE" else { return nil }
            i += 1; skip("IF", "EXISTS")
            return name().map { [$0] }
        case "CREATE":
            i += 1; skip("OR", "REPLACE", "TEMPORARY", "UNIQUE", "FULLTEXT", "SPATIAL", "ONLINE", "OFFLINE")
            if word() == "TABLE" {
                i += 1; skip("IF", "NOT", "EXISTS")
                return name().map { [$0] }
            }
            guard word() == "INDEX" else { return nil }
            i += 1; skip("IF", "NOT", "EXISTS")
            guard name() != nil else { return nil }
            if word() == "USING" { i += 2 }
            guard word() == "ON" else { return nil }
            i += 1
            return name().map { [$0] }
        case "DROP":
            i += 1; skip("TEMPORARY", "ONLINE", "OFFLINE")
            if word() == "TABLE" {
                i += 1; skip("IF", "EXISTS")
                return names()
            }
            guard word() == "INDEX" else { return nil }
            i += 1; skip("IF", "EXISTS")
            guard name() != nil, word() == "ON" else { return nil }
            i += 1
            return name().map { [$0] }
        case "RENAME":
            i += 1
            guard word() == "TABLE" || word() == "TABLES" else { return nil }
            i += 1
            var out: [String] = []
            while true {
                guard let from = name(), word() == "TO" else { return nil }
                i += 1
                guard let to = name() else { return nil }
                out += [from, to]
                guard word() == "," else { return out }
                i += 1
            }
        default:
            return nil
        }
    }
}

/// The first tokens of a statement: words and quoted names (a dotted name is one token, quotes
/// kept), and punctuation, after comments and blanks.
struct SQLHeadTokens {
    var tokens: [String] = []

    init(_ sql: String, limit: Int) {
        var rest = Substring(sql)
        func part() -> String? {
            guard let c = rest.first else { return nil }
            if c == "`" || c == "\"" {
                var out = String(c)
                var s = rest.dropFirst()
                while let d = s.first {
                    s = s.dropFirst()
                    out.append(d)
                    if d == c {
                        if s.first == c { out.append(c); s = s.dropFirst() } else { rest = s; return out }
                    }
                }
                rest = s
                return out
            }
            let w = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" })
            guard !w.isEmpty else { return nil }
            rest = rest.dropFirst(w.count)
            return String(w)
        }
        while tokens.count < limit {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("--") || rest.hasPrefix("#") { rest = rest.drop(while: { $0 != "\n" }); continue }
            if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return }
                rest = rest[end.upperBound...]
                continue
            }
            guard let first = rest.first else { return }
            if let p = part() {
                var name = p
                while rest.first == ".", let next = { rest = rest.dropFirst(); return part() }() { name += "." + next }
                tokens.append(name)
            } else {
                tokens.append(String(first))
                rest = rest.dropFirst()
            }
        }
    }
}
