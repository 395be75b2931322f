import Foundation

/// Writes new revision files in the documented format.
public enum RevisionWriter {
    /// A fresh random 12-hex-digit revision id.
    public static func newID() -> String {
        var g = SystemRandomNumberGenerator()
        return (0..<6).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &g)) }.joined()
    }

    /// The file name for a revision: `20261121_0930_4be1c2_add_invoices.sql`.
    public static func fileName(id: String, message: String, date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd_HHmm"
        var slug = ""
        for ch in message.lowercased() {
            if ch.isLetter && ch.isASCII || ch.isNumber && ch.isASCII { slug.append(ch) } else if !slug.hasSuffix("_") { slug.append("_") }
        }
        slug = String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "_")).prefix(40))
        return "\(f.string(from: date))_\(id.prefix(6))" + (slug.isEmpty ? "" : "_\(slug)") + ".sql"
    }

    /// The text of a revision file. Sections with SQL are written as given; empty ones get a hint.
    public static func render(_ r: Revision) -> String {
        var out = "-- strata:revision \(r.id)\n"
        out += "-- strata:parents \(r.parents.joined(separator: " "))\n".replacingOccurrences(of: " \n", with: "\n")
        out += "-- strata:message \(UnsafeText.oneLine(r.message))\n"
        if let created = r.created { out += "-- strata:created \(created)\n" }
        if !r.branchLabels.isEmpty { out += "-- strata:branch-labels \(r.branchLabels.joined(separator: " "))\n" }
        if !r.dependsOn.isEmpty { out += "-- strata:depends-on \(r.dependsOn.joined(separator: " "))\n" }
        if !r.transactional { out += "-- strata:transaction off\n" }
        func sections(_ name: String, _ list: [RevisionSection], hint: String) {
            if list.isEmpty {
                out += "\n-- strata:\(name)\n\(hint)\n"
            }
            for s in list {
                out += "\n-- strata:\(name)\(s.engine.map { " \($0.rawValue)" } ?? "")\n"
                out += s.sql.isEmpty ? "\(hint)\n" : "\(s.sql)\n"
            }
        }
        sections("upgrade", r.upgrade, hint: "-- Write the SQL that applies this revision here.")
        sections("downgrade", r.downgrade, hint: "-- Write the SQL that undoes this revision here.")
        return out
    }

    /// ISO 8601 UTC timestamp with seconds, as written in `-- strata:created`.
    public static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}
