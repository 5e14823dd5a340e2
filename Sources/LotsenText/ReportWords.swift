import LotsenCalendar
import LotsenCore

/// Words of the reports: titles, headings, row labels and columns, for the Statistik
/// screen, `lotsen report` and the exports. Swedish and English side by side.
public struct ReportWords: Spoken {
    public let language: Language

    public func title(_ k: ReportKind) -> String {
        switch k {
        case .targetGroup: return say("Målgrupp", "Target group")
        case .activities: return say("Deltagare och insatser", "Participants and activities")
        case .exits: return say("Avslut", "Exits")
        case .targets: return say("Mål", "Targets")
        case .ninetyDays: return say("90 dagar", "90 days")
        case .flow: return say("Flöde", "Flow")
        }
    }

    public func heading(_ h: ReportSection.Heading) -> String {
        switch h {
        case .targetGroup: return say("Deltagare under perioden", "Participants in the period")
        case .afCategory: return say("AF-kategori (sökandekategori)", "AF category (sökandekategori)")
        case .afCategoryAged16To19: return say("AF-kategori, 16–19 år", "AF category, aged 16–19")
        case .afCategoryWithoutGrades: return say("AF-kategori, utan fullständiga gymnasiebetyg", "AF category, without complete grades")
        case .age: return say("Ålder vid periodens slut", "Age at the end of the period")
        case .stagesOn(let d): return say("Deltagare per steg \(d.iso)", "Participants per stage on \(d.iso)")
        case .activitiesStarted: return say("Påbörjade insatser", "Activities started")
        case .activitiesEnded: return say("Avslutade insatser", "Activities ended")
        case .activitiesRunning(let d): return say("Pågående insatser \(d.iso)", "Activities running on \(d.iso)")
        case .exitsByReason: return say("Avslut per orsak", "Exits by reason")
        case .occupations: return say("Yrken för dem som gick till arbete", "Occupations of those who left for work")
        case .targets(let year): return say("Årets mål \(year)", "Targets for \(year)")
        case .ninetyDays: return say("Inskrivna och första insats", "Registered and first activity")
        case .ninetyDayDistribution: return say("Dagar till första insats", "Days to the first activity")
        case .funnel: return say("Tratten: har nått steget", "The funnel: reached the stage")
        case .medianDays: return say("Dagar i steget (median)", "Days in the stage (median)")
        case .movement: return say("Rörelser under perioden", "Movement in the period")
        }
    }

