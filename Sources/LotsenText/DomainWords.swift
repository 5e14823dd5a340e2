import LotsenCalendar
import LotsenCore

/// Words for the domain: field names, the values of each kind, and why a command was
/// refused. Swedish and English side by side.
public struct DomainWords: Spoken {
    public let language: Language

    public func field(_ f: Field) -> String {
        switch f {
        case .personnummer: return say("personnummer", "personal identity number")
        case .firstName: return say("förnamn", "first name")
        case .lastName: return say("efternamn", "last name")
        case .gender: return say("kön", "gender")
        case .phone: return say("telefon", "phone")
        case .email: return say("e-post", "e-mail")
        case .registered: return say("inskriven", "registered")
        case .referral: return say("kom via", "came via")
        case .bornAbroad: return say("utrikesfödd", "born abroad")
        case .disability: return say("funktionsnedsättning", "disability")
        case .afCategory: return say("AF-kategori", "AF category")
        case .gradesComplete: return say("gymnasiebetyg", "upper-secondary grades")
        case .incomeSupport: return say("försörjningsstöd", "income support")
        case .background: return say("bakgrund", "background")
        case .initials: return say("initialer", "initials")
        case .login: return say("inloggning", "login")
        case .role: return say("roll", "role")
        case .name: return say("namn", "name")
        case .organisation: return "organisation"
        case .organisations: return say("organisationer", "organisations")
        case .caseworker: return say("handläggare", "caseworker")
        case .date: return say("datum", "date")
        case .reason: return say("orsak", "reason")
        case .occupation: return say("yrke", "occupation")
        case .text: return "text"
        case .kind: return say("typ", "kind")
        case .corrects: return say("rättar", "corrects")
        case .who: return say("vem", "who")
        case .author: return say("författare", "author")
        // The programme.
        case .stage: return say("steg", "stage")
        case .workplace: return say("arbetsplats", "workplace")
        case .plannedEnd: return say("planerat slut", "planned end")
        case .income: return say("försörjning", "income")
        case .employer: return say("arbetsgivare", "employer")
        case .employmentForm: return say("anställningsform", "form of employment")
        case .outcome: return say("resultat", "outcome")
        case .hours: return say("timmar", "hours")
        case .item: return say("punkt", "item")
        case .sector: return say("bransch", "sector")
        case .address: return say("adress", "address")
        case .contact: return say("kontaktperson", "contact person")
        case .capacity: return say("antal platser", "places")
        case .evaluation: return say("deltagarens utvärdering", "participant's evaluation")
        case .supervisorView: return say("arbetsledarens synpunkter", "supervisor's view")
        case .activity: return say("aktivitet", "activity")
        case .visit: return say("besök", "visit")
        case .status: return "status"
        case .label: return "text"
        // Action plans and weekly tasks.
        case .start: return "start"
        case .end: return say("gäller till", "valid until")
        case .skills: return say("kompetensinventering", "skills inventory")
        case .labourMarket: return say("arbetsmarknadsinventering", "labour-market inventory")
        case .cv: return "CV"
        case .coverLetter: return say("personligt brev", "cover letter")
        case .term: return say("sikt", "term")
        case .what: return say("mål", "goal")
        case .measure: return say("hur vi vet", "how we will know")
        case .why: return say("varför", "why")
        case .steps: return say("steg (VEM: vad)", "steps (WHO: what)")
        case .due: return say("klart senast", "due")
        case .owner: return say("ansvarig", "responsible")
        case .goal: return say("mål nr", "goal no.")
        case .result: return say("resultat", "result")
        case .task: return say("uppgift", "task")
        case .comment: return say("kommentar", "comment")
        // Meetings and reports.
        case .meeting: return say("möte", "meeting")
        case .group: return say("grupp", "group")
        case .attendees: return say("närvarande", "attendees")
        case .guests: return say("gäster", "guests")
        case .decision: return say("beslut", "decision")
        case .position: return say("plats i ordningen", "position")
        case .title: return say("rubrik (en övrig fråga)", "heading (an other question)")
        case .threshold: return say("antal dagar", "number of days")
        case .year: return say("år", "year")
        case .target: return say("mål (insats eller avslut:orsak)", "target (activity or exit:reason)")
        case .count: return say("antal", "count")
        case .retentionYears: return say("antal år", "years")
        case .retentionStart: return say("räknat från", "counted from")
        case .backupDays: return say("dagar säkerhetskopior sparas", "days backups are kept")
        }
    }

