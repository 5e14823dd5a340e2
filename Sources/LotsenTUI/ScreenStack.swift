/// The screens above the list, the top one active: the one way reducers open, change
/// and close screens, so none writes the top back by index.
public struct ScreenStack: Sendable {
    public private(set) var screens: [Screen] = []

    public init() {}

    /// The active screen; nil on the list.
    public var top: Screen? { screens.last }
    public var isEmpty: Bool { screens.isEmpty }
    public var count: Int { screens.count }

    public mutating func push(_ screen: Screen) { screens.append(screen) }

    /// Closes the active screen (none on the list).
    public mutating func pop() { if !screens.isEmpty { screens.removeLast() } }

    /// The active screen, changed: what a reducer that worked on a copy writes back.
    public mutating func replaceTop(_ screen: Screen) {
        if screens.isEmpty { screens.append(screen) } else { screens[screens.count - 1] = screen }
    }

    /// Closes screens from the top while `body` says so.
    public mutating func pop(while body: (Screen) -> Bool) {
        while let t = screens.last, body(t) { screens.removeLast() }
    }
}
