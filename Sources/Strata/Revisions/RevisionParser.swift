import Foundation

/// Reads revision files. Every error names the file and line.
///
/// The format (see docs/revision-format.md):
///
///     -- strata:revision 4be1c2a9d0f3
///     -- strata:parents 91aa07c3be12          (none for a base; several for a merge)
///     -- strata:message add invoices
///     -- strata:created 2026-11-21T09:30:00Z
///     -- strata:branch-labels billing          (optional)
///     -- strata:depends-on 77aa01c3be12        (optional)
///     -- strata:transaction off                (optional)
///
///     -- strata:upgrade [sqlite|postgresql|mysql]
///     ...SQL...
///     -- strata:downgrade [engine]
///     ...SQL...
public enum RevisionParser {
    static let directivePrefix = "-- strata:"
    static let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")

    /// Parses the text of a revision file; `path` is used in errors and kept on the revision.
    public static func parse(_ text: String, path: String) throws -> Revision {
        var revision = Revision(id: "", path: path)
        var seen: Set<String> = []
        var current: (direction: Revision.Direction, engine: Engine?, firstLine: Int, lines: [Substring])? = nil

        func fail(_ line: Int, _ message: String) -> StrataError {
            .revisionFile(path: path, line: line, message: message)
        }
        func close() {
            guard let c = current else { return }
            var lines = c.lines
            var first = c.firstLine
            while let l = lines.first, l.allSatisfy(\.isWhitespace) { lines.removeFirst(); first += 1 }
            while let l = lines.last, l.allSatisfy(\.isWhitespace) { lines.removeLast() }
            let section = RevisionSection(engine: c.engine, sql: lines.joined(separator: "\n"), firstLine: first)
            if c.direction == .upgrade { revision.upgrade.append(section) } else { revision.downgrade.append(section) }
            current = nil
        }

        // "\r\n" is one Character in Swift: split on it too, or a CRLF file reads as one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(directivePrefix) else {
                if current != nil {
                    current!.lines.append(line)
                } else if !trimmed.isEmpty && !trimmed.hasPrefix("--") {
                    throw fail(number, "SQL before the first '-- strata:upgrade' line")
                }
                continue
            }
            let body = trimmed.dropFirst(directivePrefix.count)
            let key = body.prefix { !$0.isWhitespace }.lowercased()
            let value = body.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
            let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)

            switch key {
            case "upgrade", "downgrade":
                close()
                let direction: Revision.Direction = key == "upgrade" ? .upgrade : .downgrade
                var engine: Engine? = nil
                if let name = words.first {
                    guard words.count == 1, let e = Engine(name: name) else {
                        throw fail(number, "unknown engine '\(value)' after strata:\(key) (use sqlite, postgresql or mysql, or nothing for all engines)")
                    }
                    engine = e
                }
                let sectionKey = "\(key) \(engine?.rawValue ?? "*")"
                guard seen.insert(sectionKey).inserted else {
                    throw fail(number, "second strata:\(key) section\(engine.map { " for \($0)" } ?? "")")
                }
                current = (direction, engine, number + 1, [])
            default:
                guard current == nil else {
                    throw fail(number, "header line strata:\(key) after the SQL sections began; move it to the top of the file")
                }
                guard seen.insert(key).inserted else { throw fail(number, "strata:\(key) is given twice") }
                switch key {
                case "revision":
                    guard words.count == 1, isValidID(words[0]) else {
                        throw fail(number, "strata:revision needs one id of at most 64 letters, digits or '_', got '\(value)'")
                    }
                    revision.id = words[0]
                case "parents", "parent":
                    for w in words where !isValidID(w) { throw fail(number, "invalid parent id '\(w)'") }
                    revision.parents = words
                case "depends-on":
                    for w in words where !isValidID(w) && !w.contains("@") { throw fail(number, "invalid depends-on '\(w)'") }
                    revision.dependsOn = words
                case "branch-labels", "branch-label":
                    for w in words where !isValidID(w) && !w.contains("-") { throw fail(number, "invalid branch label '\(w)'") }
                    revision.branchLabels = words
                case "message":
                    revision.message = value
                case "created":
                    revision.created = value.isEmpty ? nil : value
                case "transaction":
                    switch value.lowercased() {
                    case "off", "false", "no": revision.transactional = false
                    case "on", "true", "yes": revision.transactional = true
                    default: throw fail(number, "strata:transaction takes 'on' or 'off', got '\(value)'")
                    }
                default:
                    throw fail(number, "unknown header line strata:\(key) (known: revision, parents, message, created, branch-labels, depends-on, transaction, upgrade, downgrade)")
                }
            }
        }
        close()
        guard !revision.id.isEmpty else { throw fail(1, "missing '-- strata:revision <id>' header line") }
        guard !revision.upgrade.isEmpty else { throw fail(lines.count, "missing '-- strata:upgrade' section") }
        return revision
    }

    /// Reads and parses the revision file at `path`.
    public static func load(path: String) throws -> Revision {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StrataError.io("cannot read revision file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StrataError.revisionFile(path: path, line: 1, message: "not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Whether `s` can be a revision id: letters, digits and `_`, at most 64 characters (the version table's column).
    public static func isValidID(_ s: String) -> Bool {
        guard s.utf8.count <= 64 else { return false }
        return
            !s.isEmpty && s.unicodeScalars.allSatisfy { idCharacters.contains($0) }
    }
}