    public func gender(_ g: Gender) -> String {
        switch g {
        case .woman: return say("kvinna", "woman")
        case .man: return "man"
        case .other: return say("annat", "other")
        case .unknown: return say("okänt", "unknown")
        }
    }

    public func referral(_ r: Referral) -> String {
        switch r {
        case .outreach: return say("uppsökande", "outreach")
        case .selfReferral: return say("självanmälan", "self-referral")
        case .af: return "AF"
        case .ifo: return "IFO"
        case .school: return say("skola/KAA", "school/KAA")
        case .other(let s): return Quoted.text(s)
        }
    }

    public func afCategory(_ c: AFCategory) -> String {
        switch c {
        case .openUnemployment: return say("11 öppet arbetslös", "11 open unemployment")
        case .youthGuarantee: return "69 UGA"
        case .notAvailable: return say("14 ej till förfogande", "14 not available")
        case .other: return say("annan", "other")
        default: return "skat " + c.rawValue
        }
    }

    public func exitReason(_ r: ExitReason) -> String {
        switch r {
        case .work: return say("arbete", "work")
        case .studies: return say("studier", "studies")
        case .otherMeasure: return say("annan insats", "other measure")
        case .moved: return say("flyttat", "moved")
        case .sick: return say("sjukdom", "illness")
        case .parentalLeave: return say("föräldraledighet", "parental leave")
        case .unknown: return say("okänd", "unknown")
        case .other: return say("annan", "other")
        }
    }

    public func noteKind(_ k: NoteKind) -> String {
        switch k {
        case .call: return say("samtal", "call")
        case .meeting: return say("möte", "meeting")
        case .other: return say("annat", "other")
        }
    }

    public func yesNo(_ b: Bool?) -> String { b.map { $0 ? say("ja", "yes") : say("nej", "no") } ?? say("okänt", "unknown") }

    public func clock(_ s: NinetyDayClock.Status) -> String {
        switch s {
        case .running(let d): return say("dag \(d) av 90", "day \(d) of 90")
        case .warning(let d): return say("dag \(d) av 90 – varning", "day \(d) of 90 – warning")
        case .overdue(let d): return say("dag \(d) – över 90 dagar", "day \(d) – over 90 days")
        case .stopped(let d): return say("insats startade efter \(d) dagar", "activity started after \(d) days")
        case .closed: return say("avslutad utan insats", "exited without an activity")
        }
    }

    public func personnummer(_ e: PersonnummerError) -> String {
        switch e {
        case .format: return say("personnumret ska skrivas ÅÅMMDD-NNNN, ÅÅÅÅMMDD-NNNN, ÅÅMMDDNNNN eller ÅÅÅÅMMDDNNNN (+ för den som fyllt 100)",
                                 "write it YYMMDD-NNNN, YYYYMMDD-NNNN, YYMMDDNNNN or YYYYMMDDNNNN (+ for people 100 or older)")
        case .date: return say("födelsedatumet i personnumret finns inte", "the date of birth in it does not exist")
        case .checkDigit: return say("kontrollsiffran (sista siffran) stämmer inte – kontrollera att siffrorna är rätt",
                                     "the check digit (the last digit) does not match – check the digits")
        case .future: return say("födelsedatumet i personnumret har inte inträffat än",
                                 "the date of birth in it has not happened yet")
        }
    }