    public func line(_ l: ReportLine) -> String {
        switch l {
        case .inProgramme: return say("Inskrivna", "Registered")
        case .newlyRegistered: return say("varav nyinskrivna", "of whom newly registered")
        case .bornAbroad: return say("Utrikes födda", "Born abroad")
        case .disability: return say("Med funktionsnedsättning", "With a disability")
        case .withoutGrades: return say("Utan fullständiga gymnasiebetyg", "Without complete upper-secondary grades")
        case .incomeSupport: return say("Med försörjningsstöd", "On income support")
        case .afCategory(let c?):
            switch c {
            case .openUnemployment: return say("Öppet arbetslösa (11)", "Openly unemployed (11)")
            case .youthGuarantee: return say("Inskrivna i UGA (69)", "In the youth guarantee (69)")
            case .notAvailable: return say("Ej till förfogande (14)", "Not available (14)")
            case .other: return say("Annan kategori (kod ej angiven)", "Other category (code not given)")
            // AF's name is not repeated here: the code is what AF's own tables show.
            default: return say("Sökandekategori \(c.rawValue)", "Category \(c.rawValue)")
            }
        case .afCategory(nil): return say("Kategori ej angiven", "Category not given")
        case .ageBand(let band?): return say("\(band.lowerBound)–\(band.upperBound) år",
                                             "\(band.lowerBound)–\(band.upperBound) years")
        case .ageBand(nil): return say("Andra åldrar", "Other ages")
        case .stage(let s), .reached(let s), .medianDays(let s): return language.programme.stage(s)
        case .activity(let k): return k.name
        case .exitReason(let r): return language.domain.exitReason(r).capitalizedFirst
        case .allExits: return say("Alla avslut", "All exits")
        case .occupation(let o): return o ?? say("Yrke ej angivet", "Occupation not given")
        case .target(.started(let k)): return say("\(k.name), påbörjade", "\(k.name), started")
        case .target(.exited(let r)): return say("Avslut till \(language.domain.exitReason(r))",
                                                 "Exits to \(language.domain.exitReason(r))")
        case .registeredInRange: return say("Inskrivna", "Registered")
        case .startedWithin: return say("Insats inom 90 dagar", "Activity within 90 days")
        case .startedAfter: return say("Insats efter mer än 90 dagar", "Activity after more than 90 days")
        case .overdueWithout: return say("Utan insats efter 90 dagar", "No activity after 90 days")
        case .exitedWithout: return say("Avslutade utan insats", "Left without an activity")
        case .stillRunning: return say("Utan insats, ännu inom 90 dagar", "No activity yet, within 90 days")
        case .shareWithin: return say("Andel inom 90 dagar", "Share within 90 days")
        case .medianDaysToStart: return say("Dagar till insats (median)", "Days to the activity (median)")
        case .daysBand(let lo, let hi?): return say("\(lo)–\(hi) dagar", "\(lo)–\(hi) days")
        case .daysBand(let lo, nil): return say("\(lo) dagar och mer", "\(lo) days and more")
        case .movedInto(let s): return say("Till ", "Into ") + language.programme.stage(s)
        case .movedBack: return say("Tillbaka ett steg", "Back a step")
        }
    }

    public func column(_ c: ReportColumn) -> String {
        switch c {
        case .report: return say("Rapport", "Report")
        case .from: return say("Från", "From")
        case .to: return say("Till", "To")
        case .section: return say("Avsnitt", "Section")
        case .line: return say("Rad", "Row")
        case .women: return say("Kvinnor", "Women")
        case .men: return say("Män", "Men")
        case .otherOrUnknown: return say("Annat/okänt", "Other/unknown")
        case .total: return say("Totalt", "Total")
        case .target: return say("Mål", "Target")
        case .remaining: return say("Kvar", "Left")
        }
    }

    /// "2026-01-01 – 2026-06-30".
    public func range(_ r: ReportRange) -> String { "\(r.from.iso) – \(r.to.iso)" }

    /// Under a report meant to leave the office: how small counts are hidden.
    public func suppressionNote(_ threshold: Int) -> String {
        say("Antal under \(threshold) visas som <\(threshold). Andelar och medianer av färre än \(threshold), och Kvar när antalet är dolt, visas som ..",
            "Counts under \(threshold) are shown as <\(threshold). Shares and medians of fewer than \(threshold), and Left when the count is hidden, are shown as ..")
    }

    public var exactNote: String { say("Exakta tal, för handläggarnas eget bruk. Det som lämnar kontoret visar antal under 5 som <5.",
                                       "Exact figures, for the caseworkers' own use. What leaves the office shows counts under 5 as <5.") }

    /// A section with no rows.
    public func empty(_ h: ReportSection.Heading) -> String {
        if case .targets(let year) = h { return say(.noTargets(year: year)) }
        return say("Inga under perioden.", "None in the period.")
    }

    public func percent(_ x: Double) -> String { NumberText.decimal(x, language) + say(" %", "%") }

    public func days(_ x: Double) -> String { NumberText.decimal(x, language) }

