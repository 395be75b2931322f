import Strata

/// Entity-relationship diagrams of a schema: Mermaid (`erDiagram`) and Graphviz DOT. Tables with
/// their columns and types, keys marked, foreign keys as edges from the child to the parent.
public enum Diagram {
    // MARK: Mermaid

    /// A Mermaid entity or attribute name: letters, digits, `_` and `-`, not starting with a digit.
    static func mermaidName(_ s: String) -> String {
        var out = String(s.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "_" })
        if out.isEmpty || out.first!.isNumber || out.first == "-" { out = "_" + out }
        return out
    }

    /// A Mermaid attribute type: `varchar(80)`, `decimal(10-2)`; the full type goes in the comment when it had to change.
    static func mermaidType(_ t: ColumnType) -> (type: String, changed: Bool) {
        var s = t.name.replacingSpaces()
        if let l = t.length { s += "(\(l)" + (t.scale.map { "-\($0)" } ?? "") + ")" }
        if t.unsigned { s += "_unsigned" }
        let clean = String(s.map { $0.isLetter || $0.isNumber || "_-()[]".contains($0) ? $0 : "_" })
        return (clean, clean != s || t.values != nil || t.scale != nil)
    }

    /// A Mermaid `erDiagram` of the tables, their columns and foreign keys.
    public static func mermaid(_ schema: Schema) -> String {
        let tables = schema.normalized().tables
        var out = "erDiagram\n"
        for t in tables {
            out += "    \(mermaidName(t.qualifiedName.description)) {\n"
            let fkColumns = Set(t.foreignKeys.flatMap(\.columns))
            let unique = Set(t.indexes.filter { $0.unique && $0.columns.count == 1 }.compactMap { $0.columns[0].column })
            for c in t.columns {
                let (type, changed) = mermaidType(c.type)
                var keys: [String] = []
                if t.primaryKey?.columns.contains(c.name) == true { keys.append("PK") }
                if fkColumns.contains(c.name) { keys.append("FK") }
                if unique.contains(c.name) && keys.isEmpty { keys.append("UK") }
                var note: [String] = []
                if changed { note.append(c.type.description) }
                if !c.nullable && !keys.contains("PK") { note.append("not null") }
                if let comment = c.comment {
                    // One line, and short: a diagram is no place for essays.
                    let line = comment.split(whereSeparator: \.isNewline).joined(separator: " ")
                    note.append(line.count > 60 ? String(line.prefix(59)) + "…" : line)
                }
                let comment = note.isEmpty ? "" : " \"" + note.joined(separator: "; ").replacingQuotes() + "\""
                out += "        \(type) \(mermaidName(c.name))\(keys.isEmpty ? "" : " " + keys.joined(separator: ", "))\(comment)\n"
            }
            out += "    }\n"
        }
        let known = Set(tables.map { $0.qualifiedName.description })
        for t in tables {
            for fk in t.foreignKeys where known.contains(fk.referenced.description) {
                let optional = fk.columns.contains { t.column($0)?.nullable ?? true }
                // Parent exactly one (or zero or one when the key may be NULL) to children zero or more.
                let label = fk.name ?? fk.columns.joined(separator: ", ")
                out += "    \(mermaidName(fk.referenced.description)) \(optional ? "|o" : "||")--o{ \(mermaidName(t.qualifiedName.description)) : \"\(label.replacingQuotes())\"\n"
            }
        }
        return out
    }

    // MARK: DOT

    static func html(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func dotID(_ s: String) -> String { "\"" + s.replacingOccurrencesOfQuote() + "\"" }

    /// A Graphviz graph of the tables, their columns and foreign keys.
    public static func dot(_ schema: Schema) -> String {
        let tables = schema.normalized().tables
        var out = "digraph schema {\n    graph [rankdir=LR, fontname=\"Helvetica\"];\n    node [shape=plaintext, fontname=\"Helvetica\", fontsize=10];\n"
        out += "    edge [fontname=\"Helvetica\", fontsize=8, arrowhead=teetee, arrowtail=crow, dir=both];\n"
        for t in tables {
            let name = t.qualifiedName.description
            var rows = "<tr><td bgcolor=\"#dde4ee\" colspan=\"2\"><b>\(html(name))</b></td></tr>"
            let fkColumns = Set(t.foreignKeys.flatMap(\.columns))
            for (n, c) in t.columns.enumerated() {
                var marks = ""
                if t.primaryKey?.columns.contains(c.name) == true { marks += "PK " }
                if fkColumns.contains(c.name) { marks += "FK " }
                let nameCell = marks.isEmpty ? html(c.name) : "<b>\(html(c.name))</b>"
                rows += "<tr><td port=\"c\(n)\" align=\"left\">\(nameCell)</td><td align=\"left\">\(html(c.type.description))\(c.nullable ? "" : " not null")\(marks.isEmpty ? "" : " " + html(marks.trimmingSpace()))</td></tr>"
            }
            out += "    \(dotID(name)) [label=<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"3\">\(rows)</table>>];\n"
        }
        let index = Dictionary(tables.map { ($0.qualifiedName.description, $0) }, uniquingKeysWith: { a, _ in a })
        for t in tables {
            for fk in t.foreignKeys {
                guard let parent = index[fk.referenced.description] else { continue }
                let from = t.columns.firstIndex { $0.name == fk.columns.first }.map { ":c\($0)" } ?? ""
                let to = parent.columns.firstIndex { $0.name == fk.referencedColumns.first }.map { ":c\($0)" } ?? ""
                let label = fk.name.map { " [label=\(dotID($0))]" } ?? ""
                out += "    \(dotID(t.qualifiedName.description))\(from) -> \(dotID(parent.qualifiedName.description))\(to)\(label);\n"
            }
        }
        return out + "}\n"
    }
}

extension String {
    func replacingSpaces() -> String { String(map { $0 == " " ? "_" : $0 }) }
    func replacingQuotes() -> String { String(map { $0 == "\"" ? "'" : $0 }) }
    func replacingOccurrencesOfQuote() -> String { reduce(into: "") { $0 += $1 == "\"" ? "\\\"" : ($1 == "\\" ? "\\\\" : String($1)) } }
    func trimmingSpace() -> String { DDLText.trim(self) }
}
