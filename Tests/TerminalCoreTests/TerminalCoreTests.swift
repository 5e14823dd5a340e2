import Testing
import TerminalCore

@Suite("Display width")
struct DisplayWidthTests {
    @Test("åäö, combining marks, CJK and emoji take their real width", arguments: [
        ("abc", 3), ("Åsa Öberg", 9), ("e\u{301}", 1), ("Nguyễn", 6), ("李小龍", 6), ("한국", 4),
        ("👍", 2), ("👩‍👩‍👧", 2), ("❤️", 2), ("ｆｕｌｌ", 8), ("\u{1B}", 0), ("", 0),
    ])
    func widths(_ text: String, _ width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test("wrapping breaks between words, keeps the lead, indents what follows", arguments: [
        ("en två tre fyra", 9, 0, ["en två", "tre fyra"]),
        ("    ! S: ett två tre", 12, 2, ["    ! S: ett", "      två", "      tre"]),
        ("kort", 10, 2, ["kort"]),
        ("ett jättelångtord", 8, 0, ["ett", "jättelå…"]),
        ("李小龍 李小龍", 7, 0, ["李小龍", "李小龍"]),
    ])
    func wrap(_ text: String, _ width: Int, _ indent: Int, _ expected: [String]) {
        #expect(DisplayWidth.wrap(text, width: width, indent: indent) == expected)
    }

    @Test("truncation adds … and never splits a grapheme", arguments: [
        ("Åsa Öberg", 5, "Åsa …"), ("李小龍李小龍", 5, "李小…"), ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
        ("kort", 10, "kort"), ("👩‍👩‍👧👩‍👩‍👧", 3, "👩‍👩‍👧…"), ("abc", 0, ""),
    ])
    func truncate(_ text: String, _ width: Int, _ expected: String) {
        let t = DisplayWidth.truncate(text, to: width)
        #expect(t == expected)
        #expect(DisplayWidth.of(t) <= width)
    }
}

@Suite("Screen buffer")
struct ScreenBufferTests {
    @Test("wide characters take two cells; one that does not fit leaves a blank")
    func wide() {
        var b = ScreenBuffer(size: Size(width: 6, height: 1))
        b.put("李小龍", at: Point(x: 1, y: 0))
        #expect(b.line(0) == " 李小 ")
        #expect(b[2, 0].isContinuation)
    }

    @Test("control characters in data are shown as �, never sent raw")
    func controls() {
        var b = ScreenBuffer(size: Size(width: 12, height: 1))
        b.put("A\u{1B}[31mB\u{7}", at: Point(x: 0, y: 0))
        #expect(b.line(0) == "A�[31mB�    ")
        #expect(!b.line(0).unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("equal buffers compare equal; the description shows text, then style runs")
    func description() {
        var b = ScreenBuffer(size: Size(width: 5, height: 2))
        b.put("Hej", at: Point(x: 0, y: 0), style: .bold)
        b.put("då", in: Rect(x: 0, y: 1, width: 5, height: 1), style: .reverse)
        #expect(b.description == "┌─────┐ 5×2\n│Hej  │\n│då   │\n└─────┘\n0: 0-2 bold\n1: 0-4 reverse\n")
        var c = ScreenBuffer(lines: ["Hej", "då"], width: 5)
        #expect(c != b)
        c.restyle(Rect(x: 0, y: 0, width: 3, height: 1)) { $0.bold = true }
        c.restyle(Rect(x: 0, y: 1, width: 5, height: 1)) { $0.reverse = true }
        #expect(c == b)
    }

    @Test("the diff sends only changed cells, and never half a wide character")
    func diff() {
        let a = ScreenBuffer(lines: ["abc", "李x"], width: 4)
        var b = a
        b.put("Z", at: Point(x: 1, y: 0))
        #expect(b.changes(since: a) == [ScreenBuffer.Change(at: Point(x: 1, y: 0), cells: [Cell("Z")])])
        var c = a
        c[1, 1] = Cell("y")   // overwrite the continuation of 李
        let changes = c.changes(since: a)
        #expect(changes.first?.at == Point(x: 0, y: 1))
        #expect(a.changes(since: nil).count == 2)
        #expect(a.changes(since: a).isEmpty)
    }

    @Test("the memory backend counts what each draw sends")
    func memoryBackend() {
        let backend = MemoryBackend(size: Size(width: 10, height: 2))
        var b = ScreenBuffer(size: backend.size)
        b.put("hej", at: Point(x: 0, y: 0))
        backend.draw(b, cursor: nil)
        #expect(backend.lastChangedCells == 3)
        b.put("s", at: Point(x: 3, y: 0))
        backend.draw(b, cursor: nil)
        #expect(backend.lastChangedCells == 1)
        backend.type(.char("q"))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == .key(.char("q")))
        #expect(backend.nextEvent(timeoutMilliseconds: 0) == nil)
    }
}
