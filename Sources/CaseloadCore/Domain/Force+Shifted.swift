extension Force {
    /// The force with every date moved by the same number of days (each kept within the supported years): the
    /// bundled demo, made for one day, placed around the day it runs, so it looks like a working team's on any day.
    public func shifted(byDays days: Int) -> Force {
        guard days != 0 else { return self }
        let move = { (day: Day?) in day.map { $0.adding(days: days).clampedToSupportedYears } }
        var force = self
        for index in force.officers.indices { force.officers[index].mosovoCourseOn = move(force.officers[index].mosovoCourseOn) }
        for index in force.cases.indices {
            force.cases[index].allocatedOn = move(force.cases[index].allocatedOn)
            force.cases[index].referredOn = move(force.cases[index].referredOn)
            force.cases[index].releaseOn = move(force.cases[index].releaseOn)
            force.cases[index].endsOn = move(force.cases[index].endsOn)
            force.cases[index].nextReviewOn = move(force.cases[index].nextReviewOn)
        }
        return force
    }
}
