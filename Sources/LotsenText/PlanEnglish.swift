import LotsenCalendar
import LotsenCore

enum PlanEnglish: PlanWords {
    static func field(_ f: Field) -> String {
        switch f {
        case .start: return "start"
        case .end: return "valid until"
        case .skills: return "skills inventory"
        case .labourMarket: return "labour-market inventory"
        case .cv: return "CV"
        case .coverLetter: return "cover letter"
        case .term: return "term"
        case .what: return "goal"
        case .measure: return "how we will know"
        case .why: return "why"
        case .steps: return "steps (WHO: what)"
        case .due: return "due"
        case .owner: return "responsible"
        case .goal: return "goal no."
        case .result: return "result"
        case .task: return "task"
        case .comment: return "comment"
        default: return MeetingEnglish.field(f)
        }
    }

    static func term(_ t: GoalTerm) -> String { t == .short ? "short-term" : "long-term" }

    static func status(_ s: GoalStatus) -> String {
        switch s {
        case .active: return "active"
        case .achieved: return "achieved"
        case .dropped: return "dropped"
        }
    }

    static func result(_ r: FollowUpResult) -> String {
        switch r {
        case .achieved: return "achieved"
        case .onTheWay: return "on the way"
        case .notAchieved: return "not achieved"
        case .changed: return "changed"
        }
    }

    static func taskResult(_ r: TaskResult) -> String {
        switch r {
        case .done: return "done"
        case .notDone: return "not done"
        case .moved: return "moved"
        }
    }

    static func document(_ d: DocumentStatus) -> String {
        switch d {
        case .missing: return "missing"
        case .started: return "started"
        case .ready: return "ready"
        }
    }

    static func part(_ p: SmartPart) -> String {
        switch p {
        case .what: return "the goal"
        case .measure: return "the measure"
        case .step(let n): return "step \(n)"
        }
    }

