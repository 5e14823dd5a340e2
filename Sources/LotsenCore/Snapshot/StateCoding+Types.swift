import LotsenCalendar

// Every stored property of every type the state holds, in declaration order. A test
// compares a snapshot's state with a full replay of a journal that uses every field,
// and a golden pins the bytes: change a type, and bump `StateCoding.version`.

extension Participant: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(personnummer)
        w.write(profile)
        w.write(periods)
        w.write(consents)
        w.write(responsibilities)
        w.write(notes)
        w.write(registeredBy)
        w.write(lastChange)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        personnummer = try r.read()
        profile = try r.read()
        periods = try r.read()
        consents = try r.read()
        responsibilities = try r.read()
        notes = try r.read()
        registeredBy = try r.read()
        lastChange = try r.read()
    }
}

extension ParticipantProfile: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(firstName)
        w.write(lastName)
        w.write(gender)
        w.write(phones)
        w.write(email)
        w.write(referral)
        w.write(bornAbroad)
        w.write(disability)
        w.write(afCategory)
        w.write(gradesComplete)
        w.write(incomeSupport)
        w.write(background)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        firstName = try r.read()
        lastName = try r.read()
        gender = try r.read()
        phones = try r.read()
        email = try r.read()
        referral = try r.read()
        bornAbroad = try r.read()
        disability = try r.read()
        afCategory = try r.read()
        gradesComplete = try r.read()
        incomeSupport = try r.read()
        background = try r.read()
    }
}

extension Period: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(registered)
        w.write(exit)
        w.write(programme)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        registered = try r.read()
        exit = try r.read()
        programme = try r.read()
    }
}

extension Exit: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(date)
        w.write(reason)
        w.write(occupation)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        date = try r.read()
        reason = try r.read()
        occupation = try r.read()
        stamp = try r.read()
    }
}

extension Consent: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(date)
        w.write(organisations)
        w.write(withdrawn)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        date = try r.read()
        organisations = try r.read()
        withdrawn = try r.read()
        stamp = try r.read()
    }
}

extension Responsibility: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(organisation)
        w.write(caseworker)
        w.write(from)
        w.write(until)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        organisation = try r.read()
        caseworker = try r.read()
        from = try r.read()
        until = try r.read()
        stamp = try r.read()
    }
}

extension Note: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(kind)
        w.write(text)
        w.write(corrects)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        kind = try r.read()
        text = try r.read()
        corrects = try r.read()
        stamp = try r.read()
    }
}

extension Caseworker: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(initials)
        w.write(name)
        w.write(organisation)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        initials = try r.read()
        name = try r.read()
        organisation = try r.read()
    }
}

extension Programme: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(moves)
        w.write(ticks)
        w.write(visits)
        w.write(placements)
        w.write(activities)
        w.write(kanalen)
        w.write(intensifiedSupport)
        w.write(aKassa)
        w.write(plan)
        w.write(tasks)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        moves = try r.read()
        ticks = try r.read()
        visits = try r.read()
        placements = try r.read()
        activities = try r.read()
        kanalen = try r.read()
        intensifiedSupport = try r.read()
        aKassa = try r.read()
        plan = try r.read()
        tasks = try r.read()
    }
}

extension StageMove: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(to)
        w.write(date)
        w.write(reason)
        w.write(income)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        to = try r.read()
        date = try r.read()
        reason = try r.read()
        income = try r.read()
        stamp = try r.read()
    }
}

extension Income: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(kind)
        w.write(occupation)
        w.write(employer)
        w.write(employmentForm)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        kind = try r.read()
        occupation = try r.read()
        employer = try r.read()
        employmentForm = try r.read()
    }
}

extension ChecklistItem: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(code)
        w.write(label)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        code = try r.read()
        label = try r.read()
    }
}

extension ChecklistConfiguration: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(items)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        items = try r.read()
    }
}

extension ChecklistTick: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(date)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        date = try r.read()
        stamp = try r.read()
    }
}

extension Visit: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(workplace)
        w.write(date)
        w.write(halfDay)
        w.write(evaluation)
        w.write(supervisorView)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        workplace = try r.read()
        date = try r.read()
        halfDay = try r.read()
        evaluation = try r.read()
        supervisorView = try r.read()
        stamp = try r.read()
    }
}

extension KanalenEntry: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(activity)
        w.write(date)
        w.write(minutes)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        activity = try r.read()
        date = try r.read()
        minutes = try r.read()
        stamp = try r.read()
    }
}

extension AKassaCheck: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(status)
        w.write(date)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        status = try r.read()
        date = try r.read()
        stamp = try r.read()
    }
}

extension Activity: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(kind)
        w.write(organisation)
        w.write(start)
        w.write(plannedEnd)
        w.write(end)
        w.write(outcome)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        kind = try r.read()
        organisation = try r.read()
        start = try r.read()
        plannedEnd = try r.read()
        end = try r.read()
        outcome = try r.read()
        stamp = try r.read()
    }
}

