import ArgumentParser
import Glibc
import LotsenCalendar
import LotsenJournal
import LotsenText
import LotsenTUI
import LotsenWorkspace
import TerminalNcurses

extension Lotsen {
    /// Plain `lotsen`: the full-screen UI on the journal.
    struct UI: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: words.help(.uiAbstract)) }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let ctx = global.context
            let lang = ctx.lang
            // A journal that cannot be written still opens, read-only, with the reason shown.
            let workspace: Workspace
            do {
                workspace = try ctx.open(.readWrite)
            } catch let failure as CommandFailure where failure.code == 3 {
                Console.error(failure.message)
                workspace = try ctx.open(.readOnly)
            }
            defer { workspace.close() }
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal.start(environment: ctx.environment)
            } catch {
                throw CommandFailure.usage(lang.cli.say(.terminalRefused(reason: TerminalText.describe(error, lang))))
            }
            defer { terminal.stop() }
            let app = TUIApp(backend: terminal, workspace: workspace, lang: lang,
                             today: { CommandContext.localDay(.now()) }, dayOf: { CommandContext.localDay($0) })
            app.run { terminal.pendingSignal() != nil }
        }
    }
}

enum TerminalText {
    static func describe(_ e: NcursesTerminal.StartError, _ lang: Language) -> String {
        switch (e, lang) {
        case (.noTerminal(let t), .sv): return "TERM är \(t.map { "”\($0)”" } ?? "inte satt"); en riktig terminal behövs (t.ex. TERM=xterm-256color)"
        case (.noTerminal(let t), .en): return "TERM is \(t.map { "“\($0)”" } ?? "not set"); a real terminal is needed (e.g. TERM=xterm-256color)"
        case (.unknownTerminal(let t), .sv): return "terminaltypen ”\(t)” är okänd"
        case (.unknownTerminal(let t), .en): return "the terminal type “\(t)” is unknown"
        case (.noCursorAddressing(let t), .sv): return "terminalen ”\(t)” kan inte flytta markören"
        case (.noCursorAddressing(let t), .en): return "the terminal “\(t)” cannot move the cursor"
        case (.notATTY, .sv): return "standard in och ut är ingen terminal; använd kommandona (lotsen find, show …) i skript"
        case (.notATTY, .en): return "standard input and output are not a terminal; use the commands (lotsen find, show …) in scripts"
        }
    }
}
