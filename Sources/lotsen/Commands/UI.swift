import ArgumentParser
import Glibc
import LotsenCalendar
import LotsenJournal
import LotsenText
import LotsenTUI
import LotsenWorkspace
import TerminalCore
import TerminalNcurses

extension Lotsen {
    /// Plain `lotsen`: the full-screen UI on the journal.
    struct UI: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "ui", abstract: words.help(.uiAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Option(name: .customLong("idle-minutes"), help: ArgumentHelp(words.help(.idleMinutesOption))) var idleMinutes = 5

        func run() throws {
            // The present is opened, written and followed; `--as-of` only says what the
            // screens show first (Ctrl-T comes back to today).
            let pastDay = try global.context(past).past
            let ctx = global.context
            let lang = ctx.lang
            let mouse = Settings.process.mouse
            // A long first open (no snapshot yet) shows a progress screen: the terminal is
            // taken when there is something to show, else only when the screens start.
            var early: NcursesTerminal?
            defer { early?.stop() }
            let progress = ProgressLine(.open, lang: lang, enabled: Console.isTerminal(1)) { p in
                if early == nil { early = try? NcursesTerminal.start(environment: ctx.environment, mouse: mouse) }
                guard let t = early else { return }
                t.draw(ProgressScreen.render(size: t.size, lang: lang, .open, p), cursor: nil)
            }
            // A journal that cannot be written still opens, read-only, with the reason shown.
            let workspace: Workspace
            do {
                workspace = try ctx.open(.readWrite, progress: progress.update)
            } catch let failure as CommandFailure where failure.code == 3 {
                early?.stop()
                Console.error(failure.message)
                workspace = try ctx.open(.readOnly, progress: progress.update)
            }
            defer { workspace.close() }
            // The screens are about people: a statistician's or an administrator's work is on the command line.
            do { try ctx.require(.personData, in: workspace) } catch {
                early?.stop()
                throw error
            }
            let terminal: NcursesTerminal
            do throws(NcursesTerminal.StartError) {
                if let early { terminal = early } else { terminal = try NcursesTerminal.start(environment: ctx.environment, mouse: mouse) }
            } catch {
                throw CommandFailure.usage(lang.cli.say(.terminalRefused(TerminalProblem(error))))
            }
            defer { terminal.stop() }
            let app = TUIApp(backend: terminal, workspace: workspace, lang: lang,
                             today: ctx.clock.today, dayOf: LocalClock.day(of:), minuteOf: LocalClock.minute(of:),
                             startOfDayAfter: LocalClock.start(ofDayAfter:))
            app.login = SharedDesk.callerLogin() ?? "?"
            app.idleMilliseconds = idleMinutes > 0 ? Int64(idleMinutes) * 60_000 : nil
            if SharedDesk.isGateway {
                app.exportsDirectory = SharedDesk.callerHome().map { $0 + "/lotsen-exports" }
                app.writeAsCaller = { body in try SharedDesk.asCaller { try body() } }
            } else if workspace.journal.isInStore {
                // No journal directory on this desk (its cache is no place to look for a
                // printout): the caseworker's home, as on a shared desk.
                app.exportsDirectory = SharedDesk.callerHome().map { $0 + "/lotsen-exports" }
            }
            if let pastDay { app.show(past: pastDay) }
            app.run { terminal.pendingSignal() != nil }
        }
    }
}

extension TerminalProblem {
    init(_ e: NcursesTerminal.StartError) {
        switch e {
        case .noTerminal(let t): self = .noTerminal(t)
        case .unknownTerminal(let t): self = .unknownTerminal(t)
        case .noCursorAddressing(let t): self = .noCursorAddressing(t)
        case .notATTY: self = .notATTY
        }
    }
}
