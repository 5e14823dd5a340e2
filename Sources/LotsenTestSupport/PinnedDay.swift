/// The day every test's `lotsen` believes it is (`LOTSEN_TODAY`), so that no test
/// depends on the day it runs. The goldens were recorded on this day.
public enum PinnedDay {
    public static let iso = "2026-11-24"
}
