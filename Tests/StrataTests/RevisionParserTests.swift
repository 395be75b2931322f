import Foundation
import Strata
import StrataDialects
import Testing

@Suite("Revision files")
struct RevisionParserTests {
    @Test func parsesEveryHeaderAndSection() throws {
        let text = """
        -- strata:revision 4be1c2a9d0f3
        -- strata:parents 91aa07c3be12 77aa07c3be12
        -- strata:message add invoices
        -- strata:created 2026-11-21T09:30:00Z
        -- strata:branch-labels billing
        -- strata:depends-on 1234abcd
        -- strata:transaction off
        -- a free comment in the header

        -- strata:upgrade
        CREATE TABLE invoices (id INT);

        -- strata:upgrade mysql
        CREATE TABLE invoices (id INT) ENGINE=InnoDB;
        -- strata:downgrade
        DROP TABLE invoices;
        """
        let r = try RevisionParser.parse(text, path: "m/x.sql")
        #expect(r.id == "4be1c2a9d0f3")
        #expect(r.parents == ["91aa07c3be12", "77aa07c3be12"])
        #expect(r.message == "add invoices")
        #expect(r.created == "2026-11-21T09:30:00Z")
        #expect(r.branchLabels == ["billing"])
        #expect(r.dependsOn == ["1234abcd"])
        #expect(!r.transactional)
        #expect(r.section(.upgrade, for: .sqlite)?.sql == "CREATE TABLE invoices (id INT);")
        #expect(r.section(.upgrade, for: .sqlite)?.firstLine == 11)
        #expect(r.section(.upgrade, for: .mysql)?.sql == "CREATE TABLE invoices (id INT) ENGINE=InnoDB;")
        #expect(try r.statements(.upgrade, for: .mysql).map(\.line) == [14])
        #expect(r.section(.downgrade, for: .postgresql)?.sql == "DROP TABLE invoices;")
    }

    @Test func writerOutputParsesBackToTheSameRevision() throws {
        let r = Revision(id: "abcdef012345", parents: ["111111111111"], dependsOn: ["222222222222"], branchLabels: ["x"],
                         message: "round trip", created: "2026-11-21T09:30:00Z", transactional: false,
                         upgrade: [RevisionSection(sql: "SELECT 1;"), RevisionSection(engine: .postgresql, sql: "SELECT 2;")],
                         downgrade: [RevisionSection(sql: "SELECT 3;")])
        var back = try RevisionParser.parse(RevisionWriter.render(r), path: "p.sql")
        back.upgrade = back.upgrade.map { RevisionSection(engine: $0.engine, sql: $0.sql) }
        back.downgrade = back.downgrade.map { RevisionSection(engine: $0.engine, sql: $0.sql) }
        var expected = r
        expected.path = "p.sql"
        #expect(back == expected)
    }

    static let malformed: [(text: String, line: Int, message: String)] = [
        ("-- strata:parents a\n-- strata:upgrade\nSELECT 1;", 1, "missing '-- strata:revision <id>'"),
        ("-- strata:revision a b\n-- strata:upgrade\n", 1, "needs one id"),
        ("-- strata:revision a\n-- strata:revision b\n", 2, "strata:revision is given twice"),
        ("-- strata:revision a\n-- strata:colour red\n", 2, "unknown header line strata:colour"),
        ("-- strata:revision a\nSELECT 1;\n-- strata:upgrade\n", 2, "SQL before the first"),
        ("-- strata:revision a\n-- strata:upgrade oracle\n", 2, "unknown engine 'oracle'"),
        ("-- strata:revision a\n-- strata:upgrade\nSELECT 1;\n-- strata:upgrade\n", 4, "second strata:upgrade section"),
        ("-- strata:revision a\n-- strata:upgrade\nSELECT 1;\n-- strata:message late\n", 4, "after the SQL sections began"),
        ("-- strata:revision a\n-- strata:transaction maybe\n", 2, "takes 'on' or 'off'"),
        ("-- strata:revision a\n-- strata:downgrade\nSELECT 1;", 3, "missing '-- strata:upgrade' section"),
    ]

    @Test(arguments: 0..<malformed.count)
    func malformedFilesNameFileAndLine(index: Int) {
        let c = Self.malformed[index]
        #expect {
            try RevisionParser.parse(c.text, path: "migrations/bad.sql")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("migrations/bad.sql:\(c.line): ") && text.contains(c.message) && (error as? StrataError)?.exitCode == 2
        }
    }

    @Test func checksumIgnoresHeaderWhitespaceAndDowngrade() throws {
        let a = try RevisionParser.parse("-- strata:revision a\n-- strata:message one\n-- strata:upgrade\nSELECT 1;\n-- strata:downgrade\nSELECT 2;", path: "a")
        let b = try RevisionParser.parse("-- strata:revision a\n-- strata:message two\n-- strata:upgrade\n\nSELECT 1;   \r\n\n-- strata:downgrade\nSELECT 3;", path: "a")
        let c = try RevisionParser.parse("-- strata:revision a\n-- strata:upgrade\nSELECT 2;", path: "a")
        #expect(a.checksum(for: .sqlite) == b.checksum(for: .sqlite))
        #expect(a.checksum(for: .sqlite) != c.checksum(for: .sqlite))
        #expect(a.checksum(for: .sqlite).count == 64)
    }

    @Test func missingSectionForEngineIsAnError() throws {
        let r = try RevisionParser.parse("-- strata:revision a\n-- strata:upgrade mysql\nSELECT 1;", path: "m/a.sql")
        #expect(throws: StrataError.revisionFile(path: "m/a.sql", line: 1, message: "revision a has no upgrade section for sqlite (it has sections for mysql only)")) {
            try r.statements(.upgrade, for: .sqlite)
        }
    }

    @Test func fileNamesAreSlugged() {
        let date = ISO8601DateFormatter().date(from: "2026-11-21T09:30:00Z")!
        #expect(RevisionWriter.fileName(id: "4be1c2a9d0f3", message: "Add invoices & totals!", date: date) == "20261121_0930_4be1c2_add_invoices_totals.sql")
        #expect(RevisionWriter.newID().count == 12)
    }

    @Test func crlfFilesReadLikeLFFiles() throws {
        let lf = "-- strata:revision c1c1c1c1c1c1\n-- strata:message crlf\n\n-- strata:upgrade\nCREATE TABLE t (id INTEGER);\n\n-- strata:downgrade\nDROP TABLE t;\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try RevisionParser.parse(lf, path: "lf.sql"), b = try RevisionParser.parse(crlf, path: "crlf.sql")
        #expect(b.id == "c1c1c1c1c1c1" && b.message == "crlf")
        #expect(b.upgrade.map(\.sql) == a.upgrade.map(\.sql) && b.downgrade.map(\.sql) == a.downgrade.map(\.sql))
        #expect(a.checksum(for: .sqlite) == b.checksum(for: .sqlite))
        #expect(try b.statements(.upgrade, for: .sqlite).map(\.line) == [5])
    }

    @Test func idsOver64CharactersAreRefused() {
        let long = String(repeating: "a", count: 65)
        #expect(throws: StrataError.self) { try RevisionParser.parse("-- strata:revision \(long)\n-- strata:upgrade\nSELECT 1;\n", path: "x.sql") }
    }
}
