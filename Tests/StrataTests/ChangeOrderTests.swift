import Foundation
import Strata
import Testing

/// Changes ordered by what each makes, removes and needs: the cases the differ's phases got wrong
/// (a key dropped on a table renamed in the same migration, either way), SQL text naming what it
/// reads, and cycles.
@Suite struct ChangeOrderTests {
    static func col(_ name: String, _ type: String = "integer") -> Column { Column(name: name, type: ColumnType(type)) }
    static let authors = Table(name: "authors", columns: [col("id")], primaryKey: PrimaryKey(columns: ["id"]))
    static let publishers = Table(name: "publishers", columns: [col("id")], primaryKey: PrimaryKey(columns: ["id"]))
    static func books(_ name: String, _ fk: ForeignKey?) -> Table {
        Table(name: name, columns: [col("id"), col("maker_id")], primaryKey: PrimaryKey(columns: ["id"]), foreignKeys: fk.map { [$0] } ?? [])
    }
    static let toAuthors = ForeignKey(name: "fk_maker", columns: ["maker_id"], referencedTable: "authors", referencedColumns: ["id"])
    static let toPublishers = ForeignKey(name: "fk_maker", columns: ["maker_id"], referencedTable: "publishers", referencedColumns: ["id"])

    static func position(_ changes: [Change], _ match: (Change) -> Bool) -> Int {
        changes.firstIndex(where: match) ?? -1
    }

    /// The key is named by the table's new name, so the rename must run first; and the key must
    /// go before the table it references.
    @Test func aKeyDroppedOnARenamedTableFollowsTheRename() throws {
        let current = Schema(tables: [Self.authors, Self.books("books", Self.toAuthors)])
        let desired = Schema(tables: [Self.books("titles", nil)])
        let changes = Differ(options: .init(renames: try RenameHints(parsing: ["books=titles"]))).diff(from: current, to: desired).changes
        let rename = Self.position(changes) { if case .renameTable = $0 { return true }; return false }
        let dropKey = Self.position(changes) { if case .dropForeignKey(let t, _) = $0 { return t.name == "titles" }; return false }
        let dropTable = Self.position(changes) { if case .dropTable(let t) = $0 { return t.name == "authors" }; return false }
        #expect(rename >= 0 && dropKey >= 0 && dropTable >= 0, "\(changes.map(\.summary))")
        #expect(rename < dropKey && dropKey < dropTable, "\(changes.map(\.summary))")

        // The way back names the table by its old name: the rename back runs before the key comes back.
        let back = Change.inverse(of: changes)
        let renameBack = Self.position(back) { if case .renameTable(let from, _) = $0 { return from.name == "titles" }; return false }
        let addKey = Self.position(back) { if case .addForeignKey(let t, _) = $0 { return t.name == "books" }; return false }
        let createTable = Self.position(back) { if case .createTable(let t) = $0 { return t.name == "authors" }; return false }
        #expect(renameBack >= 0 && renameBack < addKey && createTable < addKey, "\(back.map(\.summary))")
    }

    @Test func aKeyMovedToAnotherTableOnARenamedTableRunsAfterTheRenameBothWays() throws {
        let current = Schema(tables: [Self.authors, Self.publishers, Self.books("books", Self.toAuthors)])
        let desired = Schema(tables: [Self.authors, Self.publishers, Self.books("titles", Self.toPublishers)])
        let changes = Differ(options: .init(renames: try RenameHints(parsing: ["books=titles"]))).diff(from: current, to: desired).changes
        for list in [changes, Change.inverse(of: changes)] {
            let rename = Self.position(list) { if case .renameTable = $0 { return true }; return false }
            let keys = list.indices.filter { i in
                switch list[i] { case .addForeignKey, .dropForeignKey: return true; default: return false }
            }
            #expect(keys.count == 2 && keys.allSatisfy { $0 > rename }, "\(list.map(\.summary))")
        }
    }

    /// SQL text names what it reads: a new function reading a new view follows the view (the
    /// phases put routines before views), a view reading a view follows it.
    @Test func sqlTextOrdersWhatItMentions() {
        let view = View(name: "open_orders", definition: "SELECT id FROM orders WHERE done = 0")
        let reader = Routine(name: "open_count", kind: .function, sql: "CREATE FUNCTION open_count() RETURNS INT RETURN (SELECT count(*) FROM open_orders)")
        let sorted = ChangeOrder.sorted([.createRoutine(reader), .createView(view)])
        #expect(sorted == [.createView(view), .createRoutine(reader)])

        let top = View(name: "top", definition: "SELECT * FROM \"open_orders\" LIMIT 5")
        #expect(ChangeOrder.sorted([.createView(top), .createView(view)]) == [.createView(view), .createView(top)])
        // Dropping goes the other way: the reader goes first.
        #expect(ChangeOrder.sorted([.dropView(view), .dropView(top)]) == [.dropView(top), .dropView(view)])
        // A word that is only part of a longer name orders nothing.
        let unrelated = View(name: "x", definition: "SELECT open_orders_count FROM stats")
        #expect(ChangeOrder.sorted([.createView(unrelated), .createView(view)]) == [.createView(unrelated), .createView(view)])
    }

    @Test func anObjectRemovedGoesBeforeOneMadeUnderItsName() {
        let table = Table(name: "report", columns: [Self.col("n")])
        let view = View(name: "report", definition: "SELECT 1 AS n")
        #expect(ChangeOrder.sorted([.createView(view), .dropTable(table)]) == [.dropTable(table), .createView(view)])
    }

    /// A cycle keeps the given order between its members and loses no change.
    @Test func aCycleKeepsTheGivenOrder() {
        var a = Table(name: "a", columns: [Self.col("id"), Self.col("b_id")])
        var b = Table(name: "b", columns: [Self.col("id"), Self.col("a_id")])
        a.foreignKeys = [ForeignKey(name: "a_b", columns: ["b_id"], referencedTable: "b", referencedColumns: ["id"])]
        b.foreignKeys = [ForeignKey(name: "b_a", columns: ["a_id"], referencedTable: "a", referencedColumns: ["id"])]
        let given: [Change] = [.dropTable(a), .dropTable(b)]
        #expect(ChangeOrder.sorted(given) == given)
        #expect(ChangeOrder.sorted(given.reversed()) == given.reversed())
    }

    /// Ten thousand views, each reading the one before, given last first: sorted without recursion
    /// on a test task's stack.
    @Test func aLongChainSorts() {
        let views = (0..<10_000).map { i in View(name: "v\(i)", definition: i == 0 ? "SELECT 1 AS n" : "SELECT n FROM v\(i - 1)") }
        let sorted = ChangeOrder.sorted(views.reversed().map { .createView($0) })
        #expect(sorted == views.map { .createView($0) })
    }

    /// A table's column of an enum type needs the enum: created before, dropped after.
    @Test func enumsAreMadeBeforeAndRemovedAfterTheirColumns() {
        let mood = EnumType(name: "mood", values: ["ok"])
        let t = Table(name: "people", columns: [Self.col("id"), Self.col("mood", "mood")])
        #expect(ChangeOrder.sorted([.createTable(t), .createEnum(mood)]) == [.createEnum(mood), .createTable(t)])
        #expect(ChangeOrder.sorted([.dropEnum(mood), .dropTable(t)]) == [.dropTable(t), .dropEnum(mood)])
    }
}
