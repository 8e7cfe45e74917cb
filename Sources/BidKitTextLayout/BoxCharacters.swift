/// Picks the box-drawing character for a point where lines meet.
///
/// Spanning cells make the junctions irregular (a `┬` becomes `─` where a colspan removes
/// the column line below, a `┼` becomes `├` where a rowspan removes the rule to its right),
/// so instead of fixed corner/tee tables the drawer asks which of the four arms exist.
/// Vertical lines are always single; horizontal ones single (`─`) or double (`═`).
enum BoxCharacters {
    static func junction(up: Bool, down: Bool, left: Bool, right: Bool, double: Bool) -> Character {
        let horizontal = left || right
        let vertical = up || down
        if !horizontal { return vertical ? "│" : " " }
        if !vertical { return double ? "═" : "─" }
        let glyphs: [Character] = double ? doubleJunctions : singleJunctions
        // Index bits: up 8, down 4, left 2, right 1; only combinations with both a vertical
        // and a horizontal arm reach here.
        let index = (up ? 8 : 0) | (down ? 4 : 0) | (left ? 2 : 0) | (right ? 1 : 0)
        return glyphs[index]
    }

    /// Indexed by the arm bits; "·" marks combinations ruled out above.
    private static let singleJunctions: [Character] = [
        "·", "·", "·", "·",  // no vertical arm
        "·", "┌", "┐", "┬",  // down
        "·", "└", "┘", "┴",  // up
        "·", "├", "┤", "┼",  // up + down
    ]

    private static let doubleJunctions: [Character] = [
        "·", "·", "·", "·",
        "·", "╒", "╕", "╤",
        "·", "╘", "╛", "╧",
        "·", "╞", "╡", "╪",
    ]

    static let horizontal: Character = "─"
    static let doubleHorizontal: Character = "═"
    static let vertical: Character = "│"
}
