import Foundation
import Strata

/// A value of Workbench's generic object graph (GRT), as `document.mwb.xml` serialises it.
enum GRTValue {
    case int(Int)
    case real(Double)
    case string(String)
    case list([GRTValue])
    case dict([String: GRTValue])
    case object(GRTObject)
    /// A reference by object id (forward references are normal: resolve through the document's id map).
    case link(String)
    case null
}

/// One GRT object: its struct name, id and members by key.
final class GRTObject {
    let structName: String
    let id: String
    var members: [String: GRTValue] = [:]

    init(structName: String, id: String) {
        self.structName = structName
        self.id = id
    }

    func string(_ key: String) -> String {
        if case .string(let s)? = members[key] { return s }
        return ""
    }

    func int(_ key: String) -> Int? {
        if case .int(let i)? = members[key] { return i }
        return nil
    }

    func flag(_ key: String) -> Bool { (int(key) ?? 0) != 0 }
}

/// The parsed document: the root value and every object by id.
struct GRTDocument {
    let root: GRTValue
    let objects: [String: GRTObject]
    /// The `version` attribute of `<data>`: the document format (1.1.0 ... 1.4.4).
    let formatVersion: String

    /// The object a value is or links to.
    func resolve(_ value: GRTValue?) -> GRTObject? {
        switch value {
        case .object(let o)?: return o
        case .link(let id)?: return objects[id]
        default: return nil
        }
    }

    /// The objects of a list member, links resolved, unresolvable items left out.
    func list(_ object: GRTObject?, _ key: String) -> [GRTObject] {
        guard case .list(let items)? = object?.members[key] else { return [] }
        return items.compactMap { resolve($0) }
    }

    /// The strings of a string-list member.
    func strings(_ object: GRTObject?, _ key: String) -> [String] {
        guard case .list(let items)? = object?.members[key] else { return [] }
        return items.compactMap { if case .string(let s) = $0 { return s }; return nil }
    }

    /// The id a link member holds, resolvable or not (built-in type ids are not in the file).
    func linkID(_ object: GRTObject?, _ key: String) -> String? {
        switch object?.members[key] {
        case .link(let id)?: return id
        case .object(let o)?: return o.id
        default: return nil
        }
    }

    /// Parses GRT XML; errors give the line.
    static func parse(_ data: Data, path: String) throws -> GRTDocument {
        var builder = GRTBuilder()
        let failure = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> (line: Int, message: String)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(GRTScanner.Failure) { try GRTScanner.scan(bytes, into: &builder); return nil } catch {
                return (GRTScanner.line(of: error.offset, in: bytes), error.message)
            }
        }
        if let failure {
            throw StrataError.revisionFile(path: path, line: failure.line, message: "not a readable Workbench document: \(SQLText.oneLine(failure.message, limit: 160))")
        }
        if builder.tooDeep {
            throw StrataError.usage("\(path): not a readable Workbench document: values nested more than \(GRTBuilder.maxDepth) levels deep")
        }
        guard let root = builder.root else {
            throw StrataError.revisionFile(path: path, line: 1, message: "no <data> document in the Workbench file")
        }
        return GRTDocument(root: root, objects: builder.objects, formatVersion: builder.version)
    }
}

/// Builds the GRT graph from the scanner's elements, as they stream by.
struct GRTBuilder: GRTScanner.Handler {
    struct Frame {
        let element: GRTScanner.Element
        let type: GRTScanner.ValueType
        let key: String?
        var text = ""
        var items: [GRTValue] = []
        var members: [String: GRTValue] = [:]
        let object: GRTObject?
    }

    var stack: [Frame] = []
    var root: GRTValue?
    var objects: [String: GRTObject] = [:]
    var version = ""

    init() { stack.reserveCapacity(32) }

    /// Real models nest a few dozen levels; a hostile one nests 100,000 to exhaust the stack.
    static let maxDepth = 256
    /// Elements skipped below `maxDepth` (their ends are skipped too); any makes the document refused.
    var overflow = 0
    var tooDeep = false

    mutating func start(_ element: GRTScanner.Element, _ attributes: GRTScanner.Attributes) {
        if element == .value || element == .link || element == .null, stack.count >= GRTBuilder.maxDepth || overflow > 0 {
            overflow += 1
            tooDeep = true
            return
        }
        switch element {
        case .data:
            version = attributes.version ?? ""
        case .value, .link:
            let type = attributes.type ?? .string
            var object: GRTObject? = nil
            if element == .value && type == .object {
                let o = GRTObject(structName: attributes.structName ?? "", id: attributes.id ?? "")
                if !o.id.isEmpty { objects[o.id] = o }
                object = o
            }
            stack.append(Frame(element: element, type: type, key: attributes.key, object: object))
        case .null:
            stack.append(Frame(element: element, type: .other, key: attributes.key, object: nil))
        case .other:
            break  // unknown elements are tolerated
        }
    }

    /// Whitespace between the children of a list, dict or object is no value.
    var wantsText: Bool {
        guard let frame = stack.last else { return false }
        return frame.element != .value || (frame.type != .list && frame.type != .object && frame.type != .dict)
    }

    mutating func text(_ text: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += text
    }

    mutating func end(_ element: GRTScanner.Element) {
        guard element == .value || element == .link || element == .null else { return }
        if overflow > 0 { overflow -= 1; return }
        guard let frame = stack.popLast() else { return }
        let value: GRTValue
        if frame.element == .null {
            value = .null
        } else if frame.element == .link {
            value = frame.type == .object ? .link(DDLText.trim(frame.text)) : .null
        } else {
            switch frame.type {
            case .int:
                let t = DDLText.trim(frame.text)
                value = .int(t.hasPrefix("0x") ? Int(t.dropFirst(2), radix: 16) ?? 0 : Int(t) ?? 0)
            case .real: value = .real(Double(DDLText.trim(frame.text)) ?? 0)
            case .list: value = .list(frame.items)
            case .dict: value = .dict(frame.members)
            case .object:
                frame.object!.members = frame.members
                value = .object(frame.object!)
            default: value = .string(frame.text)
            }
        }
        guard !stack.isEmpty else { root = value; return }
        if stack[stack.count - 1].type == .list { stack[stack.count - 1].items.append(value) }
        else if let key = frame.key { stack[stack.count - 1].members[key] = value }
    }
}
