import Strata

/// Column types to Swift and Python types (docs/codegen.md has the table).
enum CodeTypes {
    /// Integer kinds by width: MySQL `tinyint` 8, `smallint` 16, `mediumint`/`int` 32, `bigint` 64;
    /// SQLite's INTEGER is 64 bits; PostgreSQL `smallint`/`integer`/`bigint` and their serials.
    static func integerBits(_ t: ColumnType, engine: Engine?) -> Int? {
        switch t.name {
        case "tinyint", "int1": return 8
        case "smallint", "int2", "smallserial", "serial2", "year": return 16
        case "mediumint", "int3", "int4", "serial", "serial4": return 32
        case "int", "integer": return engine == .sqlite ? 64 : 32
        case "bigint", "int8", "bigserial", "serial8": return 64
        default: return nil
        }
    }

    static func isBool(_ t: ColumnType) -> Bool {
        t.name == "bool" || t.name == "boolean" || (t.name == "tinyint" && t.length == 1) || (t.name == "bit" && (t.length ?? 1) == 1)
    }

    static let textNames: Set<String> = [
        "char", "character", "varchar", "character varying", "nchar", "nvarchar", "text", "tinytext", "mediumtext", "longtext",
        "clob", "json", "jsonb", "set", "citext", "xml", "inet", "cidr", "macaddr", "interval", "tsvector", "name", "enum",
        "time", "time without time zone", "time with time zone", "timetz", "money",
    ]
    static let binaryNames: Set<String> = [
        "binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob", "bytea", "geometry", "point", "linestring",
        "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection",
    ]
    static let dateNames: Set<String> = [
        "date", "datetime", "timestamp", "timestamp without time zone", "timestamp with time zone", "timestamptz",
    ]

    /// The Swift type of a column (not optional; the caller adds `?` for NULL).
    static func swift(_ p: Property, engine: Engine?) -> String {
        let t = p.column.type
        if let e = p.enumTypeName { return e }
        if t.name.hasSuffix("[]") { return "String" }
        if isBool(t) { return "Bool" }
        if let bits = integerBits(t, engine: engine) { return (t.unsigned ? "UInt" : "Int") + String(bits) }
        switch t.name {
        case "decimal", "numeric", "dec", "fixed": return "Decimal"
        case "float", "real", "float4": return engine == .sqlite ? "Double" : "Float"
        case "double", "double precision", "float8": return "Double"
        case "bit": return "UInt64"
        case "uuid": return "UUID"
        default: break
        }
        if dateNames.contains(t.name) { return "Date" }
        if binaryNames.contains(t.name) { return "Data" }
        return "String"
    }

    /// The Python type inside `Mapped[...]` and the SQLAlchemy column type expression, with the names to import.
    /// `table` names a MySQL ENUM column's type (`<table>_<column>`), which PostgreSQL needs to create it.
    static func python(_ p: Property, engine: Engine?, table: String) -> (annotation: String, sqlType: String, imports: [String]) {
        let t = p.column.type
        if let values = p.enumValues {
            let list = values.map(pythonString).joined(separator: ", ")
            let name = t.name == "enum" ? "\(table)_\(p.column.name)" : t.name
            return ("str", "Enum(\(list), name=\(pythonString(name)))", ["Enum"])
        }
        if t.name.hasSuffix("[]") { return ("str", "Text", ["Text"]) }
        if isBool(t) { return ("bool", "Boolean", ["Boolean"]) }
        if let bits = integerBits(t, engine: engine) {
            // SQLite makes only INTEGER PRIMARY KEY a rowid alias: keep Integer there.
            let type = engine == .sqlite ? "Integer" : bits <= 16 ? "SmallInteger" : bits <= 32 && !t.unsigned ? "Integer" : "BigInteger"
            return ("int", type, [type])
        }
        switch t.name {
        case "decimal", "numeric", "dec", "fixed":
            if let l = t.length { return ("decimal.Decimal", "Numeric(\(l), \(t.scale ?? 0))", ["Numeric"]) }
            return ("decimal.Decimal", "Numeric", ["Numeric"])
        case "float", "real", "float4", "double", "double precision", "float8": return ("float", "Float", ["Float"])
        case "bit": return ("int", "BigInteger", ["BigInteger"])
        case "uuid": return ("uuid.UUID", "Uuid", ["Uuid"])
        case "date": return ("datetime.date", "Date", ["Date"])
        case "time", "time without time zone", "time with time zone", "timetz": return ("datetime.time", "Time", ["Time"])
        case "json", "jsonb": return ("dict", "JSON", ["JSON"])
        default: break
        }
        if dateNames.contains(t.name) {
            let tz = t.name == "timestamp with time zone" || t.name == "timestamptz"
            return ("datetime.datetime", tz ? "DateTime(timezone=True)" : "DateTime", ["DateTime"])
        }
        if binaryNames.contains(t.name) { return ("bytes", "LargeBinary", ["LargeBinary"]) }
        if ["char", "character", "varchar", "character varying", "nchar", "nvarchar"].contains(t.name), let l = t.length {
            return ("str", "String(\(l))", ["String"])
        }
        if ["char", "character", "varchar", "character varying", "nchar", "nvarchar"].contains(t.name) { return ("str", "String", ["String"]) }
        return ("str", "Text", ["Text"])
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