extension Workplace: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(name)
        w.write(sector)
        w.write(address)
        w.write(contact)
        w.write(phone)
        w.write(capacity)
        w.write(notes)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        name = try r.read()
        sector = try r.read()
        address = try r.read()
        contact = try r.read()
        phone = try r.read()
        capacity = try r.read()
        notes = try r.read()
        stamp = try r.read()
    }
}

extension Placement: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(workplace)
        w.write(from)
        w.write(plannedEnd)
        w.write(until)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        workplace = try r.read()
        from = try r.read()
        plannedEnd = try r.read()
        until = try r.read()
        stamp = try r.read()
    }
}

extension ActionPlan: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(versions)
        w.write(followUps)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        versions = try r.read()
        followUps = try r.read()
    }
}

extension PlanVersion: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(number)
        w.write(start)
        w.write(details)
        w.write(goals)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        number = try r.read()
        start = try r.read()
        details = try r.read()
        goals = try r.read()
        stamp = try r.read()
    }
}

extension PlanDetails: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(end)
        w.write(background)
        w.write(skills)
        w.write(labourMarket)
        w.write(cv)
        w.write(coverLetter)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        end = try r.read()
        background = try r.read()
        skills = try r.read()
        labourMarket = try r.read()
        cv = try r.read()
        coverLetter = try r.read()
    }
}

extension PlanFollowUp: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(date)
        w.write(version)
        w.write(results)
        w.write(comment)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        date = try r.read()
        version = try r.read()
        results = try r.read()
        comment = try r.read()
        stamp = try r.read()
    }
}

extension GoalResult: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(goal)
        w.write(result)
        w.write(comment)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        goal = try r.read()
        result = try r.read()
        comment = try r.read()
    }
}

extension Goal: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(content)
        w.write(status)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        content = try r.read()
        status = try r.read()
    }
}

extension GoalContent: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(term)
        w.write(what)
        w.write(measure)
        w.write(why)
        w.write(steps)
        w.write(due)
        w.write(owner)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        term = try r.read()
        what = try r.read()
        measure = try r.read()
        why = try r.read()
        steps = try r.read()
        due = try r.read()
        owner = try r.read()
    }
}

extension GoalStep: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(what)
        w.write(who)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        what = try r.read()
        who = try r.read()
    }
}

extension WeeklyTask: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(what)
        w.write(due)
        w.write(added)
        w.write(followUps)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        what = try r.read()
        due = try r.read()
        added = try r.read()
        followUps = try r.read()
        stamp = try r.read()
    }
}

extension TaskFollowUp: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(date)
        w.write(result)
        w.write(comment)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        date = try r.read()
        result = try r.read()
        comment = try r.read()
        stamp = try r.read()
    }
}

extension Meeting: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(date)
        w.write(group)
        w.write(attendees)
        w.write(guests)
        w.write(items)
        w.write(started)
        w.write(closed)
        w.write(closedStamp)
        w.write(corrections)
        w.write(removed)
        w.write(nextItem)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        date = try r.read()
        group = try r.read()
        attendees = try r.read()
        guests = try r.read()
        items = try r.read()
        started = try r.read()
        closed = try r.read()
        closedStamp = try r.read()
        corrections = try r.read()
        removed = try r.read()
        nextItem = try r.read()
        stamp = try r.read()
    }
}

extension AgendaItemContent: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(participant)
        w.write(title)
        w.write(reasons)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        participant = try r.read()
        title = try r.read()
        reasons = try r.read()
    }
}

extension AgendaItem: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(content)
        w.write(handled)
        w.write(decision)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        content = try r.read()
        handled = try r.read()
        decision = try r.read()
        stamp = try r.read()
    }
}

extension MeetingCorrection: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(item)
        w.write(date)
        w.write(text)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        item = try r.read()
        date = try r.read()
        text = try r.read()
        stamp = try r.read()
    }
}

extension MeetingTask: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(id)
        w.write(what)
        w.write(who)
        w.write(due)
        w.write(participant)
        w.write(meeting)
        w.write(item)
        w.write(added)
        w.write(done)
        w.write(doneStamp)
        w.write(comment)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        what = try r.read()
        who = try r.read()
        due = try r.read()
        participant = try r.read()
        meeting = try r.read()
        item = try r.read()
        added = try r.read()
        done = try r.read()
        doneStamp = try r.read()
        comment = try r.read()
        stamp = try r.read()
    }
}

extension AgendaThresholds: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(ninetyDayNotice)
        w.write(planExpiryDays)
        w.write(stalledDays)
        w.write(followUpNoticeDays)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        ninetyDayNotice = try r.read()
        planExpiryDays = try r.read()
        stalledDays = try r.read()
        followUpNoticeDays = try r.read()
    }
}
