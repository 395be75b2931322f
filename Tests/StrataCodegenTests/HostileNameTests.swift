import Foundation
import Strata
import StrataCodegen
import Testing

/// Names that try to become code: every format keeps them inside comments and string literals.
@Suite("Model code from hostile names")
struct HostileNameTests {
    static let evil = "orders\nlet injectedSwift = \"pwned\"\n//"
    static let evilCR = "items\rlet injectedCR = 1\r//"

    var schema: Schema {
        var t = Table(name: HostileNameTests.evil, columns: [Column(name: "id", type: ColumnType("integer"), nullable: false),
                                                            Column(name: "note\nimport os\nos.system('x')", type: ColumnType("text"))],
                      primaryKey: PrimaryKey(columns: ["id"]))
        t.comment = "ends with a quote \" and a backslash \\"
        let u = Table(name: HostileNameTests.evilCR, columns: [Column(name: "id", type: ColumnType("integer"), nullable: false)], primaryKey: PrimaryKey(columns: ["id"]))
        return Schema(engine: .sqlite, tables: [t, u])
    }

    @Test(arguments: CodegenFormat.allCases)
    func namesStayInsideCommentsAndStrings(format: CodegenFormat) throws {
        let files = try Codegen.generate(schema, format: format, source: "evil\nsource", output: "out")
        for f in files {
            // Swift and Python both end a line at \n and \r: no injected line may start a line.
            let lines = f.contents.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            for line in lines {
                let t = line.trimmingCharacters(in: .whitespaces)
                #expect(!t.hasPrefix("let injected") && !t.hasPrefix("import os") && !t.hasPrefix("os.system") && !t.hasPrefix("source"),
                        "\(format): injected line '\(t)' in\n\(f.contents)")
            }
            #expect(!f.contents.contains("\r"), "\(format): a raw carriage return")
        }
    }
}
