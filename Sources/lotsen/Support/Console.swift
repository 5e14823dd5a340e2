import Glibc
import LotsenCore

/// Standard output and error, written with one `write` per message.
enum Console {
    static func out(_ text: String) { write(1, text.hasSuffix("\n") ? text : text + "\n") }
    /// Messages are ours, but they quote what people typed: whatever slipped through
    /// unquoted, no control byte but the line break reaches the terminal.
    static func error(_ text: String) {
        let safe = shown(text)
        write(2, safe.hasSuffix("\n") ? safe : safe + "\n")
    }

    /// Text of ours that quotes what people gave (a path, a line of a file), with every
    /// control byte but the line break written out rather than sent to the terminal.
    static func shown(_ text: String) -> String {
        text.unicodeScalars.contains { $0 != "\n" && Quoted.isHidden($0) && $0.value < 0xA0 }
            ? text.split(separator: "\n", omittingEmptySubsequences: false).map { Quoted.text(String($0)) }.joined(separator: "\n")
            : text
    }

    static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { if errno == EINTR { continue } else { return } }
            done += n
        }
        bytes.removeAll()
    }

    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) != 0 }
}
