import LadderCore
import LadderText

/// `ladder calibrate --json`.
struct CalibrationJSON: Encodable {
    struct OpinionRating: Encodable {
        let name: String
        let rating: String
    }

    struct Difference: Encodable {
        let skill: SkillEntry
        /// The user's own rating (`self` in the JSON).
        let own: String
        let opinions: [OpinionRating]
        let steps: Int

        enum CodingKeys: String, CodingKey {
            case skill, own = "self", opinions, steps
        }

        init(_ difference: RatingDifference) {
            skill = difference.skill
            own = difference.own.rawValue
            opinions = difference.opinions.map { OpinionRating(name: $0.name, rating: $0.rating.rawValue) }
            steps = difference.steps
        }
    }

    let differences: [Difference]

    init(differences: [RatingDifference]) {
        self.differences = differences.map(Difference.init)
    }
}
