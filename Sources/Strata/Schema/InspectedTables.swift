/// The tables an inspector has read so far, in catalog order, each reachable by name while the
/// columns, keys and indexes of later queries are added to it.
package struct InspectedTables {
    private var byName: [QualifiedName: Table] = [:]
    private var order: [QualifiedName] = []

    package init() {}

    /// Adds `table` after those added before.
    package mutating func add(_ table: Table) {
        if byName.updateValue(table, forKey: table.qualifiedName) == nil { order.append(table.qualifiedName) }
    }

    /// Whether a table `name` was read (rows of other tables, such as excluded ones, are skipped).
    package func contains(_ name: QualifiedName) -> Bool { byName[name] != nil }

    /// Changes the table `name`, when it was read.
    package mutating func update(_ name: QualifiedName, _ change: (inout Table) -> Void) {
        guard byName[name] != nil else { return }
        change(&byName[name]!)
    }

    /// The tables, in the order they were added.
    package var tables: [Table] { order.compactMap { byName[$0] } }
}
