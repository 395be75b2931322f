import Foundation
import Strata

/// Reads a MySQL Workbench model (`.mwb`: a zip holding `document.mwb.xml`, or the bare XML)
/// into a `Schema`, the way a MySQL/MariaDB server would report it once the model is applied.
/// See shared/workbench-format.md for the format; every error names the file.
public struct WorkbenchReader: Sendable {
    /// The model file.
    public let path: String
    /// A reader of the model at `path`.
    public init(path: String) { self.path = path }

    /// A model as read: its schemas with their tables, and warnings that name the objects.
    public struct Model: Sendable {
        /// The model's schemas, in its order.
        public var schemas: [Schema]
        /// Their names.
        public var schemaNames: [String]
        /// Doubts met on the way, one line each, naming the file and the object.
        public var warnings: [String]
        /// Objects a MySQL server would refuse, each naming its schema (`InvalidObject.schemaLabel`).
        public var invalid: [InvalidObject] = []
        /// The document's format version.
        public var formatVersion: String
    }

    /// Reads the model; `schema` picks one when the model has several.
    public func schema(named schemaName: String? = nil) throws -> (Schema, [String]) {
        let picked = try pick(schemaName)
        return (picked.schema, picked.warnings)
    }

    /// One schema of the model with its warnings and the objects a MySQL server would refuse.
    public func pick(_ schemaName: String? = nil) throws -> (schema: Schema, name: String?, warnings: [String], invalid: [InvalidObject]) {
        let model = try read()
        if let schemaName {
            guard let i = model.schemaNames.firstIndex(of: schemaName) else {
                throw StrataError.usage("\(path): no schema '\(schemaName)' in the model (it has: \(model.schemaNames.joined(separator: ", ")))")
            }
            return (model.schemas[i], schemaName, model.warnings.filter { $0.hasPrefix(schemaName + ".") || $0.hasPrefix(schemaName + ":") },
                    model.invalid.filter { $0.schemaLabel == schemaName })
        }
        guard model.schemas.count == 1 else {
            if model.schemas.isEmpty { return (Schema(engine: .mysql), nil, model.warnings, model.invalid) }
            throw StrataError.usage("\(path) has \(model.schemas.count) schemas (\(model.schemaNames.joined(separator: ", "))): pick one with \(path)#SCHEMA")
        }
        return (model.schemas[0], model.schemaNames[0], model.warnings, model.invalid)
    }

    /// Reads the whole model; errors name the file and what is broken.
    public func read() throws -> Model {
        let data = try documentData()
        let doc = try GRTDocument.parse(data, path: path)
        var builder = WorkbenchModelBuilder(doc: doc, path: path)
        return try builder.build()
    }

    /// The largest `document.mwb.xml` read (the largest public models are under 20 MiB).
    public static let maxDocumentSize = 256 * 1_048_576

    /// `document.mwb.xml` from the zip, or the file itself when it is XML.
    func documentData() throws -> Data {
        // A bare XML document is read whole: bound it before reading, as the zipped one is bounded while unpacking.
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? UInt64, size > UInt64(WorkbenchReader.maxDocumentSize) {
            throw StrataError.usage("\(path): \(size / 1_048_576) MiB, more than the \(WorkbenchReader.maxDocumentSize / 1_048_576) MiB a Workbench model may have")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file"
            throw StrataError.io("cannot read Workbench model \(path): \(reason)")
        }
        let head = [UInt8](data.prefix(5))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let bytes = [UInt8](data)
            let entry: ZipEntry?
            do { entry = try ZipEntry.find("document.mwb.xml", in: bytes) } catch let damaged as ZipEntry.Damaged {
                throw StrataError.usage("\(path): not a readable zip archive (\(damaged.reason); the file may be damaged, e.g. by a text conversion in git)")
            }
            guard let entry else {
                throw StrataError.usage("\(path): the archive has no document.mwb.xml, so it is not a Workbench model")
            }
            // A model's document is a few MB; a zip bomb claims (or inflates to) gigabytes.
            let limit = WorkbenchReader.maxDocumentSize
            guard entry.uncompressedSize <= limit else {
                throw StrataError.usage("\(path): document.mwb.xml would unpack to \(entry.uncompressedSize / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB a Workbench model may have")
            }
            // The CRC32 is checked: a model damaged in a way that still inflates and parses must not become a migration.
            let xml: Data
            do { xml = try entry.data(in: bytes, limit: limit) } catch is ZipEntry.TooLarge {
                throw StrataError.usage("\(path): document.mwb.xml unpacks to more than the \(limit / 1_048_576) MiB a Workbench model may have")
            } catch let damaged as ZipEntry.Damaged {
                throw StrataError.usage("\(path): document.mwb.xml cannot be unpacked (\(damaged.reason))")
            }
            return xml
        }
        let text = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("<?xml") || text.hasPrefix("<data") { return data }
        throw StrataError.usage("\(path): neither a zip archive nor XML, so not a Workbench model")
    }
}
