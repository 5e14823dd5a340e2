import ArgumentParser
import LotsenCore
import LotsenText
import LotsenWorkspace

extension Lotsen {
    /// `lotsen caseworker add|list|me`.
    struct CaseworkerGroup: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "caseworker", abstract: words.help(.caseworkerAbstract),
                                 subcommands: [Add.self, List.self, Me.self, Views.self, Contact.self, RoleCommand.self])
        }

        struct Add: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: words.help(.caseworkerAddAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(words.help(.initialsOption))) var initials: String
            @Option(help: ArgumentHelp(words.help(.nameOption))) var name: String
            @Option(help: ArgumentHelp(words.help(.orgOption)), completion: Completions.organisations) var org: String
            @Option(help: ArgumentHelp(words.help(.caseworkerPhoneOption))) var phone: String?
            @Option(help: ArgumentHelp(words.help(.caseworkerEmailOption))) var email: String?
            @Option(help: ArgumentHelp(words.help(.caseworkerLoginOption))) var login: String?
            @Option(help: ArgumentHelp(words.help(.caseworkerRoleOption))) var role: String?

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                // With contact details, one append: nobody sees the caseworker without them.
                var commands: [Command] = [.caseworker(.addCaseworker(initials: initials, name: name, organisation: org, login: login))]
                if let role { commands.append(.caseworker(.setRole(initials: initials, role: role))) }
                if phone != nil || email != nil {
                    commands.append(.caseworker(.setCaseworkerContact(initials: initials, phone: phone, email: email)))
                }
                let done = try ctx.perform(w, commands)
                if case .caseworker(.caseworkerAdded(let c)) = done.first?.event {
                    Console.out(ctx.lang.cli.say(.caseworkerAdded(initials: c.initials, name: c.name, organisation: c.organisation.label)))
                }
            }
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: words.help(.caseworkerListAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Flag(help: ArgumentHelp(words.jsonFlagHelp)) var json = false

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                let all = w.state.caseworkers.values.sorted { ($0.organisation, $0.initials) < ($1.organisation, $1.initials) }
                // Each one's caseload, for the coordinator who shares out the work.
                let load = Caseload.overview(w.state, today: ctx.today)
                func count(_ c: Caseworker) -> CaseloadCount { load[Caseworker.key(c.initials)] ?? CaseloadCount() }
                if json {
                    struct Row: Encodable { var initials: String; var name: String; var organisation: String; var participants: Int; var overdue: Int }
                    Console.out(try JSONOutput.encode(all.map {
                        Row(initials: $0.initials, name: $0.name, organisation: $0.organisation.code, participants: count($0).participants,
                            overdue: count($0).overdue)
                    }))
                    return
                }
                if all.isEmpty { Console.out(ctx.lang.cli.say(.noCaseworkers)); return }
                Console.out(TextTable(all.map {
                    [$0.initials, $0.name, $0.organisation.label, ctx.lang.cli.caseload(participants: count($0).participants, overdue: count($0).overdue)]
                }).render())
            }
        }

        struct Contact: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "contact", abstract: words.help(.caseworkerContactAbstract))
            }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.meArgument))) var initials: String
            @Option(help: ArgumentHelp(words.help(.caseworkerPhoneOption))) var phone: String?
            @Option(help: ArgumentHelp(words.help(.caseworkerEmailOption))) var email: String?

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readWrite)
                defer { w.close() }
                let done = try ctx.perform(w, [.caseworker(.setCaseworkerContact(initials: initials, phone: phone, email: email))])
                if let e = done.first { Console.out(ctx.lang.domain.describe(e.event, in: w.state)) }
            }
        }

        struct Views: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "views", abstract: words.help(.caseworkerViewsAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Option(help: ArgumentHelp(words.help(.viewSaveOption))) var save: String?
            @Option(help: ArgumentHelp(words.help(.viewFilterOption))) var filter: String = CaseloadFilter.all.rawValue
            @Option(help: ArgumentHelp(words.help(.viewSearchOption))) var search: String = ""
            @Flag(help: ArgumentHelp(words.help(.viewExitedFlag))) var exited = false
            @Option(help: ArgumentHelp(words.help(.viewRemoveOption))) var remove: String?

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(save != nil || remove != nil ? .readWrite : .readOnly)
                defer { w.close() }
                guard let author = ctx.author else { throw CommandFailure.usage(ctx.lang.domain.error(.noAuthor, names: { $0.value })) }
                if let name = save {
                    guard let f = CaseloadFilter(rawValue: filter.trimmingSpaces.lowercased()) else {
                        throw CommandFailure.usage(ctx.lang.domain.error(.invalid(.kind, .notOneOf(filter, CaseloadFilter.allCases.map(\.rawValue))),
                                                                         names: { $0.value }))
                    }
                    let done = try ctx.perform(w, [.caseworker(.saveView(by: author, SavedView(name: name, filter: f, query: search, includeExited: exited)))])
                    // The name as stored (invisible characters removed), not as typed.
                    if case .caseworker(.viewSaved(let v))? = done.first?.event { Console.out(ctx.lang.caseload.saved(v.name)) }
                    return
                }
                if let name = remove {
                    let done = try ctx.perform(w, [.caseworker(.removeView(by: author, name: name))])
                    if case .caseworker(.viewRemoved(let n))? = done.first?.event { Console.out(ctx.lang.caseload.removed(n)) }
                    return
                }
                let views = w.state.savedViews(of: author)
                if views.isEmpty { Console.out(ctx.lang.caseload.noViews); return }
                Console.out(TextTable(views.map { [$0.name, ctx.lang.caseload.describe($0)] }).render())
            }
        }

        struct Me: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(commandName: "me", abstract: words.help(.caseworkerMeAbstract)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: ArgumentHelp(words.help(.meArgument))) var initials: String

            func run() throws {
                let ctx = global.context
                let w = try ctx.open(.readOnly)
                defer { w.close() }
                guard !w.state.caseworkers.isEmpty, let c = w.state.caseworker(initials) else {
                    throw CommandFailure.usage(ctx.lang.domain.error(.unknownCaseworker(initials.uppercased()), names: { $0.value }))
                }
                guard let path = Settings.userPath(environment: ctx.environment) else {
                    throw CommandFailure.usage(ctx.lang.cli.noJournalLocation)
                }
                do { try AuthorConfig.write(c.initials, environment: ctx.environment) } catch {
                    throw CommandFailure.journal(ctx.lang.cli.say(.cannotWrite(path: path, reason: "\(error.localizedDescription)")))
                }
                Console.out(ctx.lang.cli.say(.authorSaved(initials: c.initials, path: path)))
            }
        }
    }
}