    public func help(_ key: ReportHelp) -> String {
        switch key {
        case .reportAbstract: return say("Statistik uppdelad på kön för styrgruppen och AF.",
                                         "Statistics split by gender for the steering group and AF.")
        case .reportDiscussion:
            return say("""
            RAPPORT är en av målgrupp, insatser, avslut, mål, 90dagar eller flöde. Perioden är --from till --to \
            (båda dagarna med); utan dem gäller året hittills. Antal under 5 visas som <5 (--exact visar alla tal, \
            för eget bruk). Definitionerna står i docs/reports.md.
            """, """
            REPORT is one of målgrupp, insatser, avslut, mål, 90dagar or flöde (or target-group, activities, exits, \
            targets, 90days, flow). The period is --from to --to (both days included); without them, the year to date. \
            Counts under 5 are shown as <5 (--exact shows every figure, for your own use). The definitions are in \
            docs/reports.md.
            """)
        case .kindArgument: return say("Rapporten: målgrupp, insatser, avslut, mål, 90dagar eller flöde.",
                                       "The report: målgrupp, insatser, avslut, mål, 90dagar or flöde.")
        case .fromOption: return say("Periodens första dag (ÅÅÅÅ-MM-DD). Standard: 1 januari det år --to ligger i.",
                                     "The period's first day (YYYY-MM-DD). Default: 1 January of --to's year.")
        case .toOption: return say("Periodens sista dag (ÅÅÅÅ-MM-DD), också dagen steg och åldrar räknas på. Standard: idag.",
                                   "The period's last day (YYYY-MM-DD), also the day stages and ages are read on. Default: today.")
        case .formatOption: return say("table, csv, json, md eller html (för utskrift).",
                                       "table, csv, json, md or html (printable).")
        case .exactFlag: return say("Visa alla tal exakt, även under 5: bara för handläggarnas eget bruk.",
                                    "Show every figure exactly, also under 5: for the caseworkers' own use only.")
        case .thresholdOption: return say("Dölj antal under detta tal (standard 5).",
                                          "Hide counts under this number (default 5).")
        case .targetAbstract: return say("Årets mål för rapporten Mål, t.ex. 4 traineejobb påbörjade.",
                                         "Yearly targets for the Targets report, e.g. 4 traineejobb started.")
        case .targetSetAbstract: return say("Sätt ett mål för ett år; antal 0 tar bort det.",
                                            "Set a target for a year; a count of 0 removes it.")
        case .targetListAbstract: return say("Visa målen för ett år.", "Show a year's targets.")
        case .yearArgument: return say("Året (ÅÅÅÅ).", "The year (YYYY).")
        case .measureArgument: return say("Insatsen (t.ex. traineejobb, utbildningskontrakt) eller avslut:ORSAK (t.ex. avslut:arbete).",
                                          "The activity (e.g. traineejobb, utbildningskontrakt) or exit:REASON (e.g. exit:work).")
        case .countArgument: return say("Antalet; 0 tar bort målet.", "The count; 0 removes the target.")
        case .yearOption: return say("Året. Standard: i år.", "The year. Default: this year.")
        case .exportActivitiesAbstract: return say("Insatserna per deltagare (start, slut, typ, organisation, utfall) för rapportering till AF.",
                                                   "Activities per participant (start, end, type, organisation, outcome) for reporting to AF.")
        case .withPnrFlag: return say("Ta med personnummer (annars bara deltagarens id).",
                                      "Include the personnummer (otherwise only the participant's id).")
        }
    }

    public func say(_ m: ReportMessage) -> String {
        switch m {
        case .unknownReport(let t):
            return say("Okänd rapport ”\(t)”. Välj en av: målgrupp, insatser, avslut, mål, 90dagar, flöde.",
                       "Unknown report “\(t)”. Choose one of: målgrupp, insatser, avslut, mål, 90dagar, flöde.")
        case .badDate(let t, let option): return say("\(option): ”\(t)” är inget datum. Skriv ÅÅÅÅ-MM-DD.",
                                                     "\(option): “\(t)” is not a date. Write YYYY-MM-DD.")
        case .rangeBackwards(let from, let to): return say("Perioden slutar (\(to.iso)) före den börjar (\(from.iso)).",
                                                           "The period ends (\(to.iso)) before it begins (\(from.iso)).")
        case .targetSet(let t):
            return t.count == 0 ? say("Målet för \(t.year) är borttaget: \(line(.target(t.measure))).",
                                      "The target for \(t.year) is removed: \(line(.target(t.measure))).")
                : say("Mål för \(t.year): \(line(.target(t.measure))) \(t.count).",
                      "Target for \(t.year): \(line(.target(t.measure))) \(t.count).")
        case .noTargets(let year): return say("Inga mål satta för \(year). Sätt ett med: lotsen target set \(year) traineejobb 4",
                                              "No targets set for \(year). Set one with: lotsen target set \(year) traineejobb 4")
        case .reportSaved(let path): return say("Rapporten är sparad i \(path).", "The report is saved in \(path).")
        case .activitiesExported(let rows, let path): return say("\(rows) insatser sparade i \(path).",
                                                                 "\(rows) activities saved in \(path).")
        }
    }

