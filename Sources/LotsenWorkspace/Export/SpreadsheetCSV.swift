/// CSV that opens right in Swedish Excel: UTF-8 with a byte-order mark, `;` between
/// cells, CRLF line ends, and every cell that could be read as a formula (`=`, `+`, `-`,
/// `@`, tab, CR at its start) defused with a leading apostrophe (OWASP's advice).
public struct SpreadsheetCSV {
    private var out: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init() {}

    public mutating func row(_ cells: [String]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ";")) }
            out.append(contentsOf: Array(Self.cell(cell).utf8))
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    public var bytes: [UInt8] { out }

    static func cell(_ raw: String) -> String {
        var value = raw
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