    /// The words that may be typed for a closed list, as the help names them.
    public func choices(_ c: Choice) -> [String] {
        switch c {
        case .gender: return say(["kvinna", "man", "annat", "okänt"], ["woman", "man", "other", "unknown"])
        case .referral: return say(["uppsökande", "självanmälan", "af", "ifo", "skola", "annan:…"], ["outreach", "self", "af", "ifo", "school", "other:…"])
        case .afCategory: return say(["11", "69", "14", "annan"], ["11", "69", "14", "other"])
        case .noteKind: return say(["samtal", "möte", "annat"], ["call", "meeting", "other"])
        case .followUpResult: return say(["uppnått", "på väg", "inte uppnått", "ändrat"], ["achieved", "on the way", "not achieved", "changed"])
        case .taskResult: return say(["klar", "inte klar", "flyttad"], ["done", "not done", "moved"])
        case .documentStatus: return say(["saknas", "påbörjat", "klart"], ["missing", "started", "ready"])
        case .goalTerm: return say(["kort", "lång"], ["short", "long"])
        case .goalStatus: return say(["aktivt", "uppnått", "avslutat"], ["active", "achieved", "dropped"])
        case .position(let count): return ["1–\(count)"] + say(["först", "sist", "upp", "ner"], ["first", "last", "up", "down"])
        case .number: return say(["NUMMER"], ["NUMBER"])
        case .onOff: return say(["på", "av"], ["on", "off"])
        case .goalResult: return say(["NUMMER=RESULTAT[:kommentar]"], ["NUMBER=RESULT[:comment]"])
        }
    }

    public func problem(_ p: FieldProblem) -> String {
        switch p {
        case .empty: return say("får inte vara tomt", "must not be empty")
        case .controlCharacters: return say("innehåller styrtecken", "contains control characters")
        case .notADate(let t): return say("”\(Quoted.text(t))” är inget datum (skriv ÅÅÅÅ-MM-DD)",
                                          "“\(Quoted.text(t))” is not a date (write YYYY-MM-DD)")
        case .inTheFuture(let d): return say("\(d.iso) har inte inträffat än", "\(d.iso) has not happened yet")
        case .beforeRegistration(let d): return say("får inte vara före \(d.iso)", "must not be before \(d.iso)")
        case .notAPhoneNumber(let t): return say("”\(Quoted.text(t))” är inget telefonnummer",
                                                 "“\(Quoted.text(t))” is not a phone number")
        case .notAnEmail(let t): return say("”\(Quoted.text(t))” är ingen e-postadress",
                                            "“\(Quoted.text(t))” is not an e-mail address")
        case .notAYesNo(let t): return say("”\(Quoted.text(t))” är varken ja eller nej (ja/nej, 1/0, x/tomt)",
                                           "“\(Quoted.text(t))” is neither yes nor no (yes/no, 1/0, x/blank)")
        case .notAChoice(let t, .afCategory):
            return say("”\(Quoted.text(t))” är ingen sökandekategori: skriv AF:s kod med två siffror, till exempel 11, 14 eller 69 (eller annan)",
                       "“\(Quoted.text(t))” is not an AF category: write AF's two-digit code, for example 11, 14 or 69 (or other)")
        case .notAChoice(let t, let choice): return problem(.notOneOf(t, choices(choice)))
        case .notOneOf(let t, let options): return say("”\(Quoted.text(t))” är inget av: \(options.joined(separator: ", "))",
                                                       "“\(Quoted.text(t))” is none of: \(options.joined(separator: ", "))")
        case .tooLong(let n): return say("får vara högst \(n) tecken", "may be at most \(n) characters")
        }
    }

