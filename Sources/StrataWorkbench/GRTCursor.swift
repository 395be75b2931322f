/// The scanner's place in the bytes of a GRT document: the offset, the elements open, and one
/// method per kind of markup, each starting at a `<` (or at text) and stopping after it.
struct GRTCursor {
    typealias Failure = GRTScanner.Failure

    let bytes: UnsafeBufferPointer<UInt8>
    let n: Int
    /// The offset of the next byte to read.
    private(set) var i = 0
    /// The names of the elements open, outermost first.
    private var open: [Range<Int>] = []
    private var sawRoot = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        n = bytes.count
    }

    var atEnd: Bool { i >= n }
    var current: UInt8 { bytes[i] }
    /// The byte `ahead` places on, nil past the end.
    func peek(_ ahead: Int) -> UInt8? { i + ahead < n ? bytes[i + ahead] : nil }

    // MARK: markup

    /// Text up to the next tag: reported when the handler wants it, refused outside the document element.
    mutating func text<H: GRTScanner.Handler>(into handler: inout H) throws(Failure) {
        var end = i
        while end < n && bytes[end] != UInt8(ascii: "<") { end += 1 }
        if open.isEmpty {
            for k in i..<end where !Self.isSpace(bytes[k]) { throw Failure(offset: k, message: "text outside the document element") }
        } else if handler.wantsText {
            handler.text(try decode(i, end))
        }
        i = end
    }

    /// `<? ... ?>`, skipped.
    mutating func declaration() throws(Failure) {
        guard let end = find(Array("?>".utf8), from: i + 2) else { throw Failure(offset: i, message: "an unclosed <? ... ?>") }
        i = end + 2
    }

    /// `<!-- ... -->` skipped, `<![CDATA[ ... ]]>` reported as text, any other `<! ... >` skipped.
    mutating func commentOrCDATA<H: GRTScanner.Handler>(into handler: inout H) throws(Failure) {
        if let end = find(Array("-->".utf8), from: i + 4), i + 3 < n, bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") {
            i = end + 3
        } else if i + 8 < n, equals((i + 2)..<(i + 9), "[CDATA[") {
            guard let end = find(Array("]]>".utf8), from: i + 9) else { throw Failure(offset: i, message: "an unclosed CDATA section") }
            if !open.isEmpty { handler.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 9)..<end]), as: UTF8.self)) }
            i = end + 3
        } else {
            guard let end = find(Array(">".utf8), from: i + 2) else { throw Failure(offset: i, message: "an unclosed <!") }
            i = end + 1
        }
    }

    /// `</name>`, which must close the element open last.
    mutating func endTag<H: GRTScanner.Handler>(into handler: inout H) throws(Failure) {
        var k = i + 2
        while k < n && Self.isNameByte(bytes[k]) { k += 1 }
        let name = (i + 2)..<k
        while k < n && Self.isSpace(bytes[k]) { k += 1 }
        guard k < n, bytes[k] == UInt8(ascii: ">") else { throw Failure(offset: i, message: "the file ends inside an end tag") }
        guard let top = open.popLast() else { throw Failure(offset: i, message: "an end tag with no element open") }
        guard top.count == name.count, zip(top, name).allSatisfy({ bytes[$0] == bytes[$1] }) else {
            throw Failure(offset: i, message: "</\(string(name))> closes <\(string(top))>")
        }
        handler.end(element(name))
        i = k + 1
    }

    /// `<name attributes>` or `<name attributes/>`.
    mutating func startTag<H: GRTScanner.Handler>(into handler: inout H) throws(Failure) {
        if open.isEmpty && sawRoot { throw Failure(offset: i, message: "a second document element") }
        var k = i + 1
        while k < n && Self.isNameByte(bytes[k]) { k += 1 }
        let name = (i + 1)..<k
        if name.isEmpty { throw Failure(offset: i, message: "a '<' that starts no tag") }
        var attributes = GRTScanner.Attributes()
        var selfClosing = false
        while true {
            while k < n && Self.isSpace(bytes[k]) { k += 1 }
            guard k < n else { throw Failure(offset: i, message: "the file ends inside a tag") }
            if bytes[k] == UInt8(ascii: ">") { k += 1; break }
            if bytes[k] == UInt8(ascii: "/") {
                guard k + 1 < n, bytes[k + 1] == UInt8(ascii: ">") else { throw Failure(offset: k, message: "a '/' inside a tag") }
                selfClosing = true
                k += 2
                break
            }
            k = try attribute(at: k, into: &attributes)
        }
        let kind = element(name)
        sawRoot = true
        handler.start(kind, attributes)
        if selfClosing { handler.end(kind) } else { open.append(name) }
        i = k
    }

    /// One `name="value"` from `k`, kept in `attributes` when the reader uses it; the offset after it.
    private func attribute(at start: Int, into attributes: inout GRTScanner.Attributes) throws(Failure) -> Int {
        var k = start
        while k < n && Self.isNameByte(bytes[k]) { k += 1 }
        let attr = start..<k
        while k < n && Self.isSpace(bytes[k]) { k += 1 }
        guard k < n, bytes[k] == UInt8(ascii: "=") else { throw Failure(offset: k, message: "an attribute without a value") }
        k += 1
        while k < n && Self.isSpace(bytes[k]) { k += 1 }
        guard k < n, bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'") else { throw Failure(offset: k, message: "an attribute value without quotes") }
        let quote = bytes[k]
        var end = k + 1
        while end < n && bytes[end] != quote {
            if bytes[end] == UInt8(ascii: "<") { throw Failure(offset: end, message: "a '<' inside an attribute value") }
            end += 1
        }
        guard end < n else { throw Failure(offset: k, message: "the file ends inside an attribute value") }
        // Only the attributes the reader uses become strings (not _ptr_, struct-checksum, content-type ...).
        switch attr.count {
        case 4 where equals(attr, "type"):
            let v = (k + 1)..<end
            attributes.type = equals(v, "object") ? .object : equals(v, "string") ? .string : equals(v, "int") ? .int
                : equals(v, "list") ? .list : equals(v, "dict") ? .dict : equals(v, "real") ? .real : .other
        case 3 where equals(attr, "key"): attributes.key = try decode(k + 1, end)
        case 2 where equals(attr, "id"): attributes.id = try decode(k + 1, end)
        case 11 where equals(attr, "struct-name"): attributes.structName = try decode(k + 1, end)
        case 7 where equals(attr, "version"): attributes.version = try decode(k + 1, end)
        default: break
        }
        return end + 1
    }

    /// At the end of the bytes: nothing may be left open, and there must have been a document element.
    func finish() throws(Failure) {
        if let top = open.last { throw Failure(offset: n, message: "the file ends with <\(string(top))> still open") }
        if !sawRoot { throw Failure(offset: n, message: "no document element") }
    }

    // MARK: bytes

    /// XML whitespace (XML 1.0 S production): no form feed, unlike SQL.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
    static func isNameByte(_ b: UInt8) -> Bool { !(isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")) }

    func string(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        var k = start
        while k + pattern.count <= n {
            if bytes[k] == pattern[0] {
                var ok = true
                for j in 1..<pattern.count where bytes[k + j] != pattern[j] { ok = false; break }
                if ok { return k }
            }
            k += 1
        }
        return nil
    }

    /// Whether the bytes at `range` are `word` (ASCII), without the generic Sequence comparison.
    func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != w[k] { return false }
        return true
    }

    func element(_ name: Range<Int>) -> GRTScanner.Element {
        switch name.count {
        case 4: return equals(name, "data") ? .data : equals(name, "link") ? .link : equals(name, "null") ? .null : .other
        case 5: return equals(name, "value") ? .value : .other
        default: return .other
        }
    }

    /// Text with entities decoded; `start..<end` of the document.
    func decode(_ start: Int, _ end: Int) throws(Failure) -> String {
        var k = start
        while k < end && bytes[k] != UInt8(ascii: "&") { k += 1 }
        if k == end { return string(start..<end) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        k = start
        while k < end {
            let b = bytes[k]
            guard b == UInt8(ascii: "&") else { out.append(b); k += 1; continue }
            var semi = k + 1
            while semi < end && semi - k < 12 && bytes[semi] != UInt8(ascii: ";") { semi += 1 }
            guard semi < end, bytes[semi] == UInt8(ascii: ";") else { throw Failure(offset: k, message: "an '&' that starts no entity") }
            let name = string((k + 1)..<semi)
            switch name {
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "amp": out.append(UInt8(ascii: "&"))
            case "quot": out.append(UInt8(ascii: "\""))
            case "apos": out.append(UInt8(ascii: "'"))
            default:
                let code = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                guard let code, let scalar = Unicode.Scalar(code) else { throw Failure(offset: k, message: "unknown entity &\(name);") }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
            k = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
