import Foundation
import Strata
import StrataDialects
import Testing

@Suite("DDL text helpers, type mapping and rename hints")
struct SchemaHelpersTests {
    @Test(arguments: [
        ("VARCHAR(50)", "varchar(50)"), ("numeric(10, 2)", "numeric(10,2)"), ("INTEGER", "integer"),
        ("int(10) unsigned zerofill", "int(10) unsigned zerofill"), ("enum('a','b''c')", "enum('a','b''c')"),
        ("timestamp(6) without time zone", "timestamp without time zone(6)"), ("character varying(20)", "character varying(20)"),
        ("  text  ", "text"), ("double precision", "double precision"),
    ])
    func typesParse(text: String, expected: String) {
        #expect(DDLText.parseType(text).description == expected)
    }

    @Test func quickAndGeneralTypeParsingAgree() {
        for t in ["VARCHAR(80)", "NUMERIC(10,2)", "char(1)", "decimal(5, 2)"] {
            var general = DDLText.parseType(t + " ")  // a trailing blank takes the general path
            general.name = general.name.trimmingCharacters(in: .whitespaces)
            #expect(DDLText.parseType(t) == general, "\(t)")
        }
    }

    /// A length no Int holds, as a SQLite column may declare it: found by `make fuzz` (the quick path
    /// overflowed and trapped inside `strata inspect`); it reads as the type without a length.
    @Test func aLengthTooLargeForAnIntIsNotACrash() {
        let t = DDLText.parseType("VARCHAR(99999999999999999999)")
        #expect(t.name == "varchar" && t.length == nil, "\(t)")
        #expect(DDLText.parseType("NUMERIC(10, 99999999999999999999999)").length == 10)
        #expect(DDLText.parseType("char(12345678901)").length == 12345678901)
    }

    @Test func asciiHelpers() {
        #expect(DDLText.trim("  a b \n") == "a b")
        #expect(DDLText.find(" on ", in: "CREATE INDEX i ON t (a)").map { "CREATE INDEX i ON t (a)"[$0] } == " ON ")
        #expect(DDLText.contains("x AUTOINCREMENT", "autoincrement"))
        #expect(!DDLText.contains("abc", "abcd"))
        #expect(DDLText.splitTopLevel("a INT, b NUMERIC(10,2), CHECK (a IN (1,2)), 'x,y'") == ["a INT", "b NUMERIC(10,2)", "CHECK (a IN (1,2))", "'x,y'"])
    }

    /// Index names are per table on MySQL and per schema elsewhere (Workbench names each table's
    /// foreign key index `fk_site_id`): the second one is named after its table on SQLite and PostgreSQL.
    @Test func indexNamesBecomeUniqueOffMySQL() {
        func table(_ name: String, _ index: String) -> Table {
            Table(name: name, columns: [Column(name: "site_id", type: ColumnType("int"))], indexes: [Index(name: index, columns: [IndexPart(column: "site_id")])])
        }
        let mysql = Schema(engine: .mysql, tables: [table("a", "fk_site_id"), table("b", "fk_site_id"), table("c", "FK_SITE_ID"), table("d", "a")])
        for engine in [Engine.sqlite, .postgresql] {
            #expect(TypeMapping.map(mysql, to: engine).tables.map { $0.indexes[0].name } == ["fk_site_id", "b_fk_site_id", "c_FK_SITE_ID", "d_a"])
        }
        #expect(TypeMapping.map(mysql, to: .mysql).tables.map { $0.indexes[0].name } == ["fk_site_id", "fk_site_id", "FK_SITE_ID", "a"])
    }

    @Test func typeMappingMaterialisesAMySQLTableOnSQLiteAndPostgreSQL() {
        let t = Table(name: "t", columns: [
            Column(name: "id", type: ColumnType("int"), nullable: false, autoIncrement: true),
            Column(name: "kind", type: ColumnType("enum", values: ["a", "b"]), nullable: false, defaultValue: "'a'", charset: "utf8mb4", collation: "utf8mb4_bin"),
            Column(name: "flag", type: ColumnType("tinyint", length: 1), defaultValue: "1"),
        ], primaryKey: PrimaryKey(columns: ["id"]), indexes: [Index(name: "ix", columns: [IndexPart(column: "kind", length: 1)], method: "fulltext")],
           options: TableOptions(engine: "MyISAM"))
        let mysql = Schema(engine: .mysql, tables: [t])
        let lite = TypeMapping.map(mysql, to: .sqlite)
        #expect(lite.tables[0].columns.map(\.type.description) == ["integer", "text", "integer"])
        #expect(lite.tables[0].checks == [Check(expression: "\"kind\" IN ('a', 'b')")])
        #expect(lite.tables[0].indexes.isEmpty && lite.tables[0].options == TableOptions())
        #expect(lite.tables[0].columns[1].collation == nil)
        let pg = TypeMapping.map(mysql, to: .postgresql)
        #expect(pg.enums == [EnumType(name: "t_kind", values: ["a", "b"])])
        #expect(pg.tables[0].columns.map(\.type.description) == ["integer", "t_kind", "smallint"])
        // Mapping is idempotent: the second pass changes nothing.
        #expect(TypeMapping.map(lite, to: .sqlite) == lite)
    }

