/// The standard five-character SQLSTATE code, as the drivers write it into error messages
/// ("... SQLSTATE 42P01", "MySQL error 1146 (SQLSTATE 42S02): ...").
public enum SQLState {
    /// `42P01` from "... SQLSTATE 42P01"; `nil` when the message has none.
    public static func code(in message: String) -> String? {
        guard let r = message.range(of: "SQLSTATE ") else { return nil }
        let s = message[r.upperBound...].prefix(while: { $0.isLetter || $0.isNumber })
        return s.count == 5 ? String(s) : nil
    }
}
