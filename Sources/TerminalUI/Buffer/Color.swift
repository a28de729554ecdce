/// A terminal colour: the eight ANSI colours every terminal has, or the terminal's own default.
///
/// Eight colours keep themes usable on the 8-colour consoles people reach over SSH; backends
/// without colour (or with `NO_COLOR`) drop them and keep the attributes.
public enum Color: String, Hashable, Sendable, CaseIterable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
}
