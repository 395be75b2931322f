/// One step from the current schema toward the desired one. Dialects turn changes into SQL.
public enum Change: Equatable, Sendable {
    case createNamespace(String)
    case dropNamespace(String)
    case createEnum(EnumType)
    case dropEnum(EnumType)
    /// Values added to an enum (PostgreSQL `ALTER TYPE ... ADD VALUE`).
    case addEnumValues(from: EnumType, to: EnumType)
    /// Values removed or reordered: the type must be rebuilt and its columns converted.
    case recreateEnum(from: EnumType, to: EnumType)
    case createSequence(SequenceDefinition)
    case dropSequence(SequenceDefinition)
    case alterSequence(from: SequenceDefinition, to: SequenceDefinition)
    /// A new table; its foreign keys follow as `addForeignKey` changes.
    case createTable(Table)
    case dropTable(Table)
    case renameTable(from: QualifiedName, to: QualifiedName)
    case alterTable(TableDiff)
    case addForeignKey(table: QualifiedName, ForeignKey)
    case dropForeignKey(table: QualifiedName, ForeignKey)
    case createView(View)
    case dropView(View)
    /// A MySQL function or procedure (a changed one is dropped and created again).
    case createRoutine(Routine)
    case dropRoutine(Routine)

    /// Why the change converts values that existed before it and can lose them (a narrowed type, a
    /// character set, enum values removed), each as `table: reason`; empty for drops of whole objects.
    public var conversionLosses: [String] {
        switch self {
        case .alterTable(let d): return d.conversionReasons.map { "\(d.to.qualifiedName): \($0)" }
        case .recreateEnum(let from, let to):
            let removed = from.values.filter { !to.values.contains($0) }
            return removed.isEmpty ? [] : ["enum \(to.qualifiedName): removes values \(removed.joined(separator: ", "))"]
        default: return []
        }
    }

    /// Whether the change can lose data (dropped tables or columns, narrowed types, removed enum values).
    public var isDestructive: Bool {
        switch self {
        case .dropTable: return true
        case .recreateEnum(let from, let to): return !Set(from.values).isSubset(of: Set(to.values))
        case .alterTable(let d): return !d.destructiveReasons.isEmpty
        default: return false
        }
    }

    /// One line for the revision file and the command output.
    public var summary: String {
        switch self {
        case .createNamespace(let n): return "create schema \(n)"
        case .dropNamespace(let n): return "drop schema \(n)"
        case .createEnum(let e): return "create enum \(e.qualifiedName)"
        case .dropEnum(let e): return "drop enum \(e.qualifiedName)"
        case .addEnumValues(_, let to): return "add values to enum \(to.qualifiedName)"
        case .recreateEnum(let from, let to):
            let removed = from.values.filter { !to.values.contains($0) }
            return "rebuild enum \(to.qualifiedName)" + (removed.isEmpty ? " (values reordered)" : " (values removed: \(removed.joined(separator: ", ")))")
        case .createSequence(let s): return "create sequence \(s.qualifiedName)"
        case .dropSequence(let s): return "drop sequence \(s.qualifiedName)"
        case .alterSequence(_, let s): return "alter sequence \(s.qualifiedName)"
        case .createTable(let t): return "create table \(t.qualifiedName)"
        case .dropTable(let t): return "drop table \(t.qualifiedName)"
        case .renameTable(let from, let to): return "rename table \(from) to \(to)"
        case .alterTable(let d):
            let reasons = d.destructiveReasons
            return "alter table \(d.to.qualifiedName): \(d.summary)" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))")
        case .addForeignKey(let t, let fk): return "add foreign key \(t)(\(fk.columns.joined(separator: ", "))) -> \(fk.referenced)"
        case .dropForeignKey(let t, let fk): return "drop foreign key \(t)(\(fk.columns.joined(separator: ", "))) -> \(fk.referenced)"
        case .createView(let v): return "create view \(v.qualifiedName)"
        case .dropView(let v): return "drop view \(v.qualifiedName)"
        case .createRoutine(let r): return "create \(r.kind) \(r.name)"
        case .dropRoutine(let r): return "drop \(r.kind) \(r.name)"
        }
    }
}

/// What changes inside one table that exists on both sides.
public struct TableDiff: Equatable, Sendable {
    /// The table as it is (after any rename).
    public var from: Table
    /// The table as it should be.
    public var to: Table
    /// Column renames, old name to new name.
    public var renamedColumns: [ColumnRename]
    /// Columns added.
    public var addedColumns: [Column]
    /// Columns dropped.
    public var droppedColumns: [Column]
    /// Columns present on both sides whose definition differs (matched through renames).
    public var alteredColumns: [ColumnChange]
    /// The common columns are in another order.
    public var columnOrderChanged: Bool
    /// The primary key changes.
    public var primaryKeyChanged: Bool
    /// Indexes added.
    public var addedIndexes: [Index]
    /// Indexes dropped.
    public var droppedIndexes: [Index]
    /// Indexes that only change their name.
    public var renamedIndexes: [IndexRename]
    /// CHECK constraints added.
    public var addedChecks: [Check]
    /// CHECK constraints dropped.
    public var droppedChecks: [Check]
    /// Storage options change (MySQL).
    public var optionsChanged: Bool
    /// The table comment changes.
    public var commentChanged: Bool
    /// The triggers change.
    public var triggersChanged: Bool
    /// Foreign keys that change in this table (also emitted as separate changes; SQLite rebuilds for them).
    public var foreignKeysChanged: Bool

