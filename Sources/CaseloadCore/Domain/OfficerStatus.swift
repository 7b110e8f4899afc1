/// Whether an officer is working or on leave; officers on leave are left out of averages.
public enum OfficerStatus: String, CaseIterable, Sendable, Codable {
    case active
    case leave
}
