import Testing
import TerminalNcurses

@Suite("Starting the terminal")
struct StartTests {
    @Test("no TERM, or TERM=dumb, is refused before anything touches the terminal")
    func refusesDumb() {
        #expect(throws: NcursesTerminal.StartError.noTerminal(nil)) { try NcursesTerminal.start(environment: [:]) }
        #expect(throws: NcursesTerminal.StartError.noTerminal("dumb")) { try NcursesTerminal.start(environment: ["TERM": "dumb"]) }
    }

    @Test("without a terminal on stdin/stdout it says so rather than drawing into a pipe")
    func refusesPipes() {
        // `swift test` runs with pipes, not a TTY.
        #expect(throws: NcursesTerminal.StartError.notATTY) { try NcursesTerminal.start(environment: ["TERM": "xterm-256color"]) }
    }
}
