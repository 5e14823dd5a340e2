/// Help texts of the meeting commands. One implementation per language.
public protocol MeetingCLIWords {
    static func help(_ key: MeetingHelp) -> String
}

public enum MeetingHelp: Sendable, CaseIterable {
    case meetingAbstract, meetingDiscussion, meetingArgument, listAbstract, newAbstract, dateOption, groupOption
    case attendeesOption, guestOption, emptyFlag, editAbstract, agendaAbstract, addOption, titleOption, removeOption
    case moveOption, toOption, refreshFlag, showAbstract, startAbstract, decideAbstract, itemOption, decisionOption
    case reopenFlag, closeAbstract, minutesAbstract, correctAbstract, textOption, rulesAbstract, ninetyOption
    case expiryOption, stalledOption, followUpOption, taskAbstract, taskActionArgument, taskNumberArgument
    case whoOption, whatOption, aboutOption, dueOption, commentOption, mineFlag
}

extension Language {
    public var meetingCLI: any MeetingCLIWords.Type {
        switch self {
        case .sv: return MeetingCLISwedish.self
        case .en: return MeetingCLIEnglish.self
        }
    }
}

enum MeetingCLISwedish: MeetingCLIWords {
    static func help(_ key: MeetingHelp) -> String {
        switch key {
        case .meetingAbstract: return "Veckomötet: dagordning efter regler, beslut, vem gör vad och protokoll."
        case .meetingDiscussion:
            return "MÖTE är datumet (ÅÅÅÅ-MM-DD), numret eller ”senaste”; utan det gäller kommandot det öppna mötet."
        case .meetingArgument: return "Mötet: datum, nummer eller ”senaste”. Standard: det öppna mötet."
        case .listAbstract: return "Lista mötena."
        case .newAbstract: return "Skapa ett möte; reglerna bygger dagordningen per mötesdagen."
        case .dateOption: return "Mötesdag (ÅÅÅÅ-MM-DD). Standard: idag."
        case .groupOption: return "Gruppens namn. Standard: samma som förra mötet."
        case .attendeesOption: return "Närvarande handläggare, initialer med komma emellan. Standard: som förra mötet."
        case .guestOption: return "En gäst, med namn (kan anges flera gånger)."
        case .emptyFlag: return "Börja med en tom dagordning."
        case .editAbstract: return "Ändra mötets datum, grupp, närvarande eller gäster."
        case .agendaAbstract: return "Visa dagordningen, eller ändra den: lägg till, stryk, flytta, fyll på efter reglerna."
        case .addOption: return "Lägg till en deltagare (namn, personnummer eller id)."
        case .titleOption: return "Lägg till en övrig punkt med den här rubriken."
        case .removeOption: return "Stryk punkt NUMMER."
        case .moveOption: return "Flytta punkt NUMMER (med --to)."
        case .toOption: return "Ny plats: ett nummer, först, sist, upp eller ner."
        case .refreshFlag: return "Lägg till dem reglerna sätter upp nu och som inte redan står där (eller strukits)."
        case .showAbstract: return "Visa mötet: dagordning med skäl, beslut och uppgifter."
        case .startAbstract: return "Starta mötet."
        case .decideAbstract: return "Skriv beslutet för en punkt och markera den behandlad."
        case .itemOption: return "Punktens nummer på dagordningen."
        case .decisionOption: return "Beslutet, med gruppens ord."
        case .reopenFlag: return "Markera punkten som inte behandlad igen."
        case .closeAbstract: return "Stäng mötet och skriv ut protokollet. Ett stängt möte ändras aldrig, det kan bara rättas."
        case .minutesAbstract: return "Skriv ut protokollet som text, Markdown eller HTML för utskrift."
        case .correctAbstract: return "Rätta ett stängt mötes protokoll (sparas bredvid, det gamla står kvar)."
        case .textOption: return "Rättelsens text."
        case .rulesAbstract: return "Visa eller ändra gränserna för dagordningens regler (antal dagar)."
        case .ninetyOption: return "Sätt upp den som är så många dagar från 90-dagarsgränsen. Standard 14."
        case .expiryOption: return "Sätt upp den vars plan slutar inom så många dagar. Standard 30."
        case .stalledOption: return "Sätt upp den som stått i samma steg så många dagar. Standard 60."
        case .followUpOption: return "Sätt upp den vars uppföljning är inom så många dagar. Standard 7."
        case .taskAbstract: return "Vem gör vad: lägg till en uppgift, eller markera en klar."
        case .taskActionArgument: return "add (lägg till) eller done (klar)."
        case .taskNumberArgument: return "Uppgiftens nummer (för done)."
        case .whoOption: return "Vem gör det: initialer, eller ”deltagaren”."
        case .whatOption: return "Vad ska göras."
        case .aboutOption: return "Vilken deltagare uppgiften gäller (namn, personnummer eller id)."
        case .dueOption: return "Klart senast (ÅÅÅÅ-MM-DD). Standard: en vecka efter mötet."
        case .commentOption: return "En kommentar."
        case .mineFlag: return "Bara mina: uppgifter jag ska göra, och veckouppgifter för dem jag ansvarar för."
        }
    }
}