    /// A column renamed, from its old name to its new one.
    public struct ColumnRename: Equatable, Sendable { public var from: String; public var to: String }
    /// A column before and after.
    public struct ColumnChange: Equatable, Sendable { public var from: Column; public var to: Column }
    /// An index renamed.
    public struct IndexRename: Equatable, Sendable { public var from: String; public var to: String }

    /// The diff of `from` and `to`, empty until the differ fills it.
    public init(from: Table, to: Table) {
        self.from = from
        self.to = to
        renamedColumns = []
        addedColumns = []
        droppedColumns = []
        alteredColumns = []
        columnOrderChanged = false
        primaryKeyChanged = false
        addedIndexes = []
        droppedIndexes = []
        renamedIndexes = []
        addedChecks = []
        droppedChecks = []
        optionsChanged = false
        commentChanged = false
        triggersChanged = false
        foreignKeysChanged = false
    }

    /// Nothing changes in the table.
    public var isEmpty: Bool {
        renamedColumns.isEmpty && addedColumns.isEmpty && droppedColumns.isEmpty && alteredColumns.isEmpty
            && !columnOrderChanged && !primaryKeyChanged && addedIndexes.isEmpty && droppedIndexes.isEmpty
            && renamedIndexes.isEmpty && addedChecks.isEmpty && droppedChecks.isEmpty && !optionsChanged
            && !commentChanged && !triggersChanged && !foreignKeysChanged
    }

    /// Why the change can lose data, if it can.
    public var destructiveReasons: [String] { droppedColumns.map { "drops column \($0.name)" } + conversionReasons }

    /// Why converting the stored values can lose data or fail on rows (narrowed types, another
    /// character set): what makes a downgrade dangerous even when it drops nothing the upgrade did not add.
    public var conversionReasons: [String] {
        var r: [String] = []
        for c in alteredColumns where TypeRules.narrows(c.from.type, to: c.to.type) {
            r.append("narrows \(c.to.name) from \(c.from.type) to \(c.to.type)")
        }
        // A character set change converts the stored text: characters the new set lacks are lost.
        for c in alteredColumns where c.from.charset != c.to.charset && c.to.charset != nil {
            r.append("converts \(c.to.name) to character set \(c.to.charset!)")
        }
        if from.options.charset != to.options.charset {
            r.append("converts the text columns to character set \(to.options.charset ?? "the database default")")
        }
        return r
    }

    /// What changes, on one line.
    public var summary: String {
        var parts: [String] = []
        parts += renamedColumns.map { "rename column \($0.from) to \($0.to)" }
        parts += addedColumns.map { "add column \($0.name)" }
        parts += droppedColumns.map { "drop column \($0.name)" }
        parts += alteredColumns.map { "alter column \($0.to.name)" }
        if columnOrderChanged { parts.append("reorder columns") }
        if primaryKeyChanged { parts.append("change primary key") }
        parts += renamedIndexes.map { "rename index \($0.from) to \($0.to)" }
        parts += addedIndexes.map { "add index \($0.name ?? "(unnamed)")" }
        parts += droppedIndexes.map { "drop index \($0.name ?? "(unnamed)")" }
        parts += addedChecks.map { "add check \($0.name ?? $0.expression)" }
        parts += droppedChecks.map { "drop check \($0.name ?? $0.expression)" }
        if optionsChanged { parts.append("change table options") }
        if commentChanged { parts.append("change comment") }
        if triggersChanged { parts.append("recreate triggers") }
        if foreignKeysChanged && parts.isEmpty { parts.append("change foreign keys") }
        return parts.joined(separator: ", ")
    }
}

/// Facts about types that do not depend on an engine.
public enum TypeRules {
    /// Whether converting `from` to `to` can lose data: a narrower integer (or signed to unsigned of
    /// the same width), a shorter length or scale, fewer ENUM values, or any other change of type
    /// but to one without a limit (`text`, `blob`, `bytea`, `json`).
    public static func narrows(_ from: ColumnType, to: ColumnType) -> Bool {
        if from == to { return false }
        let a = from.classified, b = to.classified
        if a.family == .integer, b.family == .integer, let x = a.bits, let y = b.bits { return y < x || (!a.signed && b.signed && y == x) }
        if from.name == to.name || (a.limitedByLength && b.limitedByLength && a.family == b.family) {
            if let x = from.length, let y = to.length { return y < x || (to.scale ?? 0) < (from.scale ?? 0) }
            if from.length == nil, to.length != nil { return true }
            if let fv = from.values, let tv = to.values { return !Set(fv).isSubset(of: Set(tv)) }
            return false
        }
        return !b.unlimited
    }
}
