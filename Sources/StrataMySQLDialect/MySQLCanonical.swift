import Foundation
import Strata

/// How MySQL/MariaDB report types, defaults, charsets and collations: what the inspector reads
/// from the server and what the Workbench reader makes of a model are both put in this form, so
/// a model compares equal to the database it was synchronised to.
public enum MySQLCanonical {
    /// Display widths dropped (MySQL 8 drops them too) except `tinyint(1)`; `integer` is `int`,
    /// `bool` is `tinyint(1)`, `year` is `year(4)`, ZEROFILL implies UNSIGNED, and `text(n)`/`blob(n)`
    /// become the smallest type that holds `n`, as the server picks it.
    public static func type(_ t: ColumnType) -> ColumnType {
        var t = t
        if t.name == "integer" { t.name = "int" }
        if t.name == "bool" || t.name == "boolean" { return ColumnType("tinyint", length: 1) }
        if t.classified.family == .integer && !t.classified.holdsBoolean { t.length = nil }
        if t.name == "year" { t.length = 4 }
        if t.zerofill { t.unsigned = true }
        if t.name == "text" || t.name == "blob", let length = t.length {
            t.name = length <= 255 ? "tiny" + t.name : length <= 65535 ? t.name : length <= 16_777_215 ? "medium" + t.name : "long" + t.name
            t.length = nil
        }
        return t
    }

    /// `current_timestamp()`, `now()`, `localtime` and `CURRENT_TIMESTAMP` -> `CURRENT_TIMESTAMP`;
    /// `current_timestamp(6)` -> `CURRENT_TIMESTAMP(6)`; anything else as it is.
    public static func function(_ s: String) -> String {
        let lower = s.lowercased()
        for f in ["current_timestamp", "now", "localtimestamp", "localtime"] where lower.hasPrefix(f) {
            let rest = lower.dropFirst(f.count)
            if rest.isEmpty || rest == "()" { return "CURRENT_TIMESTAMP" }
            if rest.hasPrefix("("), rest.hasSuffix(")") { return "CURRENT_TIMESTAMP" + rest }
        }
        return s
    }

    /// A default written in a model or a DDL file as the server reports it: the current time as
    /// `CURRENT_TIMESTAMP`, numbers bare, TRUE/FALSE as 1/0, decimals at their scale.
    public static func defaultValue(_ raw: String, type: ColumnType) -> String {
        let time = function(raw)
        if time.hasPrefix("CURRENT_TIMESTAMP") { return time }
        let upper = raw.uppercased()
        if upper == "TRUE" { return "1" }
        if upper == "FALSE" { return "0" }
        let numeric = [.integer, .decimal, .float, .bit, .year].contains(type.classified.family)
        var value = raw
        if numeric, raw.hasPrefix("'"), raw.hasSuffix("'"), raw.count >= 2, Double(raw.dropFirst().dropLast()) != nil { value = String(raw.dropFirst().dropLast()) }
        if type.classified.family == .decimal, let d = Double(value), let scale = type.scale { return String(format: "%.\(scale)f", d) }
        return value
    }

    /// MariaDB 10.6+ calls utf8 utf8mb3.
    public static func charset(_ raw: String) -> String {
        let c = raw.lowercased()
        return c == "utf8" ? "utf8mb3" : c
    }

    /// MariaDB 10.6+ calls utf8_* collations utf8mb3_*.
    public static func collation(_ raw: String) -> String {
        let c = raw.lowercased()
        return c.hasPrefix("utf8_") ? "utf8mb3_" + c.dropFirst(5) : c
    }

    /// The collation a charset gets when none is given (MariaDB).
    public static func defaultCollation(_ charset: String) -> String? {
        ["utf8mb3": "utf8mb3_general_ci", "utf8mb4": "utf8mb4_general_ci", "latin1": "latin1_swedish_ci", "ascii": "ascii_general_ci",
         "binary": "binary", "ucs2": "ucs2_general_ci", "utf16": "utf16_general_ci", "utf32": "utf32_general_ci", "cp1250": "cp1250_general_ci"][charset]
    }
}
