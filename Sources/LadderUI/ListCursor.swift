/// A selection in a list and the scroll offset that keeps it in view.
struct ListCursor: Equatable {
    var selected = 0
    var offset = 0

    /// Moves the selection over `count` items, `page` items being one screenful.
    mutating func move(_ movement: Movement, count: Int, page: Int) {
        guard count > 0 else { return }
        switch movement {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= max(1, page - 1)
        case .pageDown: selected += max(1, page - 1)
        case .top: selected = 0
        case .bottom: selected = count - 1
        }
        clamp(count: count)
    }

    mutating func clamp(count: Int) {
        selected = max(0, min(selected, count - 1))
    }

    /// Adjusts the offset so the selection shows in a viewport of `height` items.
    mutating func scrollIntoView(height: Int, count: Int) {
        clamp(count: count)
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, min(offset, max(0, count - height)))
    }
}