    static func finding(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return "The goal is too short to be specific"
        case .vagueWord(let w, let p): return "Vague word in \(part(p)): “\(w)”"
        case .noMeasure: return "No measure: how will we know the goal is reached?"
        case .noWhy: return "Nothing on why the goal matters to the participant"
        case .noSteps: return "No steps: who does what?"
        case .stepWithoutOwner(let n): return "Step \(n) does not say who takes it"
        case .noDue: return "No date"
        case .dueAfterPlanEnd(let end): return "The date is after the plan ends (\(end.iso))"
        case .noOwner: return "Nobody is responsible for the goal"
        }
    }

    static func suggestion(_ f: SmartFinding) -> String {
        switch f {
        case .whatTooShort: return "Write what the participant will have done or reached, e.g. “a CV ready to send”."
        case .vagueWord(let w, _): return "Replace “\(w)” with something you can see or count: a number, a date, a result."
        case .noMeasure: return "Write how you will see the goal is reached, e.g. “three applications sent”."
        case .noWhy: return "Write, in the participant's words, why the goal matters to them."
        case .noSteps: return "Add steps that say who does what: “Participant: calls the employer”."
        case .stepWithoutOwner: return "Start the step with who takes it and a colon: “AB: books a study visit”."
        case .noDue: return "Set a date by which the goal is reached."
        case .dueAfterPlanEnd: return "Set a date while the plan is valid, or revise the plan."
        case .noOwner: return "Name who is responsible: a caseworker, the participant or an organisation."
        }
    }

    static func problem(_ p: ProgrammeProblem) -> String? {
        switch p {
        case .planExists: return "The participant already has an action plan. Edit it, or revise it (`lotsen plan revise`)."
        case .noPlan: return "The participant has no action plan yet. Make one with `lotsen plan new`."
        case .goalNotFound(let n): return "The plan has no goal number \(n). See `lotsen plan show`."
        case .taskNotFound(let n): return "The participant has no task number \(n). See `lotsen tasks`."
        case .taskClosed(let n): return "Task \(n) has already been followed up as done or not done."
        default: return nil
        }
    }

    static func label(_ l: PlanLabel) -> String {
        switch l {
        case .plan: return "Action plan"
        case .version: return "version"
        case .valid: return "valid"
        case .nextFollowUp: return "next follow-up"
        case .allFollowedUp: return "all follow-ups done"
        case .background: return "background"
        case .skills: return "skills"
        case .labourMarket: return "labour market"
        case .cv: return "CV"
        case .coverLetter: return "cover letter"
        case .goals: return "goals"
        case .noGoals: return "no goals yet"
        case .noPlan: return "No action plan yet"
        case .measure: return "how we will know"
        case .why: return "why"
        case .steps: return "steps"
        case .due: return "due"
        case .owner: return "responsible"
        case .status: return "status"
        case .followUp: return "Follow-up"
        case .followUps: return "follow-ups"
        case .history: return "Versions"
        case .noChanges: return "no changes"
        case .tasks: return "This week's tasks"
        case .noTasks: return "no tasks"
        case .overdueTasks: return "Overdue weekly tasks"
        case .nobodyOverdue: return "No overdue tasks"
        case .comment: return "comment"
        case .smartOK: return "SMART"
        case .newPlan: return "New action plan"
        case .editPlan: return "Edit action plan"
        case .newGoal: return "New goal"
        case .editGoal: return "Edit goal"
        case .revise: return "Revise the plan"
        case .goalOf: return "goal"
        case .firstVersion: return "first version"
        case .addedBy: return "by"
        case .comparedWith: return "compared with version"
        case .export: return "Print the plan"
        case .exportWritten: return "The plan is saved in"
        case .task: return "task"
        case .added: return "added"
        case .homeTitle: return "My action plan"
        case .homeIntro: return "This is the plan we made together. It shows your goals, what you will do and what we do to help you."
        case .homeGoal: return "Goal"
        case .homeHow: return "How we will know you have reached it"
        case .homeWhy: return "Why it matters to you"
        case .homeSteps: return "Who does what"
        case .homeBy: return "Done by"
        case .homeResponsible: return "Responsible"
        case .homeNextMeeting: return "Next time we follow up the plan"
        case .homeContact: return "Your contacts"
        case .homeAbout: return "The plan is valid"
        case .homeDone: return "Done!"
        case .homeFor: return "for"
        }
    }

    static func partName(_ p: GoalPart) -> String {
        switch p {
        case .term: return "term"
        case .what: return "goal"
        case .measure: return "measure"
        case .why: return "why"
        case .steps: return "steps"
        case .due: return "date"
        case .owner: return "responsible"
        case .status: return "status"
        }
    }

    static func change(_ c: PlanChange) -> String {
        func show(_ s: String?) -> String { s.map { "“\($0)”" } ?? "–" }
        switch c {
        case .detail(let part, let a, let b):
            let name: String
            switch part {
            case .start: name = "Start"
            case .end: name = "Valid until"
            case .background: name = "Background"
            case .skills: name = "Skills"
            case .labourMarket: name = "Labour market"
            }
            return "\(name): \(show(a)) → \(show(b))"
        case .cv(let a, let b): return "CV: \(document(a)) → \(document(b))"
        case .coverLetter(let a, let b): return "Cover letter: \(document(a)) → \(document(b))"
        case .goalAdded(let g): return "+ New goal [\(g.id)]: \(g.content.what)"
        case .goalRemoved(let g): return "− Removed goal [\(g.id)]: \(g.content.what)"
        case .goalChanged(_, let after, let parts):
            return "~ Goal [\(after.id)] \(after.content.what): changed \(parts.map(partName).joined(separator: ", "))"
        }
    }

    static func describe(_ e: Event) -> String? {
        switch e {
        case .plan(.planCreated(let start, let d)): return "Action plan made, valid \(start.iso)–\(d.end.iso)"
        case .plan(.planUpdated): return "Action plan edited"
        case .plan(.planRevised(let date, let end)): return "Action plan revised \(date.iso), new version valid until \(end.iso)"
        case .plan(.goalAdded(let g)): return "New goal (\(term(g.term))): \(g.what)"
        case .plan(.goalUpdated(let n, let g, let s)): return "Goal \(n) edited: \(g.what) (\(status(s)))"
        case .plan(.goalRemoved(let n)): return "Goal \(n) removed"
        case .plan(.planFollowedUp(let d, let rs, _)):
            return "Action plan followed up \(d.iso): " + (rs.isEmpty ? "comment" : rs.map { "goal \($0.goal) \(result($0.result))" }.joined(separator: ", "))
        case .plan(.taskAdded(let what, let due, _)): return "Weekly task: \(what), due \(due.iso)"
        case .plan(.taskFollowedUp(let n, let d, let r, let due, _)):
            return "Task \(n) followed up \(d.iso): \(taskResult(r))" + (due.map { " to \($0.iso)" } ?? "")
        default: return MeetingEnglish.describe(e)
        }
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]

    static func longDate(_ d: Day) -> String {
        let (y, m, day) = d.parts
        return "\(day) \(months[m - 1]) \(y)"
    }

    static func tasks(_ n: Int) -> String { n == 1 ? "1 task" : "\(n) tasks" }

    static func followUpQuestion(name: String, results: [FollowUpResult], missing: Bool) -> String {
        (missing ? "Not every goal has a result. " : "") + "Follow-up \(name): \(results.map(result).joined(separator: ", "))? y = yes, n = no"
    }
}
