import Glibc

/// Standard output and error, written with one `write` per message.
enum Console {
    static func out(_ text: String) { write(1, text.hasSuffix("\n") ? text : text + "\n") }
    static func error(_ text: String) { write(2, text.hasSuffix("\n") ? text : text + "\n") }

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
