import Strata

/// What SQLite's pragmas do not report, read from the `CREATE TABLE` text:
/// CHECK constraints, collations, generated-column expressions, AUTOINCREMENT and constraint names.
struct SQLiteTableSQL {
    struct ColumnInfo { var collation: String?; var generated: String? }
    var columns: [String: ColumnInfo] = [:]
    var checks: [Check] = []
    /// Foreign key names by their column list.
    var foreignKeyNames: [[String]: String] = [:]
    var autoincrement = false

    static let constraintStarts: Set<String> = ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"]

    /// Words that make a column definition worth tokenising: everything else the pragmas report.
    static let columnClauses = ["CHECK", "COLLATE", " AS", "CONSTRAINT", "GENERATED"]

    init(_ sql: String) {
        autoincrement = DDLText.contains(sql, "AUTOINCREMENT")
        // Most tables have nothing the pragmas miss: skip the tokenising then.
        guard SQLiteTableSQL.columnClauses.contains(where: { DDLText.contains(sql, $0) }) || DDLText.contains(sql, "FOREIGN"),
              let body = DDLText.parenthesised(sql) else { return }
        for item in DDLText.splitTopLevel(body.inner) {
            let (first, rest) = DDLText.firstToken(item)
            let upper = first.uppercased()
            if SQLiteTableSQL.constraintStarts.contains(upper) && !first.hasPrefix("\"") {
                readTableConstraint(item)
            } else if SQLiteTableSQL.columnClauses.contains(where: { DDLText.contains(item, $0) }) {
                readColumn(name: DDLText.unquote(first), rest: rest)
            }
        }
    }

    mutating func readTableConstraint(_ item: String) {
        var text = item
        var name: String? = nil
        var (tok, rest) = DDLText.firstToken(text)
        if tok.uppercased() == "CONSTRAINT" {
            let n = DDLText.firstToken(rest)
            name = DDLText.unquote(n.token)
            text = n.rest
            (tok, rest) = DDLText.firstToken(text)
        }
        switch tok.uppercased() {
        case "CHECK":
            if let p = DDLText.parenthesised(rest) { checks.append(Check(name: name, expression: DDLText.trim(p.inner))) }
        case "FOREIGN":
            if let p = DDLText.parenthesised(rest), let name {
                foreignKeyNames[DDLText.splitTopLevel(p.inner).map(DDLText.unquote)] = name
            }
        default: break
        }
    }

    mutating func readColumn(name: String, rest: String) {
        var info = ColumnInfo()
        var text = rest
        var pendingName: String? = nil
        while !text.isEmpty {
            let (tok, after) = DDLText.firstToken(text)
            let upper = tok.uppercased()
            switch upper {
            case "CONSTRAINT":
                let n = DDLText.firstToken(after)
                pendingName = DDLText.unquote(n.token)
                text = n.rest
                continue
            case "CHECK":
                if let p = DDLText.parenthesised(after) {
                    checks.append(Check(name: pendingName, expression: DDLText.trim(p.inner)))
                    text = String(after[p.end...])
                    pendingName = nil
                    continue
                }
            case "COLLATE":
                let n = DDLText.firstToken(after)
                info.collation = DDLText.unquote(n.token)
                text = n.rest
                continue
            case "AS":
                if let p = DDLText.parenthesised(after) {
                    info.generated = DDLText.trim(p.inner)
                    text = String(after[p.end...])
                    continue
                }
            case "REFERENCES":
                if let pendingName { foreignKeyNames[[name]] = pendingName }
                pendingName = nil
            case "DEFAULT":
                // Skip a parenthesised default so its contents are not read as clauses.
                let trimmed = DDLText.trim(after)
                if trimmed.hasPrefix("("), let p = DDLText.parenthesised(trimmed) { text = String(trimmed[p.end...]); continue }
                let n = DDLText.firstToken(after)
                text = n.rest
                continue
            default:
                break
            }
            if tok.hasPrefix("(") || tok == "(" {
                // A parenthesised type argument list or other group: skip it whole.
                if let p = DDLText.parenthesised(text) { text = String(text[p.end...]); continue }
            }
            text = after
        }
        columns[name] = info
    }
}

/// Reads an index definition: `CREATE [UNIQUE] INDEX name ON table (parts) [WHERE predicate]`.
enum SQLiteIndexSQL {
    static func parts(_ sql: String) -> (parts: [IndexPart], predicate: String?)? {
        guard let on = DDLText.find(" ON ", in: sql), let p = DDLText.parenthesised(sql, from: on.upperBound) else { return nil }
        let parts = DDLText.splitTopLevel(p.inner).map { raw -> IndexPart in
            var text = DDLText.trim(raw)
            var descending = false
            let upper = text.uppercased()
            if upper.hasSuffix(" DESC") { descending = true; text = String(text.dropLast(5)) }
            else if upper.hasSuffix(" ASC") { text = String(text.dropLast(4)) }
            text = DDLText.trim(text)
            let (tok, rest) = DDLText.firstToken(text)
            if rest.isEmpty && !tok.isEmpty && (tok.first!.isLetter || tok.first == "_" || tok.first == "\"" || tok.first == "`" || tok.first == "[") {
                return IndexPart(column: DDLText.unquote(tok), descending: descending)
            }
            // One layer of wrapping parentheses is notation, not part of the expression.
            if text.hasPrefix("("), let p = DDLText.parenthesised(text), p.end == text.endIndex { text = DDLText.trim(p.inner) }
            return IndexPart(expression: text, descending: descending)
        }
        var predicate: String? = nil
        let tail = sql[p.end...]
        let tailText = String(tail)
        if let w = DDLText.find("WHERE", in: tailText) {
            predicate = DDLText.trim(tailText[w.upperBound...])
        }
        return (parts, predicate)
    }
}

import Foundation
