import Foundation
import StrataAuthoring
import StrataCodegen
import Testing

/// `codegen` and `inspect` as library calls: the request filled from strata.yml, and the schema as text.
@Suite struct CodegenRequestTests {
    func settings(_ yml: String) async throws -> Settings {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("strata-codegen-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try yml.write(toFile: dir + "/strata.yml", atomically: true, encoding: .utf8)
        return try await SettingsLoader.load(configPath: dir + "/strata.yml", variables: [:])
    }

    @Test func theSettingsFillWhatTheCallerLeavesOut() async throws {
        let s = try await settings("default:\n  target: model.json\n  codegen:\n    format: SQLAlchemy\n    tables: a, b\n    split: yes\n")
        let r = try CodegenRequest(settings: s)
        #expect(r.source == "model.json" && r.format == .sqlalchemy && r.tables == ["a", "b"] && r.split && r.output == nil)
        let explicit = try CodegenRequest(settings: s, source: "other.sql", format: .codable, output: "Models", tables: "c")
        #expect(explicit.source == "other.sql" && explicit.format == .codable && explicit.output == "Models" && explicit.tables == ["c"])
    }

    @Test func noSourceOrAnUnknownFormatIsAOneLineError() async throws {
        #expect(throws: StrataError.self) { try CodegenRequest(settings: nil) }
        let s = try await settings("default:\n  target: model.json\n  codegen:\n    format: cobol\n")
        do {
            _ = try CodegenRequest(settings: s)
            Issue.record("an unknown format was taken")
        } catch let e as StrataError {
            #expect(e.description.contains("unknown codegen.format 'cobol'") && e.description.contains("strata.yml") && !e.description.contains("\n"), "\(e)")
        }
    }

    @Test func aSnapshotWithoutAnEngineIsReadAsTheDialectSays() throws {
        let schema = Schema(tables: [Table(name: "t", columns: [Column(name: "id", type: ColumnType("integer"), nullable: false)],
                                           primaryKey: PrimaryKey(columns: ["id"]))])
        let request = try CodegenRequest(settings: nil, source: "s.json", format: .codable, output: "out.swift")
        let sqlite = try #require(try request.files(for: schema, engine: .sqlite).first).contents
        let postgres = try #require(try request.files(for: schema, engine: .postgresql).first).contents
        #expect(sqlite.contains("Int64") && postgres.contains("Int32"), "\(sqlite)\n\(postgres)")
    }

    @Test func aSchemaPrintsAsJSONAndAsTheSQLOfAnyEngine() throws {
        let schema = Schema(engine: .mysql, tables: [Table(name: "t", columns: [Column(name: "flag", type: ColumnType("tinyint", length: 1))])])
        let json = try SchemaText.json(schema)
        #expect(try JSONDecoder().decode(Schema.self, from: Data(json.utf8)).normalized() == schema.normalized())
        #expect(try SchemaText.sql(schema, engine: .postgresql).contains("smallint"))
        #expect(try SchemaText.sql(schema, engine: nil).contains("tinyint(1)"))
        #expect(throws: StrataError.self) { try SchemaText.sql(Schema(tables: []), engine: nil) }
    }
}