    public func error(_ e: DomainError, names: (ParticipantID) -> String) -> String {
        switch e {
        case .invalid(let f, let p): return "\(field(f).capitalizedFirst): \(problem(p))."
        case .personnummer(let p): return say("Personnummer: \(personnummer(p)).",
                                              "Personal identity number: \(personnummer(p)).")
        case .duplicatePersonnummer(let id): return say("Personnumret är redan inskrivet: \(names(id)).",
                                                        "That personal identity number is already registered: \(names(id)).")
        case .notFound(let t): return say("Ingen deltagare hittades för ”\(Quoted.text(t))”.",
                                          "No participant found for “\(Quoted.text(t))”.")
        case .ambiguous(let t, let ids):
            return say("”\(Quoted.text(t))” passar flera deltagare; skriv mer av namnet, personnumret eller id:\n",
                       "“\(Quoted.text(t))” fits several participants; type more of the name, the number, or the id:\n") + ids.map { "  \(names($0))" }.joined(separator: "\n")
        case .unknownCaseworker(let i): return say("Ingen handläggare med initialerna \(Quoted.text(i)). Lägg till med `lotsen caseworker add`.",
                                                   "No caseworker with the initials \(Quoted.text(i)). Add one with `lotsen caseworker add`.")
        case .caseworkerNotInOrganisation(let i, let o):
            return say("\(Quoted.text(i)) arbetar inte i \(o.label); ansvarig i \(o.label) blir någon av dess egna handläggare.",
                       "\(Quoted.text(i)) does not work in \(o.label); the one responsible in \(o.label) is one of its own caseworkers.")
        case .duplicateCaseworker(let i): return say("Det finns redan en handläggare med initialerna \(Quoted.text(i)).",
                                                     "There already is a caseworker with the initials \(Quoted.text(i)).")
        case .unknownOrganisation(let o):
            return say("Okänd organisation ”\(Quoted.text(o))”. Kända: AF, AME, IFO, Vux, SYV, KAA och de andra organisationer handläggarna tillhör.",
                       "Unknown organisation “\(Quoted.text(o))”. Known: AF, AME, IFO, Vux, SYV, KAA and the other organisations caseworkers belong to.")
        case .alreadyExited(let id): return say("\(names(id)) är redan avslutad. Skriv in igen med `lotsen reregister`.",
                                                "\(names(id)) has already exited. Register again with `lotsen reregister`.")
        case .notExited(let id): return say("\(names(id)) är inskriven nu; bara den som avslutats kan skrivas in igen.",
                                            "\(names(id)) is registered now; only someone who exited can be registered again.")
        case .noConsent(let id): return say("\(names(id)) har inget gällande samtycke att återkalla.",
                                            "\(names(id)) has no consent in force to withdraw.")
        case .noteNotFound(let n): return say("Det finns ingen anteckning nummer \(n) för deltagaren.",
                                              "The participant has no note number \(n).")
        case .notPermitted(let p, let role):
            return say("Som \(self.role(role)) får du inte \(permission(p)).", "As \(self.role(role)) you may not \(permission(p)).")
        case .loginTaken(let login, let by):
            return say("Inloggningen ”\(Quoted.text(login))” hör redan till \(by).", "The login “\(Quoted.text(login))” belongs to \(by) already.")
        case .notShared(let id, let home, let viewer):
            let who = home?.label ?? say("en annan organisation", "another organisation")
            return say("\(names(id)) är inskriven hos \(who), och samtycket omfattar inte \(viewer.label): programmet, planen och uppgifterna är inte dina att se eller ändra. Kontakta \(who).",
                       "\(names(id)) is registered with \(who), and the consent does not cover \(viewer.label): the programme, plan and tasks are not yours to see or change. Contact \(who).")
        case .unknownAuthor(let a): return say("”\(Quoted.text(a))” är ingen handläggare i journalen. Lägg till dig med `lotsen caseworker add --initials \(Quoted.text(a)) …`.",
                                               "“\(Quoted.text(a))” is not a caseworker in this journal. Add yourself with `lotsen caseworker add --initials \(Quoted.text(a)) …`.")
        case .noAuthor:
            return say("Ange vem du är: --as INITIALER, miljövariabeln LOTSEN_AS, eller spara det en gång för alla med `lotsen caseworker me INITIALER`.",
                       "Say who you are: --as INITIALS, the LOTSEN_AS environment variable, or save it once with `lotsen caseworker me INITIALS`.")
        case .nothingToDo: return say("Inget att ändra.", "Nothing to change.")
        case .programme(let p): return language.programme.problem(p)
        case .meeting(let p): return language.meeting.problem(p)
        case .undo(let r): return language.undo.refusal(r)
        case .viewNotFound(let n): return say("Du har ingen sparad vy som heter ”\(Quoted.text(n))”.",
                                              "You have no saved view called “\(Quoted.text(n))”.")
        case .gallring(let p): return language.gallring.problem(p)
        }
    }

