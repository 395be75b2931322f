import Strata
import StrataDialects

/// Column types to Swift and Python types (docs/codegen.md has the table), decided on what the
/// type means on its engine (``Dialect/classify(_:)``), not on its spelling.
enum CodeTypes {
    /// The type read on `engine` (neutrally when the source names none).
    static func classify(_ t: ColumnType, engine: Engine?) -> ColumnType.Classification {
        engine?.dialect.classify(t) ?? t.classified
    }

    /// Storage bits of an integer column (a MySQL `year` is a 16-bit integer here, `mediumint` 32);
    /// nil for other types.
    static func integerBits(_ t: ColumnType, engine: Engine?) -> Int? {
        let c = classify(t, engine: engine)
        guard c.family == .integer || c.family == .year, let bits = c.bits else { return nil }
        return bits == 24 ? 32 : bits
    }

    /// The Swift type of a column (not optional; the caller adds `?` for NULL).
    static func swift(_ p: Property, engine: Engine?) -> String {
        let t = p.column.type
        if let e = p.enumTypeName { return e }
        let c = classify(t, engine: engine)
        if c.holdsBoolean { return "Bool" }
        if let bits = integerBits(t, engine: engine) { return (c.signed ? "Int" : "UInt") + String(bits) }
        switch c.family {
        case .decimal: return "Decimal"
        case .float: return c.bits == 64 ? "Double" : "Float"
        case .bit: return "UInt64"
        case .uuid: return "UUID"
        case .date, .timestamp: return "Date"
        case .binary, .spatial: return "Data"
        default: return "String"
        }
    }

    /// The Python type inside `Mapped[...]` and the SQLAlchemy column type expression, with the names to import.
    /// `table` names a MySQL ENUM column's type (`<table>_<column>`), which PostgreSQL needs to create it.
    static func python(_ p: Property, engine: Engine?, table: String) -> (annotation: String, sqlType: String, imports: [String]) {
        let t = p.column.type
        let c = classify(t, engine: engine)
        if let values = p.enumValues {
            let list = values.map(pythonString).joined(separator: ", ")
            let name = c.family == .enumeration ? "\(table)_\(p.column.name)" : t.name
            return ("str", "Enum(\(list), name=\(pythonString(name)))", ["Enum"])
        }
        if c.holdsBoolean { return ("bool", "Boolean", ["Boolean"]) }
        if let bits = integerBits(t, engine: engine) {
            // SQLite makes only INTEGER PRIMARY KEY a rowid alias: keep Integer there.
            let type = engine == .sqlite ? "Integer" : bits <= 16 ? "SmallInteger" : bits <= 32 && c.signed ? "Integer" : "BigInteger"
            return ("int", type, [type])
        }
        switch c.family {
        case .decimal:
            if let l = t.length { return ("decimal.Decimal", "Numeric(\(l), \(t.scale ?? 0))", ["Numeric"]) }
            return ("decimal.Decimal", "Numeric", ["Numeric"])
        case .float: return ("float", "Float", ["Float"])
        case .bit: return ("int", "BigInteger", ["BigInteger"])
        case .uuid: return ("uuid.UUID", "Uuid", ["Uuid"])
        case .date: return ("datetime.date", "Date", ["Date"])
        case .time: return ("datetime.time", "Time", ["Time"])
        case .json: return ("dict", "JSON", ["JSON"])
        case .timestamp: return ("datetime.datetime", c.withTimeZone ? "DateTime(timezone=True)" : "DateTime", ["DateTime"])
        case .binary, .spatial: return ("bytes", "LargeBinary", ["LargeBinary"])
        case .character: return t.length.map { ("str", "String(\($0))", ["String"]) } ?? ("str", "String", ["String"])
        default: return ("str", "Text", ["Text"])
        }
    }

    static func pythonString(_ s: String) -> String {
        // Every control character as an escape: Python ends a line at \r as well as \n.
        var out = "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: if UnsafeText.isControl(u) { out += pythonEscape(u) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "'"
    }

    /// Text for inside a triple-quoted docstring: line breaks stay, nothing can end the string early
    /// (backslashes and quotes escaped) and other control characters are escapes.
    static func pythonDocstringBody(_ s: String) -> String {
        let body = s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return body.unicodeScalars.map { $0 != "\n" && UnsafeText.isControl($0) ? pythonEscape($0) : String($0) }.joined()
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane (every control character is one).
    static func pythonEscape(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    static func swiftString(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
            .escapingOtherControls + "\""
    }
}

extension String {
    /// Control characters other than \n, \r and \t (already escaped) as Swift `\u{...}` escapes.
    fileprivate var escapingOtherControls: String {
        guard UnsafeText.hasControl(self) else { return self }
        return unicodeScalars.map { UnsafeText.isControl($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }
}
