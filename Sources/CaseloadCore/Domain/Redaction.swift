/// Officer names taken out of what is shown, for `--redact`: each name becomes the officer's id.
extension Officer {
    /// The officer with the name replaced by the id.
    public var redacted: Officer {
        var officer = self
        officer.name = id.text
        return officer
    }
}

extension Force {
    /// The force with every officer's name replaced by the id.
    public var redacted: Force { Force(officers: officers.map(\.redacted), cases: cases, covers: covers) }
}

extension MonthSnapshot {
    /// The snapshot with every officer's name replaced by the id.
    public var redacted: MonthSnapshot {
        var snapshot = self
        snapshot.officers = officers.map { OfficerWorkload(officer: $0.officer.redacted, workload: $0.workload) }
        return snapshot
    }
}