    /// One line saying what an entry recorded, for the register extract and the history.
    /// With the state, workplaces and checklist items are named rather than numbered.
    public func describe(_ e: Event, in state: LotsenState? = nil) -> String {
        switch e {
        case .caseworker(.caseworkerAdded(let c)): return say("Handläggare tillagd: \(c.initials) \(c.name), \(c.organisation.label)",
                                                              "Caseworker added: \(c.initials) \(c.name), \(c.organisation.label)")
        case .caseworker(.roleSet(let i, let role)): return say("\(i) har rollen \(self.role(role))", "\(i) has the role \(self.role(role))")
        case .caseworker(.caseworkerContact(let i, let phone, let email)):
            return say("Kontaktuppgifter för \(i): ", "Contact details of \(i): ")
                + [phone.map { say("telefon ", "phone ") + ($0.isEmpty ? "–" : $0) }, email.map { say("e-post ", "e-mail ") + ($0.isEmpty ? "–" : $0) }]
                    .compactMap { $0 }.joined(separator: ", ")
        case .caseworker(.viewSaved(let v)):
            return say("Vy sparad: ”\(v.name)” – \(language.caseload.filter(v.filter))", "View saved: “\(v.name)” – \(language.caseload.filter(v.filter))")
                + (v.query.isEmpty ? "" : say(", sökning ”\(v.query)”", ", search “\(v.query)”"))
                + (v.includeExited ? say(", även avslutade", ", including exited") : "")
        case .caseworker(.viewRemoved(let n)): return say("Vy borttagen: ”\(n)”", "View removed: “\(n)”")
        case .participant(.participantRegistered(let r)):
            return say("Inskriven \(r.registered.iso): \(r.profile.fullName), \(r.personnummer.formatted), \(gender(r.profile.gender))",
                       "Registered \(r.registered.iso): \(r.profile.fullName), \(r.personnummer.formatted), \(gender(r.profile.gender))")
                + (r.profile.phones.isEmpty ? "" : say(", telefon \(r.profile.phones.joined(separator: ", "))",
                                                       ", phone \(r.profile.phones.joined(separator: ", "))"))
                + (r.profile.email.map { say(", e-post \($0)", ", e-mail \($0)") } ?? "")
        case .participant(.participantUpdated(let u)):
            var parts: [String] = []
            if let v = u.personnummer { parts.append(say("personnummer \(v.formatted)",
                                                         "personal identity number \(v.formatted)")) }
            if let v = u.firstName { parts.append(say("förnamn \(v)", "first name \(v)")) }
            if let v = u.lastName { parts.append(say("efternamn \(v)", "last name \(v)")) }
            if let v = u.gender { parts.append(say("kön \(gender(v))", "gender \(gender(v))")) }
            if let v = u.phones { parts.append(say("telefon \(v.joined(separator: ", "))",
                                                   "phone \(v.joined(separator: ", "))")) }
            if let v = u.email { parts.append(say("e-post \(v)", "e-mail \(v)")) }
            if let v = u.referral { parts.append(say("kom via \(referral(v))", "came via \(referral(v))")) }
            if let v = u.bornAbroad { parts.append(say("utrikesfödd \(yesNo(v))", "born abroad \(yesNo(v))")) }
            if let v = u.disability { parts.append(say("funktionsnedsättning \(yesNo(v))", "disability \(yesNo(v))")) }
            if let v = u.afCategory { parts.append(say("AF-kategori \(afCategory(v))",
                                                       "AF category \(afCategory(v))")) }
            if let v = u.gradesComplete { parts.append(say("gymnasiebetyg \(yesNo(v))",
                                                           "upper-secondary grades \(yesNo(v))")) }
            if let v = u.incomeSupport { parts.append(say("försörjningsstöd \(yesNo(v))",
                                                          "income support \(yesNo(v))")) }
            if let v = u.background { parts.append(say("bakgrund \(v)", "background \(v)")) }
            return say("Uppgifter ändrade: ", "Details changed: ") + parts.joined(separator: "; ")
        case .participant(.consentGiven(let d, let orgs)): return say("Samtycke \(d.iso): \(orgs.map(\.label).joined(separator: ", "))",
                                                                      "Consent \(d.iso): \(orgs.map(\.label).joined(separator: ", "))")
        case .participant(.consentWithdrawn(let d)): return say("Samtycke återkallat \(d.iso)",
                                                                "Consent withdrawn \(d.iso)")
        case .participant(.responsibilityAssigned(let o, let c, let d)): return say("Ansvarig i \(o.label) från \(d.iso): \(c)",
                                                                                    "Responsible in \(o.label) from \(d.iso): \(c)")
        case .participant(.noteAdded(let k, let t, let c)): return say("Anteckning (\(noteKind(k)))", "Note (\(noteKind(k)))") + (c.map { say(", rättar \($0)", ", corrects \($0)") } ?? "") + ": \(t)"
        case .participant(.participantExited(let d, let r, let o)): return say("Avslutad \(d.iso): \(exitReason(r))",
                                                                               "Exited \(d.iso): \(exitReason(r))") + (o.map { ", \($0)" } ?? "")
        case .participant(.participantReregistered(let d)): return say("Inskriven igen \(d.iso)",
                                                                       "Registered again \(d.iso)")
        case .participant(.protectionSet(let on)):
            return on ? say("Markerad: skyddade personuppgifter", "Marked: protected personal data")
                      : say("Markeringen om skyddade personuppgifter borttagen", "Protected personal data mark removed")
        case .unknown(let t): return say("Post av okänd typ \(t) (skriven av en nyare Lotsen)",
                                         "Entry of unknown type \(t) (written by a newer Lotsen)")
        case .programme(let e): return language.programme.describe(e, in: state)
        case .plan(let e): return language.plan.describe(e)
        case .meeting(let e): return language.meeting.describe(e)
        case .report(.targetSet(let t)): return language.report.say(.targetSet(t))
        case .entry(.entryUndone(let u)): return language.undo.describe(u)
        case .gallring(let e): return language.gallring.describe(e)
        }
    }

