import LotsenCalendar

// Every stored property of every type the state holds, in declaration order: a
// property left out here makes the snapshot tests fail (they compare a snapshot's
// state with a full replay of the demo journal). Change a type, and bump
// `StateCoding.version` so that snapshots of the old layout are not read.

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
        w.write(isProtected)
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
        isProtected = try r.read()
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
        w.write(undone)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        id = try r.read()
        kind = try r.read()
        text = try r.read()
        corrects = try r.read()
        stamp = try r.read()
        undone = try r.read()
    }
}

extension Caseworker: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(initials)
        w.write(name)
        w.write(organisation)
        w.write(phone)
        w.write(email)
        w.write(login)
        w.write(role)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        initials = try r.read()
        name = try r.read()
        organisation = try r.read()
        phone = try r.read()
        email = try r.read()
        login = try r.read()
        role = try r.read()
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
        w.write(endedPlacement)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        to = try r.read()
        date = try r.read()
        reason = try r.read()
        income = try r.read()
        stamp = try r.read()
        endedPlacement = try r.read()
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
