import Strata

/// A streaming scanner for the XML that Workbench writes, over the bytes of `document.mwb.xml`.
///
/// It reads what GRT documents use (elements, attributes in single or double quotes, text, the five
/// named entities and character references, comments, CDATA, the XML declaration) and reports
/// malformed XML (a tag left open, a mismatched end tag, an unknown entity, a truncated file) with
/// its line. It replaces FoundationXML's `XMLParser`, which alone took 30 ms of a 118-table model's
/// load and needs its stream mode to pass libxml2's 10 MB limit.
struct GRTScanner {
    /// The attributes a GRT element can carry that the reader uses.
    /// The `type` attribute: what a `<value>` or `<link>` holds.
    enum ValueType { case string, int, real, list, dict, object, other }

    struct Attributes {
        var type: ValueType?
        var key: String?
        var id: String?
        var structName: String?
        var version: String?
    }

    enum Element { case data, value, link, null, other }

    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// Receives the elements in document order.
    protocol Handler {
        /// Whether text at this point is wanted (whitespace between child elements is not).
        var wantsText: Bool { get }
        mutating func start(_ element: Element, _ attributes: Attributes)
        mutating func text(_ text: String)
        mutating func end(_ element: Element)
    }

    static func scan<H: Handler>(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout H) throws(Failure) {
        let n = bytes.count
        var i = 0
        var open: [Range<Int>] = []
        var sawRoot = false

        @inline(__always) func byte(_ k: Int) -> UInt8 { bytes[k] }
        // XML whitespace (XML 1.0 S production): no form feed, unlike SQL.
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
        func isNameByte(_ b: UInt8) -> Bool { !(isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") || b == UInt8(ascii: "=")) }
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
        func element(_ name: Range<Int>) -> Element {
            switch name.count {
            case 4: return equals(name, "data") ? .data : equals(name, "link") ? .link : equals(name, "null") ? .null : .other
            case 5: return equals(name, "value") ? .value : .other
            default: return .other
            }
        }
        /// Text with entities decoded; `start..<end` of the document.
        func decode(_ start: Int, _ end: Int) throws(Failure) -> String {
            var k = start
            var hasEntity = false
            while k < end { if bytes[k] == UInt8(ascii: "&") { hasEntity = true; break }; k += 1 }
            if !hasEntity { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            k = start
            while k < end {
                let b = bytes[k]
                guard b == UInt8(ascii: "&") else { out.append(b); k += 1; continue }
                var semi = k + 1
                while semi < end && semi - k < 12 && bytes[semi] != UInt8(ascii: ";") { semi += 1 }
                guard semi < end, bytes[semi] == UInt8(ascii: ";") else { throw Failure(offset: k, message: "an '&' that starts no entity") }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(k + 1)..<semi]), as: UTF8.self)
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

        while i < n {
            let b = byte(i)
            if b != UInt8(ascii: "<") {
                // Text up to the next tag.
                var end = i
                while end < n && bytes[end] != UInt8(ascii: "<") { end += 1 }
                if open.isEmpty {
                    var k = i
                    while k < end { if !isSpace(bytes[k]) { throw Failure(offset: k, message: "text outside the document element") }; k += 1 }
                } else if handler.wantsText {
                    handler.text(try decode(i, end))
                }
                i = end
                continue
            }
            guard i + 1 < n else { throw Failure(offset: i, message: "the file ends inside a tag") }
            let next = byte(i + 1)
            if next == UInt8(ascii: "?") {
                guard let end = find(Array("?>".utf8), from: i + 2) else { throw Failure(offset: i, message: "an unclosed <? ... ?>") }
                i = end + 2
                continue
            }
            if next == UInt8(ascii: "!") {
                if let end = find(Array("-->".utf8), from: i + 4), i + 3 < n, byte(i + 2) == UInt8(ascii: "-"), byte(i + 3) == UInt8(ascii: "-") {
                    i = end + 3
                } else if i + 8 < n, equals((i + 2)..<(i + 9), "[CDATA[") {
                    guard let end = find(Array("]]>".utf8), from: i + 9) else { throw Failure(offset: i, message: "an unclosed CDATA section") }
                    if !open.isEmpty { handler.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 9)..<end]), as: UTF8.self)) }
                    i = end + 3
                } else {
                    guard let end = find(Array(">".utf8), from: i + 2) else { throw Failure(offset: i, message: "an unclosed <!") }
                    i = end + 1
                }
                continue
            }
            if next == UInt8(ascii: "/") {
                var k = i + 2
                while k < n && isNameByte(bytes[k]) { k += 1 }
                let name = (i + 2)..<k
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n, bytes[k] == UInt8(ascii: ">") else { throw Failure(offset: i, message: "the file ends inside an end tag") }
                guard let top = open.popLast() else { throw Failure(offset: i, message: "an end tag with no element open") }
                guard top.count == name.count, zip(top, name).allSatisfy({ bytes[$0] == bytes[$1] }) else {
                    throw Failure(offset: i, message: "</\(String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self))> closes <\(String(decoding: UnsafeBufferPointer(rebasing: bytes[top]), as: UTF8.self))>")
                }
                handler.end(element(name))
                i = k + 1
                continue
            }
            // A start tag.
            if open.isEmpty && sawRoot { throw Failure(offset: i, message: "a second document element") }
            var k = i + 1
            while k < n && isNameByte(bytes[k]) { k += 1 }
            let name = (i + 1)..<k
            if name.isEmpty { throw Failure(offset: i, message: "a '<' that starts no tag") }
            var attributes = Attributes()
            var selfClosing = false
            while true {
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n else { throw Failure(offset: i, message: "the file ends inside a tag") }
                if bytes[k] == UInt8(ascii: ">") { k += 1; break }
                if bytes[k] == UInt8(ascii: "/") {
                    guard k + 1 < n, bytes[k + 1] == UInt8(ascii: ">") else { throw Failure(offset: k, message: "a '/' inside a tag") }
                    selfClosing = true
                    k += 2
                    break
                }
                let attrStart = k
                while k < n && isNameByte(bytes[k]) { k += 1 }
                let attr = attrStart..<k
                while k < n && isSpace(bytes[k]) { k += 1 }
                guard k < n, bytes[k] == UInt8(ascii: "=") else { throw Failure(offset: k, message: "an attribute without a value") }
                k += 1
                while k < n && isSpace(bytes[k]) { k += 1 }
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
                k = end + 1
            }
            let kind = element(name)
            sawRoot = true
            handler.start(kind, attributes)
            if selfClosing { handler.end(kind) } else { open.append(name) }
            i = k
        }
        if let top = open.last { throw Failure(offset: n, message: "the file ends with <\(String(decoding: UnsafeBufferPointer(rebasing: bytes[top]), as: UTF8.self))> still open") }
        if !sawRoot { throw Failure(offset: n, message: "no document element") }
    }

    /// The line of a byte offset, for messages.
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }
}