    public func label(_ l: Label) -> String {
        switch l {
        case .id: return "id"
        case .name: return say("namn", "name")
        case .age: return say("ålder", "age")
        case .years: return say("år", "years")
        case .status: return "status"
        case .active: return say("inskriven", "registered")
        case .exited: return say("avslutad", "exited")
        case .consent: return say("samtycke", "consent")
        case .noConsent: return say("inget samtycke", "no consent")
        case .consentWithdrawn: return say("samtycke återkallat", "consent withdrawn")
        case .responsible: return say("ansvariga", "responsible")
        case .none: return "–"
        case .notes: return say("anteckningar", "notes")
        case .ninetyDays: return say("90 dagar", "90 days")
        case .period: return "period"
        case .corrected: return say("rättad", "corrected")
        case .by: return say("av", "by")
        case .caseworkers: return say("handläggare", "caseworkers")
        case .participants: return say("deltagare", "participants")
        case .organisationsAll: return say("alla organisationer", "all organisations")
        }
    }
}

/// Headings and short words on cards and lists.
public enum Label: Sendable, CaseIterable {
    case id, name, age, years, status, active, exited, consent, noConsent, consentWithdrawn, responsible, none
    case notes, ninetyDays, period, corrected, by, caseworkers, participants, organisationsAll
}

extension Language {
    public var domain: DomainWords { DomainWords(language: self) }
}

extension Organisation {
    /// Organisations are named by their codes in both languages.
    public var label: String { code }
}

extension String {
    /// "förnamn" → "Förnamn": labels start a line or a message.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// A multi-line text on one line, its line breaks shown as ⏎.
    public var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
