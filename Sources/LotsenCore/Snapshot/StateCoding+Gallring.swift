import LotsenCalendar

// Binary forms of gallring's state: the rules, a waiting proposal, the purges' ledger.

extension RetentionStart: BinaryCodable {}

extension RetentionRules: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(years)
        w.write(start)
        w.write(researchException)
        w.write(secondPerson)
        w.write(backupDays ?? 0)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(years: try r.read(), start: try r.read(), researchException: try r.read(), secondPerson: try r.read())
        let days: Int = try r.read()
        backupDays = days > 0 ? days : nil
    }
}

extension GallringProposal: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(sequence)
        w.write(subjects)
        w.write(stamp)
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        self.init(sequence: try r.read(), subjects: try r.read(), stamp: try r.read())
    }
}

extension PurgeLedger: BinaryCodable {
    public func write(to w: inout BinaryWriter) {
        w.write(count)
        w.write(last != nil)
        if let last { w.write(last) }
    }

    public init(from r: inout BinaryReader) throws(BinaryDecodingError) {
        let count: Int = try r.read()
        let hasLast: Bool = try r.read()
        self.init(count: count, last: hasLast ? try r.read() as Timestamp : nil)
    }
}
