import Foundation
import StrataKit

/// One convergence case: a current schema with rows, a desired schema, rename hints.
/// Format: Convergence/README.md.
struct ConvergenceCase: CustomStringConvertible, Sendable {
    var file: String
    var title: String
    var engines: [Engine]
    var renames: [String]
    /// Section name (`current`, `desired`, `rows`) to engine (nil = all) to SQL.
    var sections: [String: [Engine?: String]]

    var description: String { (file as NSString).lastPathComponent }

    /// "no-op: ..." cases: the two schemas are the same to the engine, spelled differently;
    /// autogenerate must find nothing to do.
    var isNoop: Bool { title.hasPrefix("no-op") }

    func sql(_ section: String, for engine: Engine) -> String {
        sections[section]?[engine] ?? sections[section]?[nil] ?? ""
    }

    /// The corpus folder (`STRATA_CORPUS_DIR` points elsewhere, for trying new cases).
    static let folder = ProcessInfo.processInfo.environment["STRATA_CORPUS_DIR"]
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Convergence/cases").path

    /// The case files of the corpus, sorted.
    static func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".sql") }.sorted().map { folder + "/" + $0 }
    }

    /// Every case that loads; `CorpusTests` fails on any that does not.
    static func all() -> [ConvergenceCase] { files().compactMap { try? load($0) } }

    /// Case/engine pairs for the engines that autogenerate supports.
    static func pairs(_ engines: Set<Engine>) -> [(ConvergenceCase, Engine)] {
        all().flatMap { c in c.engines.filter(engines.contains).map { (c, $0) } }
    }

    static func load(_ path: String) throws -> ConvergenceCase {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var c = ConvergenceCase(file: path, title: "", engines: Engine.allCases, renames: [], sections: [:])
        var current: (String, Engine?)? = nil
        var buffer: [Substring] = []
        func flush() {
            if let (name, engine) = current { c.sections[name, default: [:]][engine] = buffer.joined(separator: "\n") }
            buffer = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("-- case:") { c.title = String(t.dropFirst(8)).trimmingCharacters(in: .whitespaces); continue }
            if t.hasPrefix("-- engines:") {
                let names = t.dropFirst(11).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                c.engines = try names.map { name in
                    guard let e = Engine(name: name) else { throw StrataError.usage("\(path): unknown engine '\(name)' in '-- engines:'") }
                    return e
                }
                continue
            }
            if t.hasPrefix("-- rename:") { c.renames.append(String(t.dropFirst(10)).trimmingCharacters(in: .whitespaces)); continue }
            let words = t.dropFirst(3).split(separator: " ")
            if t.hasPrefix("-- "), let first = words.first, ["current", "desired", "rows"].contains(String(first)), words.count <= 2 {
                let engine = words.count == 2 ? Engine(name: String(words[1])) : nil
                if words.count == 1 || engine != nil {
                    flush()
                    current = (String(first), engine)
                    continue
                }
            }
            buffer.append(line)
        }
        flush()
        guard !c.title.isEmpty else { throw StrataError.usage("\(path): no '-- case:' title") }
        guard !c.engines.isEmpty else { throw StrataError.usage("\(path): '-- engines:' names none") }
        for e in c.engines where c.sql("desired", for: e).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && c.sql("current", for: e).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw StrataError.usage("\(path): neither a current nor a desired section for \(e)")
        }
        return c
    }
}
