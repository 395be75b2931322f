/// Tables matched between the two schemas: renamed (by hint), created, dropped, and the diff of
/// every table on both sides.
struct TablePlan {
    /// The current tables under their desired names (renamed ones moved).
    var currentTables: [QualifiedName: Table]
    var renamed: [(from: QualifiedName, to: QualifiedName)]
    var created: [Table]
    var dropped: [Table]
    /// Every matched table, even unchanged ones: their foreign keys may still change.
    var diffs: [TableDiff]
    /// Probable renames and other remarks for the user.
    var notes: [String]
}

extension Differ {
    /// Tables: renames first, then matches by name.
    func matchTables(_ current: Schema, _ desired: Schema) -> TablePlan {
        var notes: [String] = []
        var currentTables: [QualifiedName: Table] = [:]
        for t in current.tables { currentTables[t.qualifiedName] = t }
        var renamed: [(from: QualifiedName, to: QualifiedName)] = []
        for (old, new) in options.renames.tables.sorted(by: { $0.key < $1.key }) {
            let oldName = Differ.parse(old), newName = Differ.parse(new)
            guard var t = currentTables[oldName], currentTables[newName] == nil, desired.table(newName) != nil else { continue }
            currentTables[oldName] = nil
            t.schema = newName.schema
            t.name = newName.name
            currentTables[newName] = t
            renamed.append((oldName, newName))
        }
        let desiredNames = Set(desired.tables.map(\.qualifiedName))
        let created = desired.tables.filter { currentTables[$0.qualifiedName] == nil }
        let dropped = current.tables.filter { t in
            !renamed.contains { $0.from == t.qualifiedName } && !desiredNames.contains(t.qualifiedName)
        }
        var diffs: [TableDiff] = []
        for d in desired.tables {
            guard let c = currentTables[d.qualifiedName] else { continue }
            let oldName = renamed.first { $0.to == d.qualifiedName }?.from
            diffs.append(diffTable(c, d, oldName: oldName, notes: &notes))
        }
        // Probable table renames: one dropped and one created table with the same columns.
        for dt in dropped {
            for ct in created where ct.columns.map(\.name) == dt.columns.map(\.name) {
                notes.append("table \(dt.qualifiedName) is dropped and \(ct.qualifiedName) is created with the same columns: if it is a rename, pass --rename \(dt.qualifiedName)=\(ct.qualifiedName)")
            }
        }
        return TablePlan(currentTables: currentTables, renamed: renamed, created: created, dropped: dropped, diffs: diffs, notes: notes)
    }
}
