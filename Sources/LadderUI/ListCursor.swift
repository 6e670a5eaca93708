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

/// A scroll position over lines of text: the first line shown, kept within the text.
struct LineScroll: Equatable {
    private(set) var offset = 0
    private var pageSize = 10
    private var lineCount = 0

    mutating func move(_ movement: Movement) {
        switch movement {
        case .up: offset -= 1
        case .down: offset += 1
        case .pageUp: offset -= pageSize
        case .pageDown: offset += pageSize
        case .top: offset = 0
        case .bottom: offset = lineCount
        }
        clamp()
    }

    /// Fits the position to text of `lineCount` lines shown `pageSize` at a time.
    mutating func fit(lineCount: Int, pageSize: Int) {
        self.lineCount = lineCount
        self.pageSize = max(1, pageSize)
        clamp()
    }

    /// Whether lines are out of view above and below.
    var hasMore: (above: Bool, below: Bool) { (offset > 0, offset + pageSize < lineCount) }

    /// The lines of `lines` that show.
    func visible<Line>(_ lines: [Line]) -> ArraySlice<Line> { lines.dropFirst(offset).prefix(pageSize) }

    private mutating func clamp() {
        offset = max(0, min(offset, max(0, lineCount - pageSize)))
    }
}