    @Test func renameHintsParseAndInvert() throws {
        let h = try RenameHints(parsing: ["people=users", "users.nick=handle", "orders.total=amount"])
        #expect(h.tables == ["people": "users"])
        #expect(h.columns["users"] == ["nick": "handle"])
        let inv = h.inverted
        #expect(inv.tables == ["users": "people"])
        #expect(inv.columns["people"] == ["handle": "nick"])
        #expect(inv.columns["orders"] == ["amount": "total"])
        #expect(throws: StrataError.self) { try RenameHints(parsing: ["nonsense"]) }
    }

    @Test func differOrdersTablesAndBreaksForeignKeyCycles() {
        let a = Table(name: "a", columns: [Column(name: "id", type: ColumnType("int")), Column(name: "b_id", type: ColumnType("int"))],
                      foreignKeys: [ForeignKey(name: "fa", columns: ["b_id"], referencedTable: "b", referencedColumns: ["id"])])
        let b = Table(name: "b", columns: [Column(name: "id", type: ColumnType("int")), Column(name: "a_id", type: ColumnType("int"))],
                      foreignKeys: [ForeignKey(name: "fb", columns: ["a_id"], referencedTable: "a", referencedColumns: ["id"])])
        let c = Table(name: "c", columns: [Column(name: "id", type: ColumnType("int"))])
        let changes = Differ().diff(from: Schema(), to: Schema(tables: [a, b, c])).changes.map(\.summary)
        // Tables first, foreign keys after all of them: a cycle needs no special order.
        #expect(changes.prefix(3).allSatisfy { $0.hasPrefix("create table") })
        #expect(changes.suffix(2).allSatisfy { $0.hasPrefix("add foreign key") })
        let back = Differ().diff(from: Schema(tables: [a, b, c]), to: Schema()).changes.map(\.summary)
        #expect(back.prefix(2).allSatisfy { $0.hasPrefix("drop foreign key") })
        #expect(back.count == 5)
    }

    @Test func characterSetConversionsAreDestructive() {
        let text = Column(name: "note", type: ColumnType("text"))
        let before = Table(name: "t", columns: [text], options: TableOptions(charset: "utf8mb4", collation: "utf8mb4_bin"))
        var after = before
        after.options = TableOptions(charset: "latin1", collation: "latin1_swedish_ci")
        let change = Differ().diff(from: Schema(tables: [before]), to: Schema(tables: [after])).changes
        #expect(change.count == 1 && change[0].isDestructive)
        #expect(change[0].summary.contains("converts the text columns to character set latin1"), "\(change[0].summary)")
        var column = after
        column.options = before.options
        column.columns[0].charset = "ascii"
        let colChange = Differ().diff(from: Schema(tables: [before]), to: Schema(tables: [column])).changes
        #expect(colChange.count == 1 && colChange[0].isDestructive && colChange[0].summary.contains("converts note to character set ascii"))
        // A comment change is not.
        var comment = before
        comment.comment = "notes"
        #expect(Differ().diff(from: Schema(tables: [before]), to: Schema(tables: [comment])).changes.allSatisfy { !$0.isDestructive })
    }