    /// A word or two, for the row of reports.
    public func shortTitle(_ k: ReportKind) -> String { k == .activities ? say("Insatser", "Activities") : title(k) }

    public func preset(_ p: ReportRange.Preset) -> String {
        switch p {
        case .yearToDate: return say("i år", "this year")
        case .lastYear: return say("förra året", "last year")
        case .quarterToDate: return say("detta kvartal", "this quarter")
        case .lastQuarter: return say("förra kvartalet", "last quarter")
        case .last12Months: return say("senaste 12 mån.", "last 12 months")
        case .allTime: return say("hela tiden", "all time")
        }
    }

    public func screen(_ t: StatisticsText) -> String {
        switch t {
        case .title: return say("Statistik", "Statistics")
        case .exact: return say("exakta tal", "exact figures")
        case .outgoing: return say("som utskick (<5)", "as sent out (<5)")
        case .women: return say("Kvinnor", "Women")
        case .men: return say("Män", "Men")
        case .other: return say("Annat", "Other")
        case .total: return say("Totalt", "Total")
        }
    }

    /// The headings of `lotsen export activities`.
    public func activityColumn(_ c: ActivityExportColumn) -> String {
        switch c {
        case .participant: return say("Deltagare", "Participant")
        case .personnummer: return "Personnummer"
        case .gender: return say("Kön", "Gender")
        case .registered: return say("Inskriven", "Registered")
        case .activity: return say("Insats", "Activity")
        case .organisation: return "Organisation"
        case .start: return "Start"
        case .plannedEnd: return say("Planerat slut", "Planned end")
        case .end: return say("Slut", "End")
        case .outcome: return say("Utfall", "Outcome")
        }
    }
}

public enum ActivityExportColumn: Sendable, CaseIterable {
    case participant, personnummer, gender, registered, activity, organisation, start, plannedEnd, end, outcome
}

public enum StatisticsText: Sendable, CaseIterable {
    case title, exact, outgoing, women, men, other, total
}

public enum ReportColumn: Sendable, CaseIterable {
    case report, from, to, section, line, women, men, otherOrUnknown, total, target, remaining
}

public enum ReportHelp: Sendable, CaseIterable {
    case reportAbstract, reportDiscussion, kindArgument, fromOption, toOption, formatOption, exactFlag, thresholdOption
    case targetAbstract, targetSetAbstract, targetListAbstract, yearArgument, measureArgument, countArgument, yearOption
    case exportActivitiesAbstract, withPnrFlag
}

public enum ReportMessage: Sendable {
    case unknownReport(String)
    case badDate(String, option: String)
    case rangeBackwards(from: Day, to: Day)
    case targetSet(YearTarget)
    case noTargets(year: Int)
    case reportSaved(path: String)
    case activitiesExported(rows: Int, path: String)
}

extension Language {
    public var report: ReportWords { ReportWords(language: self) }
}

extension ReportWords {
    /// A cell as the language writes it.
    public func cell(_ shown: Figure.Shown, lang: Language) -> String {
        switch shown {
        case .number(let x): return x == x.rounded() ? NumberText.integer(Int(x), lang) : days(x)
        case .percent(let x): return percent(x)
        case .fewerThan(let n): return "<\(n)"
        case .hidden: return ".."
        case .none: return "–"
        }
    }
}
