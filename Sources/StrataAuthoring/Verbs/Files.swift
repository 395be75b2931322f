import Foundation

/// Writing the files the verbs create.
public enum Files {
    /// Writes a new file; refuses to overwrite one (exit 2, naming the path).
    public static func create(_ text: String, at path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw StrataError.io("\(path) exists already") }
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw StrataError.io("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