    @Test func foreignKeysFollowARenamedTableAndColumn() throws {
        let int = ColumnType("int")
        let parent = Table(name: "customers", columns: [Column(name: "id", type: int)], primaryKey: PrimaryKey(columns: ["id"]))
        let child = Table(name: "orders", columns: [Column(name: "id", type: int), Column(name: "customer_id", type: int)],
                          foreignKeys: [ForeignKey(name: "fk", columns: ["customer_id"], referencedTable: "customers", referencedColumns: ["id"])])
        var parent2 = parent
        parent2.name = "clients"
        parent2.columns[0].name = "client_no"
        parent2.primaryKey = PrimaryKey(columns: ["client_no"])
        var child2 = child
        child2.foreignKeys[0].referencedTable = "clients"
        child2.foreignKeys[0].referencedColumns = ["client_no"]
        let renames = try RenameHints(parsing: ["customers=clients", "clients.id=client_no"])
        let changes = Differ(options: .init(renames: renames)).diff(from: Schema(tables: [parent, child]), to: Schema(tables: [parent2, child2])).changes
        // The database follows both renames itself: no foreign key is dropped and added again.
        #expect(changes.map(\.summary) == ["rename table customers to clients", "alter table clients: rename column id to client_no"], "\(changes.map(\.summary))")
        // Without the hints, it is a drop and a create, and the foreign key changes with them.
        let plain = Differ().diff(from: Schema(tables: [parent, child]), to: Schema(tables: [parent2, child2])).changes.map(\.summary)
        #expect(plain.contains("drop foreign key orders(customer_id) -> customers") && plain.contains("add foreign key orders(customer_id) -> clients"), "\(plain)")
    }

    @Test func sqlHeadersReadWithoutRegularExpressions() {
        #expect(SQLHeader.withoutDefiner("CREATE DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW v AS SELECT 1") == "CREATE SQL SECURITY DEFINER VIEW v AS SELECT 1")
        #expect(SQLHeader.withoutDefiner("CREATE DEFINER = 'app'@'%' TRIGGER t") == "CREATE TRIGGER t")
        #expect(SQLHeader.withoutDefiner("CREATE DEFINER=CURRENT_USER() PROCEDURE p()") == "CREATE PROCEDURE p()")
        #expect(SQLHeader.withoutDefiner("CREATE definer=app@localhost FUNCTION f()") == "CREATE FUNCTION f()")
        #expect(SQLHeader.withoutDefiner("CREATE VIEW undefined_things AS SELECT 1") == "CREATE VIEW undefined_things AS SELECT 1")
        #expect(SQLHeader.viewBody("CREATE OR REPLACE ALGORITHM=UNDEFINED VIEW `db`.`v` (a, b)\nAS\nSELECT x, y FROM t") == "SELECT x, y FROM t")
        #expect(SQLHeader.viewBody("CREATE VIEW v AS select 1 AS `as`") == "select 1 AS `as`")
        #expect(SQLHeader.viewBody("SELECT 1") == nil)
        #expect(SQLHeader.triggerBody("CREATE TRIGGER t BEFORE INSERT ON x\nFOR  EACH\tROW SET NEW.a = 1")?.body == "SET NEW.a = 1")
        #expect(SQLHeader.triggerBody("CREATE TRIGGER t BEFORE INSERT ON x FOREACH ROW") == nil)
        #expect(DDLText.replacing("`db`.", with: "", in: "SELECT `db`.`t`.a FROM `db`.`t`") == "SELECT `t`.a FROM `t`")
        #expect(DDLText.replacing("\r\n", with: "\n", in: "a\r\nb") == "a\nb" && DDLText.replacing("zz", with: "y", in: "abc") == "abc")
        // A model schema named app must not cut `myapp.` down to `my`.
        #expect(DDLText.replacing("app.", with: "", in: "SELECT app.t.a, myapp.u.b FROM app.t", atWordStart: true) == "SELECT t.a, myapp.u.b FROM t")
    }

    /// DEFAULT NULL is no default, however the engine reports it: no change between the two.
    @Test(arguments: ["NULL", "null", "NULL::character varying", "(NULL)"])
    func defaultNullIsNoDefault(spelling: String) {
        let with = Schema(tables: [Table(name: "t", columns: [Column(name: "a", type: ColumnType("varchar", length: 20), defaultValue: spelling)])])
        let without = Schema(tables: [Table(name: "t", columns: [Column(name: "a", type: ColumnType("varchar", length: 20))])])
        #expect(Differ().diff(from: with, to: without).changes == [])
        #expect(Differ().diff(from: without, to: with).changes == [])
        // A default that only mentions NULL is a default.
        let text = Schema(tables: [Table(name: "t", columns: [Column(name: "a", type: ColumnType("varchar", length: 20), defaultValue: "'NULL'")])])
        #expect(Differ().diff(from: text, to: without).changes.count == 1)
    }
}
