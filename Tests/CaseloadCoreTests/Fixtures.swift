import CaseloadCore

/// Builders for small constructed forces, so each test states only what matters to it.
enum Make {
    static func officer(
        _ id: OfficerID, team: String = "North", fte: String = "1", mosovo: MosovoStatus = .trained,
        approvedPremises: Bool = false, daSpecialist: Bool = false, status: OfficerStatus = .active
    ) -> Officer {
        Officer(
            id: id, name: "Officer \(id)", team: team, fte: FTE(fte)!, mosovo: mosovo,
            approvedPremises: approvedPremises, daSpecialist: daSpecialist, status: status)
    }

    /// `count` cases for an officer, the first `high` of them high risk, the rest low.
    static func cases(
        _ officerID: OfficerID?, count: Int, high: Int = 0, team: String = "North", location: Location = .community,
        level: Int? = nil, prefix: String? = nil
    ) -> [Case] {
        (0..<count).map { index in
            Case(
                id: "\(prefix ?? officerID?.text ?? "Q")-\(index)", officerID: officerID, team: team,
                risk: index < high ? .high : .low, mappa: level.map { Mappa(category: 1, level: $0) },
                location: location)
        }
    }
}
