import Foundation
import Strata
import StrataDialects
import Testing

/// The classified column type: one vocabulary read for meaning, the engines' own readings, and the
/// typed foreign-key actions and index methods, which still read the JSON snapshots written before them.
@Suite struct ColumnTypeClassTests {
    @Test(arguments: [
        ("int4", ColumnType.Family.integer, 32), ("BIGINT", .integer, 64), ("mediumint", .integer, 24), ("tinyint", .integer, 8),
        ("bigserial", .integer, 64), ("double precision", .float, 64), ("real", .float, 32), ("numeric", .decimal, 0),
        ("character varying", .character, 0), ("mediumtext", .text, 0), ("bytea", .binary, 0), ("timestamptz", .timestamp, 0),
        ("time with time zone", .time, 0), ("jsonb", .json, 0), ("integer[]", .array, 0), ("point", .spatial, 0),
        ("my_enum", .other, 0), ("year", .year, 16),
    ])
    func everyEngineSpellingHasItsFamily(name: String, family: ColumnType.Family, bits: Int) {
        let c = ColumnType(name).classified
        #expect(c.family == family, "\(name)")
        if bits > 0 { #expect(c.bits == bits, "\(name)") }
    }

    @Test func widthsSignednessAndZonesAreRead() {
        #expect(!ColumnType("int", unsigned: true).classified.signed)
        #expect(!ColumnType("int", zerofill: true).classified.signed)
        #expect(ColumnType("timestamp with time zone").classified.withTimeZone)
        #expect(!ColumnType("datetime").classified.withTimeZone)
        #expect(ColumnType("serial").classified.serial && !ColumnType("integer").classified.serial)
        #expect(ColumnType("char", length: 3).classified.fixedLength && !ColumnType("varchar", length: 3).classified.fixedLength)
        let d = ColumnType("decimal", length: 10, scale: 2).classified
        #expect(d.length == 10 && d.scale == 2)
        #expect(ColumnType("tinyint", length: 1).classified.holdsBoolean && !ColumnType("tinyint").classified.holdsBoolean)
        #expect(ColumnType("bit").classified.holdsBoolean && !ColumnType("bit", length: 8).classified.holdsBoolean)
        #expect(ColumnType("text").classified.unlimited && !ColumnType("tinytext").classified.unlimited)
        #expect(ColumnType("varbinary", length: 4).classified.limitedByLength && !ColumnType("blob").classified.limitedByLength)
    }

    @Test func sqliteReadsItsIntegerAndRealAs64Bits() {
        let sqlite = Engine.sqlite.dialect, postgres = Engine.postgresql.dialect
        #expect(sqlite.classify(ColumnType("integer")).bits == 64)
        #expect(postgres.classify(ColumnType("integer")).bits == 32)
        #expect(sqlite.classify(ColumnType("real")).bits == 64 && postgres.classify(ColumnType("real")).bits == 32)
        #expect(sqlite.classify(ColumnType("smallint")).bits == 16)
    }

    @Test func narrowingIsDecidedOnTheReading() {
        #expect(TypeRules.narrows(ColumnType("int8"), to: ColumnType("int4")))
        #expect(!TypeRules.narrows(ColumnType("int4"), to: ColumnType("bigint")))
        #expect(TypeRules.narrows(ColumnType("int", unsigned: true), to: ColumnType("int")))
        #expect(TypeRules.narrows(ColumnType("varchar", length: 20), to: ColumnType("char", length: 10)))
        #expect(!TypeRules.narrows(ColumnType("varchar", length: 20), to: ColumnType("character varying", length: 30)))
        #expect(!TypeRules.narrows(ColumnType("varchar", length: 20), to: ColumnType("mediumtext")))
        #expect(TypeRules.narrows(ColumnType("varchar", length: 300), to: ColumnType("tinytext")))
        #expect(TypeRules.narrows(ColumnType("text"), to: ColumnType("integer")))
    }

    /// Each engine maps another's types by what they mean (rows of a model keep their values).
    @Test func materialisingMapsByMeaning() throws {
        let source = Schema(engine: .mysql, tables: [Table(name: "t", columns: [
            Column(name: "a", type: ColumnType("mediumint", unsigned: true)),
            Column(name: "b", type: ColumnType("bigint", unsigned: true)),
            Column(name: "c", type: ColumnType("int3")),
            Column(name: "d", type: ColumnType("year", length: 4)),
            Column(name: "e", type: ColumnType("longblob")),
            Column(name: "f", type: ColumnType("float")),
            Column(name: "g", type: ColumnType("tinyint", length: 1)),
        ])])
        let pg = try #require(Engine.postgresql.dialect.materialise(source).tables.first).columns.map(\.type.description)
        #expect(pg == ["bigint", "numeric(20,0)", "integer", "smallint", "bytea", "real", "smallint"])
        let lite = try #require(Engine.sqlite.dialect.materialise(source).tables.first).columns.map(\.type.description)
        #expect(lite == ["integer", "integer", "integer", "integer", "blob", "real", "integer"])
        let fromPG = Schema(engine: .postgresql, tables: [Table(name: "t", columns: [
            Column(name: "a", type: ColumnType("int8")), Column(name: "b", type: ColumnType("timestamptz")),
            Column(name: "c", type: ColumnType("timetz")), Column(name: "d", type: ColumnType("uuid")),
            Column(name: "e", type: ColumnType("integer[]")), Column(name: "f", type: ColumnType("boolean")),
        ])])
        let my = try #require(Engine.mysql.dialect.materialise(fromPG).tables.first).columns.map(\.type.description)
        #expect(my == ["bigint", "datetime", "time", "char(36)", "longtext", "tinyint(1)"])
    }

    @Test func snapshotsWrittenWithStringsStillRead() throws {
        let json = #"{"name":"fk","columns":["a"],"referencedTable":"t","referencedColumns":["id"],"onDelete":"SET NULL","onUpdate":"CASCADE","deferrable":false,"initiallyDeferred":false}"#
        let fk = try JSONDecoder().decode(ForeignKey.self, from: Data(json.utf8))
        #expect(fk.onDelete == .setNull && fk.onUpdate == .cascade)
        let written = String(decoding: try JSONEncoder().encode(fk), as: UTF8.self)
        #expect(written.contains(#""onDelete":"SET NULL""#), "\(written)")
        let index = #"{"name":"ix","columns":[],"unique":false,"isConstraint":false,"method":"bloom"}"#
        let i = try JSONDecoder().decode(Index.self, from: Data(index.utf8))
        #expect(i.method?.rawValue == "bloom" && i.method != .gin)
        #expect(String(decoding: try JSONEncoder().encode(i), as: UTF8.self).contains(#""method":"bloom""#))
        #expect(try JSONDecoder().decode(Index.self, from: Data(index.replacingOccurrences(of: "bloom", with: "GIN").utf8)).method == .gin)
    }

    /// Methods and actions are written into SQL bare: a snapshot that puts SQL in them is refused.
    @Test func aSnapshotCannotPutSQLInAMethodOrAnAction() throws {
        let index = #"{"name":"ix","columns":[],"unique":false,"isConstraint":false,"method":"gin (a); DROP TABLE t; --"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Index.self, from: Data(index.utf8)) }
        let fk = #"{"columns":["a"],"referencedTable":"t","referencedColumns":["id"],"onDelete":"CASCADE; DROP TABLE t","deferrable":false,"initiallyDeferred":false}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ForeignKey.self, from: Data(fk.utf8)) }
        #expect(Index.Method(rawValue: "gin (a)") == nil && Index.Method(rawValue: "") == nil && Index.Method(rawValue: "IVFFLAT")?.rawValue == "ivfflat")
    }

    @Test func actionsAreReadFromAnySpelling() {
        #expect(ForeignKey.Action.stated("set_null") == .setNull)
        #expect(ForeignKey.Action.stated(" cascade ") == .cascade)
        #expect(ForeignKey.Action.stated("NO ACTION") == nil)
        #expect(ForeignKey.Action.stated("EXPLODE") == nil)
        #expect(ForeignKey.Action.stated(nil) == nil)
    }
}
