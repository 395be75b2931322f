/// Reading the header of a MySQL `CREATE VIEW/TRIGGER/PROCEDURE` statement by its words, without
/// regular expressions (Foundation's are slow on Linux, and a model holds hundreds of these).
package enum SQLHeader {
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x24 || b >= 0x80
    }
    static func isSpace(_ b: UInt8) -> Bool { DDLText.isSpace(b) }
    static func upper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b - 0x20 : b }

    /// The bytes of `words` in `b`, case-insensitive, whole words, white space between: `FOR EACH ROW`.
    package static func find(_ words: [String], in b: [UInt8], from: Int = 0) -> Range<Int>? {
        let ws = words.map { Array($0.utf8).map(upper) }
        guard let first = ws.first?.first else { return nil }
        var i = from
        while i < b.count {
            defer { i += 1 }
            guard upper(b[i]) == first, i == 0 || !isWordByte(b[i - 1]) else { continue }
            var j = i
            var ok = true
            for (n, w) in ws.enumerated() {
                if n > 0 {
                    let before = j
                    while j < b.count && isSpace(b[j]) { j += 1 }
                    if j == before { ok = false; break }
                }
                guard j + w.count <= b.count else { ok = false; break }
                for k in 0..<w.count where upper(b[j + k]) != w[k] { ok = false; break }
                if !ok { break }
                j += w.count
                if j < b.count && isWordByte(b[j]) { ok = false; break }
            }
            if ok { return i..<j }
        }
        return nil
    }

    static func skipSpace(_ b: [UInt8], _ j: inout Int) { while j < b.count && isSpace(b[j]) { j += 1 } }

    /// Skips a quoted (`` ` ``, `'`, `"`) or bare name; false when there is none.
    static func skipName(_ b: [UInt8], _ j: inout Int, stopAt stop: UInt8? = nil) -> Bool {
        guard j < b.count else { return false }
        let q = b[j]
        if q == UInt8(ascii: "`") || q == UInt8(ascii: "'") || q == UInt8(ascii: "\"") {
            j += 1
            while j < b.count && b[j] != q { j += 1 }
            guard j < b.count else { return false }
            j += 1
            return true
        }
        let start = j
        while j < b.count && !isSpace(b[j]) && b[j] != stop && b[j] != UInt8(ascii: "(") && b[j] != UInt8(ascii: ".") { j += 1 }
        return j > start
    }

    /// The statement without its `DEFINER=user@host` or `DEFINER=CURRENT_USER` clause.
    package static func withoutDefiner(_ sql: String) -> String {
        let b = Array(sql.utf8)
        guard let r = find(["DEFINER"], in: b) else { return sql }
        var j = r.upperBound
        skipSpace(b, &j)
        guard j < b.count, b[j] == UInt8(ascii: "=") else { return sql }
        j += 1
        skipSpace(b, &j)
        if let cu = find(["CURRENT_USER"], in: b, from: j), cu.lowerBound == j {
            j = cu.upperBound
            if j + 1 < b.count && b[j] == UInt8(ascii: "(") && b[j + 1] == UInt8(ascii: ")") { j += 2 }
        } else {
            guard skipName(b, &j, stopAt: UInt8(ascii: "@")), j < b.count, b[j] == UInt8(ascii: "@") else { return sql }
            j += 1
            guard skipName(b, &j) else { return sql }
        }
        skipSpace(b, &j)
        return String(decoding: b[..<r.lowerBound] + b[j...], as: UTF8.self)
    }

    /// `CREATE ... VIEW name [(columns)] AS SELECT ...` -> `SELECT ...`; nil when it is not that shape.
    package static func viewBody(_ sql: String) -> String? {
        let b = Array(sql.utf8)
        guard let v = find(["VIEW"], in: b) else { return nil }
        var j = v.upperBound
        skipSpace(b, &j)
        guard skipName(b, &j) else { return nil }
        skipSpace(b, &j)
        if j < b.count && b[j] == UInt8(ascii: ".") {
            j += 1
            skipSpace(b, &j)
            guard skipName(b, &j) else { return nil }
            skipSpace(b, &j)
        }
        if j < b.count && b[j] == UInt8(ascii: "(") {
            while j < b.count && b[j] != UInt8(ascii: ")") { j += 1 }
            j += 1
            skipSpace(b, &j)
        }
        guard let a = find(["AS"], in: b, from: j), a.lowerBound == j else { return nil }
        var k = a.upperBound
        skipSpace(b, &k)
        return String(decoding: b[k...], as: UTF8.self)
    }

    /// The body of a trigger: what follows `FOR EACH ROW` (and any FOLLOWS/PRECEDES stays in it).
    package static func triggerBody(_ sql: String) -> (head: String, body: String)? {
        let b = Array(sql.utf8)
        guard let r = find(["FOR", "EACH", "ROW"], in: b) else { return nil }
        var k = r.upperBound
        skipSpace(b, &k)
        return (String(decoding: b[..<r.lowerBound], as: UTF8.self), String(decoding: b[k...], as: UTF8.self))
    }
}
