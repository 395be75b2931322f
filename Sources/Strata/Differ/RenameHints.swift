/// Renames the user asserts (`--rename old_table=new_table`, `--rename table.old_col=new_col`),
/// so autogenerate writes real renames instead of drop-and-add.
public struct RenameHints: Equatable, Sendable {
    /// Old table name to new table name.
    public var tables: [String: String]
    /// Table (named as it is or as it will be) to old column to new column.
    public var columns: [String: [String: String]]

    /// Hints from old to new table names, and per table from old to new column names.
    public init(tables: [String: String] = [:], columns: [String: [String: String]] = [:]) {
        self.tables = tables
        self.columns = columns
    }

    /// Parses `old=new` and `table.old=new` hints; errors name the hint.
    public init(parsing hints: [String]) throws {
        self.init()
        for hint in hints {
            let parts = hint.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw StrataError.usage("--rename '\(hint)': write OLD_TABLE=NEW_TABLE or TABLE.OLD_COLUMN=NEW_COLUMN")
            }
            if let dot = parts[0].lastIndex(of: ".") {
                let table = String(parts[0][..<dot])
                columns[table, default: [:]][String(parts[0][parts[0].index(after: dot)...])] = parts[1]
            } else {
                tables[parts[0]] = parts[1]
            }
        }
    }

    /// Refuses a hint that names nothing in the two schemas: a typo would otherwise give a silent
    /// DROP and CREATE. A table hint needs `OLD` in the schema as it is and `NEW` in the desired one; a
    /// column hint needs the table (by either name) with `OLD` now and `NEW` afterwards.
    public static func check(_ hints: [String], current: Schema, desired: Schema) throws {
        let all = try RenameHints(parsing: hints)
        func table(_ schema: Schema, _ name: String) -> Table? { schema.tables.first { $0.name == name } }
        for hint in hints {
            let one = try RenameHints(parsing: [hint])
            for (old, new) in one.tables {
                guard table(current, old) != nil else { throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': the schema as it is has no table '\(UnsafeText.oneLine(old))'") }
                guard table(desired, new) != nil else { throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': the desired schema has no table '\(UnsafeText.oneLine(new))'") }
            }
            for (name, map) in one.columns {
                let oldName = all.tables.first { $0.value == name }?.key ?? name
                let newName = all.tables[name] ?? name
                guard let before = table(current, oldName) ?? table(current, name) else {
                    throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': the schema as it is has no table '\(UnsafeText.oneLine(name))'")
                }
                guard let after = table(desired, newName) ?? table(desired, name) else {
                    throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': the desired schema has no table '\(UnsafeText.oneLine(newName))'")
                }
                for (old, new) in map {
                    guard before.columns.contains(where: { $0.name == old }) else {
                        throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': \(UnsafeText.oneLine(before.name)) has no column '\(UnsafeText.oneLine(old))' in the schema as it is")
                    }
                    guard after.columns.contains(where: { $0.name == new }) else {
                        throw StrataError.usage("--rename '\(UnsafeText.oneLine(hint))': \(UnsafeText.oneLine(after.name)) has no column '\(UnsafeText.oneLine(new))' in the desired schema")
                    }
                }
            }
        }
    }

    /// The hints for going back: every rename reversed.
    public var inverted: RenameHints {
        var inv = RenameHints()
        for (old, new) in tables { inv.tables[new] = old }
        for (table, map) in columns {
            // Going back, the table is named by what was its old name.
            let oldTable = tables.first { $0.value == table }?.key ?? table
            for (old, new) in map { inv.columns[oldTable, default: [:]][new] = old }
        }
        return inv
    }
}
