/// Counts with their noun in the right number: the one place ladder writes "1 skill" and "2 skills".
public enum Plural {
    /// "1 skill", "0 skills", "12 experts"; `plural` for nouns that do not just take an "s".
    public static func count(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
