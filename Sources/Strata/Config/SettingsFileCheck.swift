import Foundation

/// Checks the keys of a settings file before its values are read: a misspelt key (`databse_url:`)
/// would be ignored and a wrong shape (`lock_timeout: [1, 2]`) would fall back to the default, both
/// silently. Each is refused with `file:line` and, for a misspelling, the closest known key.
///
/// The file is a mapping of environments (`default:`, `production:`, ...) to settings, or settings at
/// its top level; `codegen:` holds the code generation settings.
enum SettingsFileCheck {
    /// Settings whose value may be a list.
    static let listKeys: Set<String> = ["engines", "codegen.tables"]

    static func check(_ text: String, path: String) throws {
        let known = Set(Settings.keys)
        let firstParts = Set(Settings.keys.map { String($0.prefix { $0 != "." }) })
        // (indent, the key path the line opened) of the mappings the current line is inside.
        var open: [(indent: Int, path: String)] = []
        var lineNumber = 0
        var pendingScalar: (key: String, line: Int, indent: Int)? = nil
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw[...]
            let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
            let body = line.dropFirst(indent)
            if body.isEmpty || body.hasPrefix("#") || body.hasPrefix("---") || body.hasPrefix("...") { continue }
            while let last = open.last, last.indent >= indent { open.removeLast() }
            if let p = pendingScalar, indent > p.indent {
                throw StrataError.usage("\(path):\(p.line): \(p.key) must be a single value, not a list or mapping")
            }
            pendingScalar = nil
            if body.hasPrefix("-") { continue }   // an item of a list whose key was checked
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = body[..<colon].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            var value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("#") { value = "" }
            if key == "<<" { continue }   // a YAML merge of another environment
            let parent = open.last?.path
            let setting: String?
            switch parent {
            case nil:
                // At the top: an environment (a mapping), `codegen:`, or a setting with its value.
                let mapping = value.isEmpty || value.hasPrefix("&") || value.hasPrefix("*") || value.hasPrefix("{")
                if mapping && !firstParts.contains(key) { open.append((indent, "env:" + key)); continue }
                setting = key
            case let p? where p.hasPrefix("env:"):
                setting = key
            case let p?:
                setting = p + "." + key
            }
            guard let name = setting else { continue }
            if name == "codegen" {
                guard value.isEmpty else { throw StrataError.usage("\(path):\(lineNumber): codegen holds settings (source, format, output, ...), not a value") }
                open.append((indent, "codegen"))
                continue
            }
            guard known.contains(name) else {
                let hint = closest(to: name, in: Settings.keys).map { " (did you mean '\($0)'?)" } ?? ""
                throw StrataError.usage("\(path):\(lineNumber): unknown setting '\(UnsafeText.oneLine(name))'\(hint)")
            }
            if !listKeys.contains(name) {
                if value.hasPrefix("[") || value.hasPrefix("{") {
                    throw StrataError.usage("\(path):\(lineNumber): \(name) must be a single value, not a list or mapping")
                }
                if value.isEmpty { pendingScalar = (name, lineNumber, indent) }
            }
        }
    }

    /// The known key nearest to `name` by edit distance, when it is near enough to be a misspelling.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(name, $0)) }.min { $0.1 < $1.1 }
        guard let (best, d) = scored, d <= max(2, best.count / 3) else { return nil }
        return best
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