enum MeetingCLIEnglish: MeetingCLIWords {
    static func help(_ key: MeetingHelp) -> String {
        switch key {
        case .meetingAbstract: return "The weekly meeting: agenda by rules, decisions, who does what, and minutes."
        case .meetingDiscussion: return "MEETING is the date (YYYY-MM-DD), the number or “last”; without it the command is about the open meeting."
        case .meetingArgument: return "The meeting: date, number or “last”. Default: the open meeting."
        case .listAbstract: return "List the meetings."
        case .newAbstract: return "Make a meeting; the rules build its agenda as of the meeting's day."
        case .dateOption: return "Meeting day (YYYY-MM-DD). Default: today."
        case .groupOption: return "The group's name. Default: as at the last meeting."
        case .attendeesOption: return "Caseworkers present, initials separated by commas. Default: as at the last meeting."
        case .guestOption: return "A guest, by name (may be repeated)."
        case .emptyFlag: return "Start with an empty agenda."
        case .editAbstract: return "Change the meeting's date, group, attendees or guests."
        case .agendaAbstract: return "Show the agenda, or change it: add, strike, move, top up by the rules."
        case .addOption: return "Add a participant (name, personnummer or id)."
        case .titleOption: return "Add an other item with this heading."
        case .removeOption: return "Strike item NUMBER."
        case .moveOption: return "Move item NUMBER (with --to)."
        case .toOption: return "New position: a number, first, last, up or down."
        case .refreshFlag: return "Add whoever the rules put on the agenda now and is not on it (nor struck)."
        case .showAbstract: return "Show the meeting: agenda with reasons, decisions and tasks."
        case .startAbstract: return "Start the meeting."
        case .decideAbstract: return "Write the decision on an item and mark it handled."
        case .itemOption: return "The item's number on the agenda."
        case .decisionOption: return "The decision, in the group's words."
        case .reopenFlag: return "Mark the item as not handled again."
        case .closeAbstract: return "Close the meeting and print the minutes. A closed meeting never changes; it can only be corrected."
        case .minutesAbstract: return "Print the minutes as text, Markdown or printable HTML."
        case .correctAbstract: return "Correct a closed meeting's minutes (kept beside them; the original stays)."
        case .textOption: return "The correction's text."
        case .rulesAbstract: return "Show or change the agenda rules' thresholds (days)."
        case .ninetyOption: return "Put on the agenda whoever is this many days from the 90-day limit. Default 14."
        case .expiryOption: return "Put on the agenda whoever's plan ends within this many days. Default 30."
        case .stalledOption: return "Put on the agenda whoever has been in one stage this many days. Default 60."
        case .followUpOption: return "Put on the agenda whoever's follow-up is within this many days. Default 7."
        case .taskAbstract: return "Who does what: add a task, or mark one done."
        case .taskActionArgument: return "add or done."
        case .taskNumberArgument: return "The task's number (for done)."
        case .whoOption: return "Who does it: initials, or “participant”."
        case .whatOption: return "What is to be done."
        case .aboutOption: return "The participant the task is about (name, personnummer or id)."
        case .dueOption: return "Due (YYYY-MM-DD). Default: a week after the meeting."
        case .commentOption: return "A comment."
        case .mineFlag: return "Only mine: tasks I do, and weekly tasks of the people I am responsible for."
        }
    }
}
