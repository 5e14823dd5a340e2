import LotsenCalendar
import LotsenCore

enum ReportSwedish: ReportWords {
    static func title(_ k: ReportKind) -> String {
        switch k {
        case .targetGroup: return "Målgrupp"
        case .activities: return "Deltagare och insatser"
        case .exits: return "Avslut"
        case .targets: return "Mål"
        case .ninetyDays: return "90 dagar"
        case .flow: return "Flöde"
        }
    }

    static func heading(_ h: ReportSection.Heading) -> String {
        switch h {
        case .targetGroup: return "Deltagare under perioden"
        case .afCategory: return "AF-kategori"
        case .age: return "Ålder vid periodens slut"
        case .stagesOn(let d): return "Deltagare per steg \(d.iso)"
        case .activitiesStarted: return "Påbörjade insatser"
        case .activitiesEnded: return "Avslutade insatser"
        case .activitiesRunning(let d): return "Pågående insatser \(d.iso)"
        case .exitsByReason: return "Avslut per orsak"
        case .occupations: return "Yrken för dem som gick till arbete"
        case .targets(let year): return "Årets mål \(year)"
        case .ninetyDays: return "Inskrivna och första insats"
        case .ninetyDayDistribution: return "Dagar till första insats"
        case .funnel: return "Tratten: har nått steget"
        case .medianDays: return "Dagar i steget (median)"
        case .movement: return "Rörelser under perioden"
        }
    }

    static func line(_ l: ReportLine) -> String {
        switch l {
        case .inProgramme: return "Inskrivna"
        case .newlyRegistered: return "varav nyinskrivna"
        case .bornAbroad: return "Utrikes födda"
        case .disability: return "Med funktionsnedsättning"
        case .withoutGrades: return "Utan fullständiga gymnasiebetyg"
        case .incomeSupport: return "Med försörjningsstöd"
        case .afCategory(let c?):
            switch c {
            case .openUnemployment: return "Öppet arbetslösa (11)"
            case .youthGuarantee: return "Inskrivna i UGA (69)"
            case .notAvailable: return "Ej till förfogande (14)"
            case .other: return "Annan kategori"
            }
        case .afCategory(nil): return "Kategori ej angiven"
        case .ageBand(let band?): return "\(band.lowerBound)–\(band.upperBound) år"
        case .ageBand(nil): return "Andra åldrar"
        case .stage(let s), .reached(let s), .medianDays(let s): return ProgrammeSwedish.stage(s)
        case .activity(let k): return k.name
        case .exitReason(let r): return DomainSwedish.exitReason(r).capitalizedFirst
        case .allExits: return "Alla avslut"
        case .occupation(let o): return o ?? "Yrke ej angivet"
        case .target(.started(let k)): return "\(k.name), påbörjade"
        case .target(.exited(let r)): return "Avslut till \(DomainSwedish.exitReason(r))"
        case .registeredInRange: return "Inskrivna"
        case .startedWithin: return "Insats inom 90 dagar"
        case .startedAfter: return "Insats efter mer än 90 dagar"
        case .overdueWithout: return "Utan insats efter 90 dagar"
        case .exitedWithout: return "Avslutade utan insats"
        case .stillRunning: return "Utan insats, ännu inom 90 dagar"
        case .shareWithin: return "Andel inom 90 dagar"
        case .medianDaysToStart: return "Dagar till insats (median)"
        case .daysBand(let lo, let hi?): return "\(lo)–\(hi) dagar"
        case .daysBand(let lo, nil): return "\(lo) dagar och mer"
        case .movedInto(let s): return "Till " + ProgrammeSwedish.stage(s)
        case .movedBack: return "Tillbaka ett steg"
        }
    }

    static func column(_ c: ReportColumn) -> String {
        switch c {
        case .report: return "Rapport"
        case .from: return "Från"
        case .to: return "Till"
        case .section: return "Avsnitt"
        case .line: return "Rad"
        case .women: return "Kvinnor"
        case .men: return "Män"
        case .otherOrUnknown: return "Annat/okänt"
        case .total: return "Totalt"
        case .target: return "Mål"
        case .remaining: return "Kvar"
        }
    }

    static func range(_ r: ReportRange) -> String { "\(r.from.iso) – \(r.to.iso)" }

    static func suppressionNote(_ threshold: Int) -> String {
        "Antal under \(threshold) visas som <\(threshold). Andelar och medianer av färre än \(threshold), och Kvar när antalet är dolt, visas som .."
    }

    static var exactNote: String { "Exakta tal, för handläggarnas eget bruk. Det som lämnar kontoret visar antal under 5 som <5." }

