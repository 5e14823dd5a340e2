import LotsenCalendar
import LotsenCore

/// Words for the programme: stages, the checklist, activities, the placement bank and
/// their flags and refusals. One implementation per language; the stage names and the
/// activity kinds are Swedish terms in both.
public protocol ProgrammeWords {
    static func field(_ f: Field) -> String
    /// "Slussen 1 · Introduktion".
    static func stage(_ s: Stage) -> String
    /// The step's own name: "Introduktion", "Kanalen".
    static func step(_ s: Stage) -> String
    static func income(_ k: IncomeKind) -> String
    static func aKassa(_ s: AKassaStatus) -> String
    static func checklistItem(_ i: ChecklistItem) -> String
    static func kanalen(_ a: KanalenActivity) -> String
    static func outcome(_ o: ActivityOutcome) -> String
    /// A flag in a word or two, for the list and the board.
    static func flag(_ f: ProgrammeFlag) -> String
    /// The same as a sentence, for the card.
    static func explain(_ f: ProgrammeFlag) -> String
    static func warning(_ w: ActivityWarning) -> String
    static func problem(_ p: ProgrammeProblem) -> String
    static func label(_ l: ProgrammeLabel) -> String
    /// "3 h 30 min".
    static func duration(minutes: Int) -> String
    /// One line saying what a programme entry recorded; nil for other entries. The
    /// state, when given, names workplaces and checklist items.
    static func describe(_ e: Event, in state: LotsenState?) -> String?
}

public enum ProgrammeLabel: Sendable, CaseIterable {
    case stage, daysInStage, since, placement, noPlacement, plannedEnd, checklist, visits, noVisits, activities
    case noActivities, kanalenLog, jobSearchThisWeek, lastCounsellor, cvUpdated, letterUpdated, income, aKassa
    case notChecked, intensifiedSupport, workplaces, sector, capacity, free, placedNow, nobodyPlaced, halfDay, fullDay
    case evaluation, supervisorView, reason, address, contact, phone, notes, ended, running, board, programme
    case places, moveBack, moveForward, flags, counts, never, exitedHidden, exitedShown, employer, employmentForm, occupation
    case kanalenSubtitle, havetSubtitle
}

extension Language {
    public var programme: any ProgrammeWords.Type {
        switch self {
        case .sv: return ProgrammeSwedish.self
        case .en: return ProgrammeEnglish.self
        }
    }
}

extension Stage {
    /// The board's column names are the programme's own, in both languages.
    public static func columnName(_ c: Column) -> String {
        switch c {
        case .slussen: return "Slussen"
        case .kanalen: return "Kanalen"
        case .havet: return "Havet"
        }
    }
}
