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

    /// Reports the elements of `bytes` to `handler` in document order, or the first place the XML is malformed.
    static func scan<H: Handler>(_ bytes: UnsafeBufferPointer<UInt8>, into handler: inout H) throws(Failure) {
        var cursor = GRTCursor(bytes)
        while !cursor.atEnd {
            guard cursor.current == UInt8(ascii: "<") else { try cursor.text(into: &handler); continue }
            switch cursor.peek(1) {
            case nil: throw Failure(offset: cursor.i, message: "the file ends inside a tag")
            case UInt8(ascii: "?"): try cursor.declaration()
            case UInt8(ascii: "!"): try cursor.commentOrCDATA(into: &handler)
            case UInt8(ascii: "/"): try cursor.endTag(into: &handler)
            default: try cursor.startTag(into: &handler)
            }
        }
        try cursor.finish()
    }

    /// The line of a byte offset, for messages.
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A { line += 1 }
        return line
    }
}
