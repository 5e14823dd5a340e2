/// Help texts of the programme's commands. One implementation per language.
public protocol ProgrammeCLIWords {
    static func help(_ key: ProgrammeHelp) -> String
}

public enum ProgrammeHelp: Sendable, CaseIterable {
    case moveAbstract, moveDiscussion, stageArgument, placementOption, placementEndOption, incomeOption, occupationOption
    case employerOption, employmentFormOption, reasonOption
    case activityAbstract, activityDiscussion, activityActionArgument, activityValueArgument, activityOrgOption
    case activityStartOption, plannedEndOption, outcomeOption
    case placementAbstract, placementAddAbstract, placementListAbstract, placementShowAbstract, placementEditAbstract
    case placementAssignAbstract, workplaceArgument, workplaceNameOption, sectorOption, capacityOption, addressOption
    case contactOption, phoneOption, notesOption
    case boardAbstract, mineFlag, caseworkerFilterOption, organisationFilterOption, exitedFlag
    case checklistAbstract, checklistItemsArgument, undoFlag, addItemOption, removeItemOption
    case visitAbstract, visitWorkplaceArgument, fullDayFlag, evaluationOption, supervisorOption, evaluateOption
    case kanalenAbstract, kanalenActivityArgument, hoursOption
    case supportAbstract, supportArgument, akassaAbstract, akassaArgument
}

extension Language {
    public var programmeCLI: any ProgrammeCLIWords.Type {
        switch self {
        case .sv: return ProgrammeCLISwedish.self
        case .en: return ProgrammeCLIEnglish.self
        }
    }
}
