/// The columns of officers.csv, as the CSV contract names them.
public enum OfficerColumn: String, CaseIterable, Sendable, CSVColumn {
    case officerID = "officer_id"
    case name
    case team
    case fte
    case mosovo
    case approvedPremises = "approved_premises"
    case daSpecialist = "da_specialist"
    case status
    case buddyID = "buddy_id"
    case mosovoCourseOn = "mosovo_course_on"

    public var isRequired: Bool {
        switch self {
        case .officerID, .name, .team, .mosovo: true
        case .fte, .approvedPremises, .daSpecialist, .status, .buddyID, .mosovoCourseOn: false
        }
    }
}

/// The columns of cases.csv, as the CSV contract names them.
public enum CaseColumn: String, CaseIterable, Sendable, CSVColumn {
    case caseID = "case_id"
    case officerID = "officer_id"
    case team
    case risk
    case mappaCategory = "mappa_category"
    case mappaLevel = "mappa_level"
    case location
    case domesticAbuse = "domestic_abuse"
    case allocatedOn = "allocated_on"
    case previousOfficerID = "previous_officer_id"
    case referredOn = "referred_on"
    case releaseOn = "release_on"
    case endsOn = "ends_on"
    case nextReviewOn = "next_review_on"

    public var isRequired: Bool {
        switch self {
        case .caseID, .team, .risk, .location: true
        case .officerID, .mappaCategory, .mappaLevel, .domesticAbuse, .allocatedOn, .previousOfficerID, .referredOn, .releaseOn, .endsOn, .nextReviewOn:
            false
        }
    }
}

/// A column of one of the import files: its header name and whether the file must have it.
public protocol CSVColumn: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    var isRequired: Bool { get }
}
