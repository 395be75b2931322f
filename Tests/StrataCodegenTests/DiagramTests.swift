import Foundation
import Strata
import StrataCodegen
import StrataAuthoring
import StrataWorkbench
import Testing

/// `inspect --format mermaid|dot`: the Mermaid text is read back by the erDiagram grammar, the
/// DOT text is rendered by Graphviz, and both show every table, column and foreign key.
@Suite("Schema diagrams")
struct DiagramTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/workbench-samples").path

    /// The schemas to draw: the fixtures, and each schema of the Workbench samples when ../shared is there.
    static func schemas() throws -> [(String, Schema)] {
        var out: [(String, Schema)] = [("shop", Fixtures.shop), ("clashes", Fixtures.clashes), ("mysql-types", Fixtures.mysqlTypes)]
        let files = (try? FileManager.default.contentsOfDirectory(atPath: samples))?.filter { $0.hasSuffix(".mwb") }.sorted() ?? []
        if files.isEmpty && ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("\(samples) is missing in CI") }
        for f in files where !f.contains("lint") {
            let model = try WorkbenchReader(path: samples + "/" + f).read()
            for (name, schema) in zip(model.schemaNames, model.schemas) { out.append(("\(f)#\(name)", schema)) }
        }
        return out
    }

    /// The part of Mermaid's erDiagram grammar the output uses, strictly: what it does not match is an error.
    struct MermaidER {
        var entities: [String: [String]] = [:]
        var relationships: [(String, String, String)] = []

        init(_ text: String) throws {
            let word = #"[A-Za-z_][A-Za-z0-9_\-]*"#
            let type = #"[A-Za-z_*][A-Za-z0-9_\-\[\]()]*"#
            let entityStart = try Regex("^    (\(word)) \\{$"), attribute = try Regex("^        \(type) (\(word))( (PK|FK|UK)(, (PK|FK|UK))*)?( \"[^\"]*\")?$")
            let relation = try Regex("^    (\(word)) (\\|\\||\\|o|\\}o|\\}\\|)--(o\\{|\\|\\||o\\||\\|\\{) (\(word)) : \"([^\"]*)\"$")
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.first == "erDiagram" else { throw StrataError.usage("no erDiagram header") }
            if lines.last == "" { lines.removeLast() }
            var current: String?
            for line in lines.dropFirst() {
                let s = String(line)
                if current != nil {
                    if s == "    }" { current = nil; continue }
                    guard let m = s.wholeMatch(of: attribute), let name = m.output[1].substring else { throw StrataError.usage("not an attribute: \(s)") }
                    entities[current!, default: []].append(String(name))
                } else if let m = s.wholeMatch(of: entityStart), let name = m.output[1].substring {
                    current = String(name)
                    entities[current!] = []
                } else if let m = s.wholeMatch(of: relation), let a = m.output[1].substring, let b = m.output[4].substring, let l = m.output[5].substring {
                    guard entities[String(a)] != nil, entities[String(b)] != nil else { throw StrataError.usage("relation to an unknown entity: \(s)") }
                    relationships.append((String(a), String(b), String(l)))
                } else {
                    throw StrataError.usage("not erDiagram: \(s)")
                }
            }
            if current != nil { throw StrataError.usage("an entity block is not closed") }
        }
    }

    @Test func mermaidReadsBackWithEveryTableColumnAndForeignKey() throws {
        for (name, schema) in try Self.schemas() {
            let text = Diagram.mermaid(schema)
            let er: MermaidER
            do { er = try MermaidER(text) } catch { Issue.record("\(name): \(error)"); continue }
            #expect(er.entities.count == schema.tables.count, "\(name)")
            #expect(er.entities.values.reduce(0) { $0 + $1.count } == schema.tables.reduce(0) { $0 + $1.columns.count }, "\(name)")
            let names = Set(schema.tables.map { $0.qualifiedName.description })
            let fks = schema.tables.reduce(0) { n, t in n + t.foreignKeys.filter { names.contains($0.referenced.description) }.count }
            #expect(er.relationships.count == fks, "\(name)")
        }
        // Cardinality: a NOT NULL key is exactly one parent, a nullable one zero or one.
        let shop = Diagram.mermaid(Fixtures.shop)
        #expect(shop.contains("    customers ||--o{ orders : \"fk_o_customer\"") && shop.contains("    addresses |o--o{ orders : \"fk_o_shipping\""))
        #expect(shop.contains("        int id PK\n") && shop.contains("        int customer_id FK \"not null\"\n"))
        #expect(Diagram.mermaid(Fixtures.mysqlTypes).contains("        decimal(10-2) price \"decimal(10,2); not null; in euros\""))
    }

    /// An edge runs from the child (the table with the foreign key, many rows) to its parent (one):
    /// the crow's foot belongs at the tail, the child's end, and a bar at the head.
    @Test func dotPutsTheCrowsFootOnTheChild() throws {
        let dot = Diagram.dot(Fixtures.shop)
        let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
        #expect(!edges.isEmpty)
        for t in Fixtures.shop.tables {
            for fk in t.foreignKeys {
                #expect(edges.contains { $0.hasPrefix("    \"\(t.name)\"") && $0.contains("-> \"\(fk.referenced.name)\"") }, "\(t.name) -> \(fk.referenced.name)")
            }
        }
        let defaults = dot.split(separator: "\n").first { $0.contains("edge [") } ?? ""
        #expect(defaults.contains("arrowtail=crow") && defaults.contains("dir=both") && !defaults.contains("arrowhead=crow"), "\(defaults)")
    }

    @Test func dotRendersWithGraphviz() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("Graphviz (dot) is missing in CI") }
            return
        }
        for (name, schema) in try Self.schemas() {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
            p.arguments = ["-Tsvg"]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            p.standardInput = input
            p.standardOutput = output
            p.standardError = errors
            try p.run()
            input.fileHandleForWriting.write(Data(Diagram.dot(schema).utf8))
            try input.fileHandleForWriting.close()
            let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationStatus == 0 && err.isEmpty, "\(name): \(err)")
            // Graphviz titles each node and edge: every table is drawn, and every foreign key.
            for t in schema.tables {
                let title = "<title>\(Self.xml(t.qualifiedName.description))</title>"
                #expect(svg.contains(title), "\(name): \(t.qualifiedName) not drawn")
            }
            let names = Set(schema.tables.map { $0.qualifiedName.description })
            let fks = schema.tables.reduce(0) { n, t in n + t.foreignKeys.filter { names.contains($0.referenced.description) }.count }
            #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == fks, "\(name)")
        }
    }

    static func xml(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
