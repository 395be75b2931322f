/// Small helpers for reading DDL text the catalogs give back (SQLite's `sqlite_master.sql`,
/// index definitions): top-level splitting, balanced parentheses, identifier unquoting.
package enum DDLText {
    /// `s` without leading and trailing ASCII white space (no Foundation: this is on the inspectors' hot path).
    /// `text` with every `needle` replaced (byte-wise, case-sensitive; no Foundation). With `atWordStart`,
    /// only where the needle does not continue an identifier (`app.` in `app.t`, not in `myapp.t`).
    package static func replacing(_ needle: String, with replacement: String, in text: String, atWordStart: Bool = false) -> String {
        let n = Array(needle.utf8), r = Array(replacement.utf8)
        var t = text
        t.makeContiguousUTF8()
        guard !n.isEmpty, let out = t.utf8.withContiguousStorageIfAvailable({ b -> [UInt8]? in
            var out: [UInt8] = []
            var i = 0, changed = false
            while i < b.count {
                let startsWord = !atWordStart || i == 0 || !SQLHeader.isWordByte(b[i - 1])
                if b[i] == n[0], startsWord, i + n.count <= b.count, (1..<n.count).allSatisfy({ b[i + $0] == n[$0] }) {
                    if !changed { out.reserveCapacity(b.count); out += b[0..<i]; changed = true }
                    out += r
                    i += n.count
                } else {
                    if changed { out.append(b[i]) }
                    i += 1
                }
            }
            return changed ? out : nil
        }), let changed = out else { return text }
        return String(decoding: changed, as: UTF8.self)
    }

    /// `s` without leading and trailing whitespace.
    package static func trim<S: StringProtocol>(_ s: S) -> String {
        let u = String(s).utf8
        guard let first = u.firstIndex(where: { !isSpace($0) }) else { return "" }
        var end = u.endIndex
        while end > first, isSpace(u[u.index(before: end)]) { end = u.index(before: end) }
        return String(String(s).utf8[first..<end])!
    }

    /// SQL whitespace: space, tab, line feed, carriage return, form feed (the one definition the SQL readers share).
    static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 12 }

    /// The first range of the ASCII `needle` in `haystack`, ignoring ASCII case.
    package static func find(_ needle: String, in haystack: String, from start: String.Index? = nil) -> Range<String.Index>? {
        let h = haystack.utf8, n = Array(needle.utf8).map(lower)
        guard !n.isEmpty else { return nil }
        // Fast path over the contiguous UTF-8 buffer of a native string.
        if start == nil, let found = h.withContiguousStorageIfAvailable({ buf -> Int? in
            guard buf.count >= n.count else { return -1 }
            let first = n[0]
            outer: for i in 0...(buf.count - n.count) where lower(buf[i]) == first {
                for k in 1..<n.count where lower(buf[i + k]) != n[k] { continue outer }
                return i
            }
            return -1
        }) {
            guard let offset = found, offset >= 0 else { return nil }
            let lowerBound = h.index(h.startIndex, offsetBy: offset)
            return lowerBound..<h.index(lowerBound, offsetBy: n.count)
        }
        var i = start ?? h.startIndex
        while i < h.endIndex {
            var j = i, k = 0
            while k < n.count, j < h.endIndex, lower(h[j]) == n[k] { j = h.index(after: j); k += 1 }
            if k == n.count { return i..<j }
            i = h.index(after: i)
        }
        return nil
    }

    /// Whether the ASCII `needle` occurs in `haystack`, ignoring ASCII case.
    package static func contains(_ haystack: String, _ needle: String) -> Bool { find(needle, in: haystack) != nil }

    static func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }

    /// Splits `text` at top-level occurrences of `separator` (outside quotes and parentheses).
    package static func splitTopLevel(_ text: String, separator: Character = ",") -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character? = nil
        for ch in text {
            if let q = quote {
                current.append(ch)
                if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "'", "\"", "`": quote = ch; current.append(ch)
            case "[": quote = "]"; current.append(ch)
            case "(": depth += 1; current.append(ch)
            case ")": depth -= 1; current.append(ch)
            default:
                if ch == separator && depth == 0 {
                    parts.append(trim(current))
                    current = ""
                } else {
                    current.append(ch)
                }
            }
        }
        let last = trim(current)
        if !last.isEmpty { parts.append(last) }
        return parts
    }

    /// The text inside the parentheses that open at the first `(` at or after `from`, and the index after the closing one.
    package static func parenthesised(_ text: String, from: String.Index? = nil) -> (inner: String, end: String.Index)? {
        var i = from ?? text.startIndex
        while i < text.endIndex, text[i] != "(" {
            if text[i] == "'" || text[i] == "\"" || text[i] == "`" { i = skipQuoted(text, i) } else { i = text.index(after: i) }
        }
        guard i < text.endIndex else { return nil }
        let start = text.index(after: i)
        var depth = 1
        var j = start
        while j < text.endIndex {
            let ch = text[j]
            if ch == "'" || ch == "\"" || ch == "`" { j = skipQuoted(text, j); continue }
            if ch == "(" { depth += 1 }
            if ch == ")" {
                depth -= 1
                if depth == 0 { return (String(text[start..<j]), text.index(after: j)) }
            }
            j = text.index(after: j)
        }
        return nil
    }

    static func skipQuoted(_ text: String, _ i: String.Index) -> String.Index {
        let q = text[i]
        var j = text.index(after: i)
        while j < text.endIndex {
            if text[j] == q {
                let next = text.index(after: j)
                if next < text.endIndex && text[next] == q { j = text.index(after: next); continue }
                return next
            }
            j = text.index(after: j)
        }
        return j
    }

    /// Removes one level of identifier quoting: `"a""b"` -> `a"b`, `` `x` `` -> `x`, `[x]` -> `x`.
    package static func unquote(_ s: String) -> String {
        let t = trim(s)
        guard let f = t.first, let l = t.last, t.count >= 2 else { return t }
        if (f == "\"" && l == "\"") || (f == "`" && l == "`") {
            return String(t.dropFirst().dropLast()).replacingOccurrences(of: String(f) + String(f), with: String(f))
        }
        if f == "[" && l == "]" { return String(t.dropFirst().dropLast()) }
        return t
    }

    /// The first token of `s` (a quoted identifier, or a run of word characters) and the rest.
    package static func firstToken(_ s: String) -> (token: String, rest: String) {
        let t = trim(s)
        guard let f = t.first else { return ("", "") }
        if f == "\"" || f == "`" || f == "'" {
            let end = skipQuoted(t, t.startIndex)
            return (String(t[..<end]), trim(t[end...]))
        }
        if f == "[" , let close = t.firstIndex(of: "]") {
            let end = t.index(after: close)
            return (String(t[..<end]), trim(t[end...]))
        }
        let end = t.firstIndex { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") } ?? t.endIndex
        if end == t.startIndex { return (String(t.prefix(1)), trim(t.dropFirst())) }
        return (String(t[..<end]), trim(t[end...]))
    }

    /// `NAME(n)` or `NAME(p,s)` with nothing else, read byte by byte; nil for anything more.
    static func quickType(_ text: String) -> ColumnType? {
        var name: [UInt8] = [], numbers: [Int] = [], current = -1
        var state = 0  // 0 name, 1 arguments, 2 done
        for b in text.utf8 {
            switch state {
            case 0:
                if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 { name.append(lower(b)) }
                else if b == 40, !name.isEmpty { state = 1 }
                else { return nil }
            case 1:
                // More digits than any length holds (VARCHAR(99999999999999999999)) go the slow way, which keeps them as text.
                if b >= 48 && b <= 57 { guard current < 100_000_000_000 else { return nil }; current = max(current, 0) * 10 + Int(b - 48) }
                else if b == 44, current >= 0 { numbers.append(current); current = -1 }
                else if b == 41, current >= 0 { numbers.append(current); state = 2 }
                else if b != 32 { return nil }
            default:
                return nil
            }
        }
        guard state == 2, (1...2).contains(numbers.count) else { return nil }
        return ColumnType(String(decoding: name, as: UTF8.self), length: numbers[0], scale: numbers.count > 1 ? numbers[1] : nil)
    }

    /// Parses a declared type such as `VARCHAR(50)`, `numeric(10, 2)`, `int unsigned`, `enum('a','b')`.
    package static func parseType(_ text: String) -> ColumnType {
        // Fast path: a single plain word such as INTEGER or TEXT.
        if text.utf8.allSatisfy({ ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }) {
            return ColumnType(text.lowercased())
        }
        if let quick = quickType(text) { return quick }
        let t = trim(text)
        guard let open = t.firstIndex(of: "("), let p = parenthesised(t, from: open) else {
            var words = t.lowercased().split(separator: " ").map(String.init)
            let unsigned = words.contains("unsigned"), zerofill = words.contains("zerofill")
            words.removeAll { $0 == "unsigned" || $0 == "zerofill" || $0 == "signed" }
            return ColumnType(words.joined(separator: " "), unsigned: unsigned, zerofill: zerofill)
        }
        let base = trim(t[..<open]).lowercased()
        let after = t[p.end...].lowercased()
        var type = ColumnType(base, unsigned: after.contains("unsigned"), zerofill: after.contains("zerofill"))
        let args = splitTopLevel(p.inner)
        if base == "enum" || base == "set" {
            type.values = args.map { a in
                let s = trim(a)
                guard s.hasPrefix("'"), s.hasSuffix("'"), s.count >= 2 else { return s }
                return String(s.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'").replacingOccurrences(of: "\\\\", with: "\\")
            }
        } else {
            type.length = args.first.flatMap { Int(trim($0)) }
            if args.count > 1 { type.scale = Int(trim(args[1])) }
            // Words after the parentheses that are part of the name (`varying`, `with time zone`).
            let tail = after.split(separator: " ").filter { $0 != "unsigned" && $0 != "zerofill" && $0 != "signed" }
            if !tail.isEmpty { type.name += " " + tail.joined(separator: " ") }
        }
        return type
    }
}

import Foundation
