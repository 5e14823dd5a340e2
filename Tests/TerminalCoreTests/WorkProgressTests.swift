import Testing
@testable import TerminalCore

@Suite("Work progress")
struct WorkProgressTests {
    @Test("the estimate is the pace so far, and none before there is a pace")
    func estimate() {
        #expect(WorkProgress(done: 25, total: 100, elapsedSeconds: 2).secondsLeft == 6)
        #expect(WorkProgress(done: 1, total: 100, elapsedSeconds: 0.5).secondsLeft == nil)
        #expect(WorkProgress(done: 1, total: 100, elapsedSeconds: 1).secondsLeft == 99)
        #expect(WorkProgress(done: 100, total: 100, elapsedSeconds: 3).secondsLeft == nil)
        #expect(WorkProgress(done: 150, total: 100, elapsedSeconds: 3).percent == 100)
    }

    @Test("the bar fills in proportion, brackets included in its width")
    func bar() {
        #expect(WorkProgress(done: 1, total: 2, elapsedSeconds: 1).bar(width: 12) == "[#####.....]")
        #expect(WorkProgress(done: 0, total: 2, elapsedSeconds: 1).bar(width: 4) == "[..]")
    }
}
