import Foundation
import Strata

/// SQLAlchemy 2.0 declarative models, in the spirit of sqlacodegen: `Mapped[...]` and
/// `mapped_column`, `relationship` with `back_populates` on both sides, pure association tables and
/// tables without a primary key as `Table` objects.
struct SQLAlchemyGenerator {
    let model: CodegenModel
    /// Index name (lowercased) to the first table that uses it.
    let indexOwners: [String: String]

    init(model: CodegenModel) {
        self.model = model
        var owners: [String: String] = [:]
        for e in model.entities {
            for i in e.table.indexes {
                let cols = i.columns.compactMap(\.column)
                let name = (i.name ?? "ix_\(e.table.name)_\(cols.joined(separator: "_"))").lowercased()
                if owners[name] == nil { owners[name] = e.key }
            }
        }
        indexOwners = owners
    }

    /// Python names of the relations: snake_case, unique in their class, the same on both sides of `back_populates`.
    struct Names {
        var parent: [String: String] = [:]    // relation key -> attribute on the child
        var children: [String: String] = [:]  // relation key -> attribute on the parent
        var siblings: [String: String] = [:]  // table + sibling name -> attribute
    }

    static func key(_ r: Relation) -> String { r.childTable + "|" + r.parentName }

    static func snake(_ name: String) -> String {
        Naming.words(name.replacingOccurrences(of: "`", with: "")).map { $0.lowercased() }.joined(separator: "_")
    }

    /// Whether a table is a mapped class (it has a primary key and is not a pure association table).
    func isClass(_ e: Entity) -> Bool { !e.primaryKey.isEmpty && !e.isAssociation }

    func names() -> Names {
        var names = Names()
        var taken: [String: Set<String>] = [:]
        for e in model.entities { taken[e.key] = Set(e.properties.map(\.pythonName)) }
        for e in model.entities {
            for r in e.parents {
                var n = SQLAlchemyGenerator.snake(r.parentName)
                if Naming.pythonReserved.contains(n) { n += "_" }
                names.parent[SQLAlchemyGenerator.key(r)] = Naming.unique(n, in: &taken[r.childTable, default: []])
            }
        }
        for e in model.entities {
            for r in e.children {
                var n = SQLAlchemyGenerator.snake(r.childrenName)
                if Naming.pythonReserved.contains(n) { n += "_" }
                names.children[SQLAlchemyGenerator.key(r)] = Naming.unique(n, in: &taken[r.parentTable, default: []])
            }
            for s in e.siblings where s.throughIsPure {
                var n = SQLAlchemyGenerator.snake(s.name)
                if Naming.pythonReserved.contains(n) { n += "_" }
                names.siblings[e.key + "|" + s.name] = Naming.unique(n, in: &taken[e.key, default: []])
            }
        }
        return names
    }

