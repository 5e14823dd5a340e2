import LotsenCalendar

// Plans, tasks and meetings, as in StateCoding+Types.swift.

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
        w.write(struck)
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
        struck = try r.read()
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

extension StruckItem: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(item)
        w.write(reason)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(item: try r.read(), reason: try r.read(), stamp: try r.read())
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
        w.write(minutesPerItem)
        w.write(itemLimit)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        ninetyDayNotice = try r.read()
        planExpiryDays = try r.read()
        stalledDays = try r.read()
        followUpNoticeDays = try r.read()
        minutesPerItem = try r.read()
        itemLimit = try r.read()
    }
}

extension YearTarget: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(year)
        switch measure {
        case .started(let kind): w.write(0); w.write(kind)
        case .exited(let reason): w.write(1); w.write(reason)
        }
        w.write(count)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        year = try r.read()
        switch try r.read() as Int {
        case 0: measure = .started(try r.read())
        case 1: measure = .exited(try r.read())
        default: throw r.fail()
        }
        count = try r.read()
    }
}
