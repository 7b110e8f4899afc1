import CaseloadCore

extension Case {
    /// One line that says what the case is: "C9003  East  very_high  MAPPA 2/3  approved_premises  DA".
    public var summary: String {
        var parts = [id.text, team, risk.rawValue]
        if let mappa { parts.append("MAPPA cat \(mappa.category) level \(mappa.level)") }
        parts.append(location.rawValue)
        if domesticAbuse { parts.append("domestic abuse") }
        if let previousOfficerID { parts.append("previously with \(previousOfficerID)") }
        return parts.map(\.escapedForDisplay).joined(separator: "  ")
    }
}

extension Limits {
    /// The limits as a JSON object, as every report states them.
    public var json: JSON {
        .object([
            ("max_cases", .int(maxCases)),
            ("max_high_risk_pct", .fixedPoint(maxHighRiskHundredths, places: 2)),
            ("near", .fixedPoint(nearThousandths, places: 3)),
        ])
    }

    /// The limits in words.
    public var sentence: String {
        "Limits: \(maxCases) cases (pro rata by FTE and any reduction), \(formatFixedPoint(maxHighRiskHundredths, places: 2))% high risk (a share of at least \(shareFloor) cases); near from \(formatFixedPoint(nearThousandths / 10, places: 0))% of a limit"
    }
}
