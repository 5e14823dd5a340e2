import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen placement add|list|show|edit|assign`: the placement bank.
    struct PlacementGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "placement", abstract: programmeWords.help(.placementAbstract),
                                 subcommands: [Add.self, List.self, Show.self, Edit.self, Assign.self], defaultSubcommand: List.self)
        }

        struct WorkplaceOptions: ParsableArguments {
            @Option(help: ArgumentHelp(programmeWords.help(.workplaceNameOption))) var name: String?
            @Option(help: ArgumentHelp(programmeWords.help(.sectorOption))) var sector: String?
            @Option(help: ArgumentHelp(programmeWords.help(.capacityOption))) var capacity: String?
            @Option(help: ArgumentHelp(programmeWords.help(.addressOption))) var address: String?
            @Option(help: ArgumentHelp(programmeWords.help(.contactOption))) var contact: String?
            @Option(help: ArgumentHelp(programmeWords.help(.phoneOption))) var phone: String?
            @Option(help: ArgumentHelp(programmeWords.help(.notesOption))) var notes: String?

            var input: WorkplaceInput {
                WorkplaceInput(name: name, sector: sector, address: address, contact: contact, phone: phone, capacity: capacity, notes: notes)
            }
        }

        struct Add: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: programmeWords.help(.placementAddAbstract)) }
            @OptionGroup var global: GlobalOptions
            @OptionGroup var fields: WorkplaceOptions

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                try ctx.record(w, nil, [.programme(.addWorkplace(fields.input))])
            }
        }

        struct Edit: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "edit", abstract: programmeWords.help(.placementEditAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(programmeWords.help(.workplaceArgument))) var workplace: String
            @OptionGroup var fields: WorkplaceOptions

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                try ctx.record(w, nil, [.programme(.updateWorkplace(workplace, fields.input))])
            }
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: programmeWords.help(.placementListAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let all = w.state.workplaceList
                if json {
                    Console.out(try JSONOutput.encode(all.map { WorkplaceJSON($0, state: w.state) }))
                    return
                }
                let l = ctx.lang.programme
                var rows = [["#", ctx.lang.domain.label(.name).capitalizedFirst, l.label(.sector).capitalizedFirst,
                             l.label(.capacity).capitalizedFirst, l.label(.free).capitalizedFirst, l.label(.contact).capitalizedFirst]]
                for wp in all {
                    rows.append([String(wp.id), wp.name, wp.sector, String(wp.capacity), String(w.state.freePlaces(wp.id)),
                                 [wp.contact, wp.phone].compactMap { $0 }.joined(separator: " ")])
                }
                Console.out(TextTable(rows).render())
            }
        }

        struct Show: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: programmeWords.help(.placementShowAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(programmeWords.help(.workplaceArgument))) var workplace: String
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let wp: Workplace
                do {
                    wp = try CommandPlanner(state: w.state, today: ctx.today) { ParticipantID("") }.workplace(workplace)
                } catch {
                    throw CommandFailure.usage(ctx.lang.domain.error(error, names: { $0.value }))
                }
                if json {
                    Console.out(try JSONOutput.encode(WorkplaceJSON(wp, state: w.state)))
                } else {
                    Console.out(ProgrammeText.workplace(wp, state: w.state, lang: ctx.lang, today: ctx.today))
                }
            }
        }

        /// Moves someone in Kanalen to another workplace.
        struct Assign: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "assign", abstract: programmeWords.help(.placementAssignAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.whoArgument))) var who: String
            @Argument(help: ArgumentHelp(programmeWords.help(.workplaceArgument))) var workplace: String
            @Option(help: ArgumentHelp(programmeWords.help(.placementEndOption))) var until: String?
            @Option(help: ArgumentHelp(words.help(.dateOption))) var date: String?

            func run() throws {
                let ctx = global.context
                try ctx.record(who: who) { id in [.programme(.changePlacement(id, workplace: workplace, date: date, plannedEnd: until))] }
            }
        }
    }

    /// `lotsen board`: the stage board for scripts.
    struct BoardCommand: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "board", abstract: programmeWords.help(.boardAbstract)) }
        @OptionGroup var global: GlobalOptions
        @OptionGroup var past: PastOption
        @Flag(help: ArgumentHelp(programmeWords.help(.mineFlag))) var mine = false
        @Option(help: ArgumentHelp(programmeWords.help(.caseworkerFilterOption))) var caseworker: String?
        @Option(help: ArgumentHelp(programmeWords.help(.organisationFilterOption)), completion: Completions.organisations) var organisation: String?
        @Flag(help: ArgumentHelp(programmeWords.help(.exitedFlag))) var exited = false
        @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

        func run() throws {
            let ctx = try global.context(past)
            let w = try ctx.open(.readOnly)
            defer { w.close() }
            var filter = ResponsibilityFilter.all
            if let c = caseworker ?? (mine ? ctx.author : nil) {
                guard w.state.caseworker(c) != nil else { throw CommandFailure.usage(ctx.lang.domain.error(.unknownCaseworker(c), names: { $0.value })) }
                filter = .caseworker(c)
            } else if mine {
                throw CommandFailure.usage(ctx.lang.domain.error(.noAuthor, names: { $0.value }))
            }
            if let o = organisation {
                do { filter = .organisation(try FieldParsing.organisation(o, in: w.state)) } catch {
                    throw CommandFailure.usage(ctx.lang.domain.error(error, names: { $0.value }))
                }
            }
            try ctx.require(.personData, in: w)
            let board = Board(w.state, filter: filter, includeExited: exited, today: ctx.today, viewer: ctx.author)
            if json {
                Console.out(try JSONOutput.encode(Stage.allCases.map { BoardLaneJSON(stage: $0, board: board, state: w.state, today: ctx.today) }))
            } else {
                Console.out(ProgrammeText.board(board, state: w.state, lang: ctx.lang, today: ctx.today))
            }
        }
    }
}