    func file(header: String) -> String {
        let names = names()
        let generatedTables = Set(model.entities.map(\.key))
        var sqlImports: Set<String> = []
        var body = ""
        var usesOptional = false, usesList = false
        var stdlib: Set<String> = []
        let classes = Dictionary(model.entities.map { ($0.key, isClass($0)) }, uniquingKeysWith: { a, _ in a })

        for e in model.entities where !isClass(e) {
            body += "\n\n" + table(e, generated: generatedTables, imports: &sqlImports)
        }
        for e in model.entities where isClass(e) {
            var out = "\n\nclass \(e.typeName)(Base):\n"
            if let comment = e.table.comment { out += "    \"\"\"\(CodeTypes.pythonDocstringBody(comment))\"\"\"\n\n" }
            out += "    __tablename__ = \(CodeTypes.pythonString(e.table.name))\n"
            var args: [String] = []
            for fk in e.table.foreignKeys where fk.columns.count > 1 && generatedTables.contains(fk.referenced.description) {
                args.append(foreignKeyConstraint(fk))
                sqlImports.insert("ForeignKeyConstraint")
            }
            // A key in another order than the columns is spelt out (SQLAlchemy follows column order otherwise).
            if e.primaryKey.count > 1 && e.primaryKey != e.table.columns.map(\.name).filter({ e.primaryKey.contains($0) }) {
                args.append("PrimaryKeyConstraint(\(e.primaryKey.map(CodeTypes.pythonString).joined(separator: ", ")))")
                sqlImports.insert("PrimaryKeyConstraint")
            }
            args += indexes(e, imports: &sqlImports)
            var options: [String] = []
            if let comment = e.table.comment { options.append("\"comment\": \(CodeTypes.pythonString(comment))") }
            if let schema = e.table.schema { options.append("\"schema\": \(CodeTypes.pythonString(schema))") }
            if !options.isEmpty { args.append("{" + options.joined(separator: ", ") + "}") }
            if !args.isEmpty {
                out += "    __table_args__ = (\n" + args.map { "        \($0),\n" }.joined() + "    )\n"
            }
            out += "\n"
            for p in e.properties {
                let (annotation, sqlType, imports) = CodeTypes.python(p, engine: model.engine, table: e.table.name)
                sqlImports.formUnion(imports)
                if annotation.contains(".") { stdlib.insert(String(annotation.prefix { $0 != "." })) }
                let nullable = p.column.nullable && !e.primaryKey.contains(p.column.name)
                if nullable { usesOptional = true }
                var call: [String] = []
                if p.pythonName != p.column.name { call.append(CodeTypes.pythonString(p.column.name)) }
                call.append(sqlType)
                if let fk = e.table.foreignKeys.first(where: { $0.columns == [p.column.name] }), generatedTables.contains(fk.referenced.description) {
                    call.append(foreignKey(fk))
                    sqlImports.insert("ForeignKey")
                }
                if e.primaryKey.contains(p.column.name) { call.append("primary_key=True") }
                if e.primaryKey.count == 1 && e.primaryKey[0] == p.column.name && p.column.autoIncrement == false
                    && CodeTypes.integerBits(p.column.type, engine: model.engine) != nil && !isGeneratedKey(p) {
                    call.append("autoincrement=False")
                }
                if let d = serverDefault(p.column) { call.append("server_default=\(d)"); sqlImports.insert("text") }
                if let c = p.column.comment { call.append("comment=\(CodeTypes.pythonString(c))") }
                out += "    \(p.pythonName): Mapped[\(nullable ? "Optional[\(annotation)]" : annotation)] = mapped_column(\(call.joined(separator: ", ")))\n"
            }
            // Relations to other mapped classes.
            var relations: [String] = []
            for r in e.parents where classes[r.parentTable] == true {
                guard let name = names.parent[SQLAlchemyGenerator.key(r)], let back = names.children[SQLAlchemyGenerator.key(r)] else { continue }
                var args = ["back_populates=\(CodeTypes.pythonString(back))"]
                if ambiguous(r) {
                    args.append("foreign_keys=[\(r.foreignKey.columns.compactMap { e.property($0)?.pythonName }.joined(separator: ", "))]")
                }
                if r.parentTable == r.childTable {
                    args.append("remote_side=[\(e.primaryKey.compactMap { e.property($0)?.pythonName }.joined(separator: ", "))]")
                }
                if r.optional { usesOptional = true }
                relations.append("    \(name): Mapped[\(r.optional ? "Optional[\(r.parentType)]" : r.parentType)] = relationship(\(args.joined(separator: ", ")))")
            }
            for r in e.children where classes[r.childTable] == true {
                guard let name = names.children[SQLAlchemyGenerator.key(r)], let back = names.parent[SQLAlchemyGenerator.key(r)] else { continue }
                var args = ["back_populates=\(CodeTypes.pythonString(back))"]
                let child = model.entities.first { $0.key == r.childTable }
                if ambiguous(r) {
                    let cols = r.foreignKey.columns.compactMap { c in child?.property(c).map { "\(r.childType).\($0.pythonName)" } }
                    args.append("foreign_keys=\(CodeTypes.pythonString("[\(cols.joined(separator: ", "))]"))")
                }
                usesList = true
                relations.append("    \(name): Mapped[List[\(r.childType)]] = relationship(\(args.joined(separator: ", ")))")
            }
            for s in e.siblings where s.throughIsPure && classes[s.otherTable] == true && s.otherTable != e.key {
                guard let name = names.siblings[e.key + "|" + s.name],
                      let other = model.entities.first(where: { $0.key == s.otherTable }),
                      let back = other.siblings.first(where: { $0.throughTable == s.throughTable && $0.otherTable == e.key })
                        .flatMap({ names.siblings[s.otherTable + "|" + $0.name] }) else { continue }
                usesList = true
                relations.append("    \(name): Mapped[List[\(s.otherType)]] = relationship(secondary=\(CodeTypes.pythonString(s.throughTable)), back_populates=\(CodeTypes.pythonString(back)))")
            }
            if !relations.isEmpty { out += "\n" + relations.joined(separator: "\n") + "\n" }
            body += out
        }

        var typing: [String] = []
        if usesList { typing.append("List") }
        if usesOptional { typing.append("Optional") }
        var out = header.split(separator: "\n").map { "# " + $0.dropFirst(3) }.joined(separator: "\n") + "\n"
        out += "from __future__ import annotations\n\n"
        for m in stdlib.sorted() { out += "import \(m)\n" }
        if !typing.isEmpty { out += "from typing import \(typing.joined(separator: ", "))\n" }
        if !stdlib.isEmpty || !typing.isEmpty { out += "\n" }
        if !model.entities.filter({ !isClass($0) }).isEmpty { sqlImports.formUnion(["Column", "Table"]) }
        if !sqlImports.isEmpty { out += "from sqlalchemy import \(sqlImports.sorted().joined(separator: ", "))\n" }
        out += "from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column\(body.contains("relationship(") ? ", relationship" : "")\n"
        out += "\n\nclass Base(DeclarativeBase):\n    pass\n"
        return out + body
    }

    /// Whether SQLAlchemy needs `foreign_keys` to pick the join: more than one foreign key between the
    /// two tables, in either direction, or a table referring to itself.
    func ambiguous(_ r: Relation) -> Bool {
        if r.parentTable == r.childTable { return true }
        let links = model.entities.filter { $0.key == r.childTable || $0.key == r.parentTable }.flatMap(\.parents)
            .filter { ($0.childTable == r.childTable && $0.parentTable == r.parentTable) || ($0.childTable == r.parentTable && $0.parentTable == r.childTable) }
        return links.count > 1
    }

    func isGeneratedKey(_ p: Property) -> Bool {
        p.column.identity != nil || (p.column.defaultValue ?? "").hasPrefix("nextval(") || model.engine == .sqlite
    }

    /// A table without a primary key, or a pure association table: a `Table` object named `t_<table>`.
    func table(_ e: Entity, generated: Set<String>, imports: inout Set<String>) -> String {
        var out = "t_\(Naming.pythonAttribute(e.key)) = Table(\n    \(CodeTypes.pythonString(e.table.name)),\n    Base.metadata,\n"
        for p in e.properties {
            let (_, sqlType, more) = CodeTypes.python(p, engine: model.engine, table: e.table.name)
            imports.formUnion(more)
            var call = [CodeTypes.pythonString(p.column.name), sqlType]
            if let fk = e.table.foreignKeys.first(where: { $0.columns == [p.column.name] }), generated.contains(fk.referenced.description) {
                call.append(foreignKey(fk))
                imports.insert("ForeignKey")
            }
            if e.primaryKey.contains(p.column.name) { call.append("primary_key=True") }
            call.append("nullable=\(p.column.nullable && !e.primaryKey.contains(p.column.name) ? "True" : "False")")
            if let d = serverDefault(p.column) { call.append("server_default=\(d)"); imports.insert("text") }
            out += "    Column(\(call.joined(separator: ", "))),\n"
        }
        for fk in e.table.foreignKeys where fk.columns.count > 1 && generated.contains(fk.referenced.description) {
            out += "    \(foreignKeyConstraint(fk)),\n"
            imports.insert("ForeignKeyConstraint")
        }
        if e.primaryKey.count > 1 && e.primaryKey != e.table.columns.map(\.name).filter({ e.primaryKey.contains($0) }) {
            out += "    PrimaryKeyConstraint(\(e.primaryKey.map(CodeTypes.pythonString).joined(separator: ", "))),\n"
            imports.insert("PrimaryKeyConstraint")
        }
        for i in indexes(e, imports: &imports) { out += "    \(i),\n" }
        if let comment = e.table.comment { out += "    comment=\(CodeTypes.pythonString(comment)),\n" }
        if let schema = e.table.schema { out += "    schema=\(CodeTypes.pythonString(schema)),\n" }
        return out + ")\n"
    }

    func rules(_ fk: ForeignKey) -> String {
        var s = ""
        if let d = fk.onDelete { s += ", ondelete=\(CodeTypes.pythonString(d.rawValue))" }
        if let u = fk.onUpdate { s += ", onupdate=\(CodeTypes.pythonString(u.rawValue))" }
        return s
    }

    func foreignKey(_ fk: ForeignKey) -> String {
        "ForeignKey(\(CodeTypes.pythonString("\(fk.referenced).\(fk.referencedColumns[0])"))\(rules(fk)))"
    }

    func foreignKeyConstraint(_ fk: ForeignKey) -> String {
        let cols = fk.columns.map(CodeTypes.pythonString).joined(separator: ", ")
        let refs = fk.referencedColumns.map { CodeTypes.pythonString("\(fk.referenced).\($0)") }.joined(separator: ", ")
        return "ForeignKeyConstraint([\(cols)], [\(refs)]\(fk.name.map { ", name=\(CodeTypes.pythonString($0))" } ?? "")\(rules(fk)))"
    }

    /// Indexes on plain columns (expression and partial indexes are left to the migrations).
    func indexes(_ e: Entity, imports: inout Set<String>) -> [String] {
        var out: [String] = []
        for i in e.table.indexes {
            let cols = i.columns.compactMap(\.column)
            guard cols.count == i.columns.count, !cols.isEmpty, i.predicate == nil else { continue }
            imports.insert("Index")
            var name = i.name ?? "ix_\(e.table.name)_\(cols.joined(separator: "_"))"
            // MySQL names indexes per table; SQLite and PostgreSQL per schema: a name used by an earlier table gets the table's.
            if let owner = indexOwners[name.lowercased()], owner != e.key { name = "\(e.table.name)_\(name)" }
            out.append("Index(\(CodeTypes.pythonString(name)), \(cols.map(CodeTypes.pythonString).joined(separator: ", "))\(i.unique ? ", unique=True" : ""))")
        }
        return out
    }

    /// A default every engine's DDL accepts: a number, a string, NULL, TRUE/FALSE or CURRENT_TIMESTAMP/DATE/TIME.
    func serverDefault(_ c: Column) -> String? {
        guard let d = c.defaultValue?.trimmingCharacters(in: .whitespaces), !d.isEmpty, c.generated == nil else { return nil }
        let upper = d.uppercased()
        let portable = Double(d) != nil || (d.hasPrefix("'") && d.hasSuffix("'") && d.count >= 2)
            || ["NULL", "TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME"].contains(upper)
        guard portable, upper != "NULL" else { return nil }
        return "text(\(CodeTypes.pythonString(d)))"
    }
}
