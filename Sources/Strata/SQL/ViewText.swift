/// A loose reading of a view's SELECT, for comparing a view as someone wrote it (in a Workbench
/// model, a DDL file) with the same view as MySQL/MariaDB stored it. The server rewrites the text:
/// it qualifies and quotes every column, adds `AS name` to each select item, lowercases keywords,
/// wraps conditions in parentheses, writes `count(*)` as `count(0)` and adds character set
/// introducers to literals. The loose form drops all of that on both sides.
///
/// It is looser than the SQL: `(a OR b) AND c` and `a OR (b AND c)` read the same, and so do
/// `x.id` and `y.id`. It is only used when one side is text as written, never between two servers.
package enum ViewText {
    /// Tokens of the SELECT with qualifiers, quotes, parentheses, `AS` and introducers dropped, lowercased outside literals.
    /// `columns` names a table's columns, so `SELECT * FROM t` reads as the server stores it (the list of t's columns).
    package static func loose(_ sql: String, columns: ((String) -> [String]?)? = nil) -> String {
        var tokens = tokenize(sql)
        if let columns { tokens = expandingStar(tokens, columns: columns) }
        // `a.b.c` -> `c`
        var i = 0
        var out: [Token] = []
        while i < tokens.count {
            if i + 2 < tokens.count, tokens[i].kind == .word, tokens[i + 1].text == ".", tokens[i + 2].kind == .word || tokens[i + 2].text == "*" {
                i += 2
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        tokens = expandingAliases(out)
        // count(*) -> count(0); INNER JOIN -> JOIN; LEFT OUTER JOIN -> LEFT JOIN; ASC is the default order;
        // LENGTH is stored as OCTET_LENGTH.
        out = []
        for (n, t) in tokens.enumerated() {
            var t = t
            if t.text == "*", n >= 2, tokens[n - 1].text == "(", tokens[n - 2].text == "count" { t = Token(text: "0", kind: .word) }
            if (t.text == "inner" || t.text == "outer") && n + 1 < tokens.count && tokens[n + 1].text == "join" { continue }
            if t.text == "(" || t.text == ")" || (t.text == "asc" && t.kind == .word) { continue }
            if t.text == "octet_length" { t.text = "length" }
            out.append(t)
        }
        tokens = out
        // `x AS x` -> `x`, then every remaining AS goes (aliases may be written with or without it).
        out = []
        i = 0
        while i < tokens.count {
            if tokens[i].text == "as" && tokens[i].kind == .word {
                if let prev = out.last, i + 1 < tokens.count, prev.text == tokens[i + 1].text { i += 2; continue }
                i += 1
                continue
            }
            out.append(tokens[i])
            i += 1
        }
        return out.map(\.text).joined(separator: " ")
    }

    /// A stored routine, read loosely like a view, with the characteristics between its header and body
    /// (`DETERMINISTIC`, `READS SQL DATA`, `COMMENT ...`) as a set and their defaults (`LANGUAGE SQL`,
    /// `NOT DETERMINISTIC`, `CONTAINS SQL`, `SQL SECURITY DEFINER`) left out: the server reorders and drops them.
    package static func looseRoutine(_ sql: String) -> String {
        var tokens = loose(sql).split(separator: " ").map(String.init)
        let bodyStart = tokens.firstIndex(of: "begin") ?? tokens.count
        var header = Array(tokens[..<bodyStart])
        // The RETURNS type as the server writes it: int(11) is int, BOOLEAN is tinyint(1), no CHARSET/COLLATE added.
        if let r = header.firstIndex(of: "returns"), r + 1 < header.count {
            var t = header[r + 1]
            if t == "bool" || t == "boolean" { header.replaceSubrange((r + 1)...(r + 1), with: ["tinyint", "1"]); t = "tinyint" }
            if t == "integer" { header[r + 1] = "int"; t = "int" }
            if ColumnType(t).classified.family == .integer, r + 2 < header.count, Int(header[r + 2]) != nil, !(t == "tinyint" && header[r + 2] == "1") {
                header.remove(at: r + 2)
            }
            var k = r + 2
            while k + 1 < header.count {
                if header[k] == "charset" || header[k] == "collate" || (header[k] == "character" && header[k + 1] == "set") {
                    header.removeSubrange(k...(header[k] == "character" ? min(k + 2, header.count - 1) : k + 1))
                    continue
                }
                k += 1
            }
        }
        var characteristics: [String] = []
        let phrases: [[String]] = [["language", "sql"], ["not", "deterministic"], ["contains", "sql"], ["sql", "security", "definer"],
                                   ["deterministic"], ["reads", "sql", "data"], ["modifies", "sql", "data"], ["no", "sql"], ["sql", "security", "invoker"]]
        let defaults = 4
        var k = 0
        while k < header.count {
            if let (n, p) = phrases.enumerated().first(where: { k + $0.element.count <= header.count && Array(header[k..<(k + $0.element.count)]) == $0.element }) {
                if n >= defaults { characteristics.append(p.joined(separator: " ")) }
                header.removeSubrange(k..<(k + p.count))
                continue
            }
            if header[k] == "comment", k + 1 < header.count, header[k + 1].hasPrefix("'") {
                characteristics.append("comment " + header[k + 1])
                header.removeSubrange(k...(k + 1))
                continue
            }
            k += 1
        }
        tokens = header + characteristics.sorted() + tokens[bodyStart...]
        return tokens.joined(separator: " ")
    }

    /// `SELECT * FROM t` (one table, nothing joined) -> `SELECT a, b FROM t`.
    static func expandingStar(_ tokens: [Token], columns: (String) -> [String]?) -> [Token] {
        guard let star = tokens.firstIndex(where: { $0.text == "*" }), star >= 1, tokens[star - 1].text == "select",
              star + 2 < tokens.count, tokens[star + 1].text == "from", tokens[star + 2].kind == .word,
              !tokens.contains(where: { $0.text == "join" || $0.text == "," && $0.kind == .symbol }),
              let names = columns(tokens[star + 2].text), !names.isEmpty else { return tokens }
        var list: [Token] = []
        for (n, name) in names.enumerated() {
            if n > 0 { list.append(Token(text: ",", kind: .symbol)) }
            list.append(Token(text: name.lowercased(), kind: .word))
        }
        return Array(tokens[..<star]) + list + Array(tokens[(star + 1)...])
    }

    /// An ORDER BY or GROUP BY naming a select item's alias reads as the item's expression, as the server stores it.
    static func expandingAliases(_ tokens: [Token]) -> [Token] {
        var aliases: [String: [Token]] = [:]
        var start: [Int: Int] = [:]
        var depth = 0
        for (i, t) in tokens.enumerated() {
            switch t.text {
            case "(": depth += 1
            case ")": depth -= 1
            case "select", ",": start[depth] = i + 1
            case "as" where t.kind == .word:
                if let s = start[depth], i + 1 < tokens.count, tokens[i + 1].kind == .word, i - s > 1 { aliases[tokens[i + 1].text] = Array(tokens[s..<i]) }
            default: break
            }
        }
        guard !aliases.isEmpty else { return tokens }
        var out: [Token] = []
        var inList = false
        for (i, t) in tokens.enumerated() {
            if t.text == "by" && i > 0 && (tokens[i - 1].text == "order" || tokens[i - 1].text == "group") { inList = true }
            else if t.kind == .word && ["from", "select", "where", "having", "limit", "union", "separator"].contains(t.text) || t.text == ")" { inList = false }
            if inList, t.kind == .word, let expr = aliases[t.text], let prev = tokens[..<i].last, prev.text == "by" || prev.text == "," {
                out += expr
                continue
            }
            out.append(t)
        }
        return out
    }

    struct Token {
        enum Kind { case word, literal, symbol }
        var text: String
        var kind: Kind
    }

    static func tokenize(_ sql: String) -> [Token] {
        let s = Array(sql.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWord(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c == "$" || c.properties.isAlphabetic || ("0"..."9").contains(c) || c.value > 0x7F
        }
        while i < s.count {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            if c == "-" && i + 1 < s.count && s[i + 1] == "-" || c == "#" {
                while i < s.count && s[i] != "\n" { i += 1 }
                continue
            }
            if c == "/" && i + 1 < s.count && s[i + 1] == "*" {
                i += 2
                while i + 1 < s.count && !(s[i] == "*" && s[i + 1] == "/") { i += 1 }
                i += 2
                continue
            }
            if c == "'" || c == "\"" {
                var j = i + 1
                while j < s.count {
                    if s[j] == "\\" { j += 2; continue }
                    if s[j] == c { if j + 1 < s.count && s[j + 1] == c { j += 2; continue }; break }
                    j += 1
                }
                // A character set introducer (_utf8mb4'x') is dropped.
                if let last = tokens.last, last.kind == .word, last.text.hasPrefix("_") { tokens.removeLast() }
                var text = String(String.UnicodeScalarView(s[i..<min(j + 1, s.count)]))
                if c == "\"" { text = "'" + text.dropFirst().dropLast() + "'" }
                tokens.append(Token(text: text, kind: .literal))
                i = j + 1
                continue
            }
            if c == "`" {
                var j = i + 1
                while j < s.count && s[j] != "`" { j += 1 }
                tokens.append(Token(text: String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)])).lowercased(), kind: .word))
                i = j + 1
                continue
            }
            if isWord(c) {
                var j = i
                // Numbers keep their decimal point.
                while j < s.count && (isWord(s[j]) || (s[j] == "." && j + 1 < s.count && ("0"..."9").contains(s[j + 1]) && ("0"..."9").contains(s[i]))) { j += 1 }
                tokens.append(Token(text: String(String.UnicodeScalarView(s[i..<j])).lowercased(), kind: .word))
                i = j
                continue
            }
            if i + 1 < s.count {
                let two = String(String.UnicodeScalarView([c, s[i + 1]]))
                if ["<>", "!=", "<=", ">=", "||", ":=", "&&"].contains(two) {
                    tokens.append(Token(text: two == "!=" ? "<>" : two, kind: .symbol))
                    i += 2
                    continue
                }
            }
            tokens.append(Token(text: String(c), kind: .symbol))
            i += 1
        }
        // A trailing semicolon is not part of the view.
        while tokens.last?.text == ";" { tokens.removeLast() }
        return tokens
    }
}
