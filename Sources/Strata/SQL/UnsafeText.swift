/// Text that came from a schema or a user (names, messages) written where a line break would change
/// what the text means: a SQL comment, a revision header, generated code, a one-line message.
public enum UnsafeText {
    /// Whether `scalar` ends a line or is a control character in any of the languages Strata writes
    /// (SQL, Swift, Python): C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether `text` holds a control character (see `isControl`).
    public static func hasControl(_ text: String) -> Bool { text.unicodeScalars.contains(where: isControl) }

    /// `text` with every control character written as a visible escape (`\n`, `\r`, `\t`, `\u{2028}`),
    /// so it stays on one line.
    public static func oneLine(_ text: String) -> String {
        guard hasControl(text) else { return text }
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if isControl(s) { out += "\\u{" + String(s.value, radix: 16) + "}" } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }
}

extension Schema {
    /// Names that hold a control character, each as `schema.table.column` (tables, columns, indexes,
    /// constraints, views, types, sequences, schemas, routines, triggers). Such a name written into a
    /// revision would end a comment line or a header line and turn the rest of the name into live SQL.
    public var namesWithControlCharacters: [String] {
        var found: [String] = []
        func check(_ name: String?, _ place: @autoclosure () -> String) {
            if let name, UnsafeText.hasControl(name) { found.append(UnsafeText.oneLine(place())) }
        }
        for ns in namespaces { check(ns, ns) }
        for t in tables {
            let table = t.qualifiedName.description
            check(t.schema, table)
            check(t.name, table)
            for c in t.columns { check(c.name, "\(table).\(c.name)"); check(c.collation, "\(table).\(c.name) (collation)") }
            check(t.primaryKey?.name, "\(table) (primary key \(t.primaryKey?.name ?? ""))")
            for i in t.indexes { check(i.name, "\(table) (index \(i.name ?? ""))"); for p in i.columns { check(p.column, "\(table) (index \(i.name ?? "") column \(p.column ?? ""))") } }
            for fk in t.foreignKeys {
                check(fk.name, "\(table) (foreign key \(fk.name ?? ""))")
                for n in fk.columns + fk.referencedColumns + [fk.referencedTable] + [fk.referencedSchema].compactMap({ $0 }) { check(n, "\(table) (foreign key \(fk.name ?? "") naming \(n))") }
            }
            for c in t.checks { check(c.name, "\(table) (check \(c.name ?? ""))") }
            for tr in t.triggers { check(tr.name, "\(table) (trigger \(tr.name))") }
        }
        for v in views { check(v.schema, v.qualifiedName.description); check(v.name, v.qualifiedName.description) }
        for e in enums { check(e.schema, e.qualifiedName.description); check(e.name, e.qualifiedName.description) }
        for s in sequences { check(s.schema, s.qualifiedName.description); check(s.name, s.qualifiedName.description) }
        for r in routines { check(r.name, "\(r.kind) \(r.name)") }
        return found
    }

    /// Throws a usage error (exit 2) listing every name with a control character; `source` names where the schema came from.
    public func refuseControlCharacters(source: String) throws {
        let names = namesWithControlCharacters
        guard !names.isEmpty else { return }
        throw StrataError.usage("\(source): \(names.count == 1 ? "a name holds" : "\(names.count) names hold") a line break or control character, which Strata refuses to write into SQL: \(names.prefix(10).joined(separator: ", "))\(names.count > 10 ? ", ..." : "") (rename \(names.count == 1 ? "it" : "them") first)")
    }
}