    static func empty(_ h: ReportSection.Heading) -> String {
        if case .targets(let year) = h { return say(.noTargets(year: year)) }
        return "Inga under perioden."
    }

    static func percent(_ x: Double) -> String { NumberText.decimal(x, .sv) + " %" }

    static func days(_ x: Double) -> String { NumberText.decimal(x, .sv) }

    static func help(_ key: ReportHelp) -> String {
        switch key {
        case .reportAbstract: return "Statistik uppdelad på kön för styrgruppen och AF."
        case .reportDiscussion:
            return """
            RAPPORT är en av målgrupp, insatser, avslut, mål, 90dagar eller flöde. Perioden är --from till --to \
            (båda dagarna med); utan dem gäller året hittills. Antal under 5 visas som <5 (--exact visar alla tal, \
            för eget bruk). Definitionerna står i docs/reports.md.
            """
        case .kindArgument: return "Rapporten: målgrupp, insatser, avslut, mål, 90dagar eller flöde."
        case .fromOption: return "Periodens första dag (ÅÅÅÅ-MM-DD). Standard: 1 januari det år --to ligger i."
        case .toOption: return "Periodens sista dag (ÅÅÅÅ-MM-DD), också dagen steg och åldrar räknas på. Standard: idag."
        case .formatOption: return "table, csv, json, md eller html (för utskrift)."
        case .exactFlag: return "Visa alla tal exakt, även under 5: bara för handläggarnas eget bruk."
        case .thresholdOption: return "Dölj antal under detta tal (standard 5)."
        case .targetAbstract: return "Årets mål för rapporten Mål, t.ex. 4 traineejobb påbörjade."
        case .targetSetAbstract: return "Sätt ett mål för ett år; antal 0 tar bort det."
        case .targetListAbstract: return "Visa målen för ett år."
        case .yearArgument: return "Året (ÅÅÅÅ)."
        case .measureArgument: return "Insatsen (t.ex. traineejobb, utbildningskontrakt) eller avslut:ORSAK (t.ex. avslut:arbete)."
        case .countArgument: return "Antalet; 0 tar bort målet."
        case .yearOption: return "Året. Standard: i år."
        case .exportActivitiesAbstract: return "Insatserna per deltagare (start, slut, typ, organisation, utfall) för rapportering till AF."
        case .withPnrFlag: return "Ta med personnummer (annars bara deltagarens id)."
        }
    }

    static func say(_ m: ReportMessage) -> String {
        switch m {
        case .unknownReport(let t):
            return "Okänd rapport ”\(t)”. Välj en av: målgrupp, insatser, avslut, mål, 90dagar, flöde."
        case .badDate(let t, let option): return "\(option): ”\(t)” är inget datum. Skriv ÅÅÅÅ-MM-DD."
        case .rangeBackwards(let from, let to): return "Perioden slutar (\(to.iso)) före den börjar (\(from.iso))."
        case .targetSet(let t):
            return t.count == 0 ? "Målet för \(t.year) är borttaget: \(line(.target(t.measure)))."
                : "Mål för \(t.year): \(line(.target(t.measure))) \(t.count)."
        case .noTargets(let year): return "Inga mål satta för \(year). Sätt ett med: lotsen target set \(year) traineejobb 4"
        case .reportSaved(let path): return "Rapporten är sparad i \(path)."
        case .activitiesExported(let rows, let path): return "\(rows) insatser sparade i \(path)."
        }
    }

    static func shortTitle(_ k: ReportKind) -> String { k == .activities ? "Insatser" : title(k) }

    static func preset(_ p: ReportRange.Preset) -> String {
        switch p {
        case .yearToDate: return "i år"
        case .lastYear: return "förra året"
        case .quarterToDate: return "detta kvartal"
        case .lastQuarter: return "förra kvartalet"
        case .last12Months: return "senaste 12 mån."
        case .allTime: return "hela tiden"
        }
    }

    static func screen(_ t: StatisticsText) -> String {
        switch t {
        case .title: return "Statistik"
        case .exact: return "exakta tal"
        case .outgoing: return "som utskick (<5)"
        case .women: return "Kvinnor"
        case .men: return "Män"
        case .other: return "Annat"
        case .total: return "Totalt"
        }
    }

    static func activityColumn(_ c: ActivityExportColumn) -> String {
        switch c {
        case .participant: return "Deltagare"
        case .personnummer: return "Personnummer"
        case .gender: return "Kön"
        case .registered: return "Inskriven"
        case .activity: return "Insats"
        case .organisation: return "Organisation"
        case .start: return "Start"
        case .plannedEnd: return "Planerat slut"
        case .end: return "Slut"
        case .outcome: return "Utfall"
        }
    }
}
