import CaseloadCore
import Testing

@Suite("Decoding officers.csv and cases.csv by the contract")
struct ForceDecoderTests {
    static let officers = """
        officer_id,name,team,fte,mosovo,approved_premises,da_specialist,status
        OM1,Aisha Khan,North,1,trained,no,yes,active
        OM2,Ben Walker,North,0.5,awaiting,,,leave

        """
    static let cases = """
        case_id,officer_id,team,risk,mappa_category,mappa_level,location,domestic_abuse,allocated_on,previous_officer_id
        C1,OM1,North,very_high,1,2,community,yes,2026-10-01,
        C2,,North,low,,,custody,,,OM2

        """

    static func decode(officers: String = officers, cases: String = cases) -> Result<Force, ImportFailure> {
        ForceDecoder.decode(officersFile: "officers.csv", officers: Array(officers.utf8), casesFile: "cases.csv", cases: Array(cases.utf8))
    }

    @Test("a valid pair decodes to the force it describes, defaults applied")
    func valid() throws {
        let force = try Self.decode().get()
        #expect(force.officers == [
            Officer(id: "OM1", name: "Aisha Khan", team: "North", fte: .full, mosovo: .trained, daSpecialist: true),
            Officer(id: "OM2", name: "Ben Walker", team: "North", fte: FTE("0.5")!, mosovo: .awaiting, status: .leave),
        ])
        #expect(force.cases == [
            Case(id: "C1", officerID: "OM1", team: "North", risk: .veryHigh, mappa: Mappa(category: 1, level: 2), location: .community, domesticAbuse: true, allocatedOn: Day("2026-10-01")),
            Case(id: "C2", officerID: nil, team: "North", risk: .low, location: .custody, previousOfficerID: "OM2"),
        ])
    }

    @Test("columns in any order, unknown columns ignored, optional columns absent")
    func anyOrder() throws {
        let force = try Self.decode(
            officers: "notes,mosovo,team,name,officer_id\nx,none,East,Chloe,OM3\n",
            cases: "location,risk,team,case_id,officer_id,colour\nhospital,high,East,C9,OM3,red\n"
        ).get()
        #expect(force.officers == [Officer(id: "OM3", name: "Chloe", team: "East", mosovo: .untrained)])
        #expect(force.cases == [Case(id: "C9", officerID: "OM3", team: "East", risk: .high, location: .hospital)])
    }

    @Test("the four case dates are optional, stored as dates, and each refuses what is not a date", arguments: [
        ("referred_on", "2026-09-30", Case(id: "C9", officerID: nil, team: "East", risk: .low, referredOn: Day("2026-09-30"))),
        ("release_on", "2027-01-31", Case(id: "C9", officerID: nil, team: "East", risk: .low, releaseOn: Day("2027-01-31"))),
        ("ends_on", "2031-12-31", Case(id: "C9", officerID: nil, team: "East", risk: .low, endsOn: Day("2031-12-31"))),
        ("next_review_on", "2026-12-15", Case(id: "C9", officerID: nil, team: "East", risk: .low, nextReviewOn: Day("2026-12-15"))),
        ("next_review_on", "", Case(id: "C9", officerID: nil, team: "East", risk: .low)),
    ])
    func caseDates(column: String, value: String, expected: Case) throws {
        let officers = "officer_id,name,team,mosovo\nOM3,Chloe,East,none\n"
        let good = try Self.decode(officers: officers, cases: "case_id,team,risk,location,\(column)\nC9,East,low,community,\(value)\n").get()
        #expect(good.cases == [expected])
        let bad = Self.decode(officers: officers, cases: "case_id,team,risk,location,\(column)\nC9,East,low,community,2026-02-30\n")
        guard case .failure(let failure) = bad else {
            Issue.record("2026-02-30 accepted in \(column)")
            return
        }
        #expect(failure.issues.first?.description.hasPrefix("cases.csv:2: \(column): '2026-02-30' is not valid; use a date as YYYY-MM-DD or DD/MM/YYYY") == true, "got \(failure.description)")
    }

    @Test("each kind of bad value gives FILE:LINE: column: message", arguments: [
        ("officers", "OM2,Ben Walker,North,0.5,awaiting", "OM2,Ben Walker,North,1.01,awaiting", "officers.csv:3: fte: '1.01' is not valid"),
        ("officers", "OM2,Ben Walker,North,0.5,awaiting", "OM2,Ben Walker,North,0.5,yes", "officers.csv:3: mosovo: 'yes' is not allowed; use one of trained, awaiting, none"),
        ("officers", "OM2,Ben Walker", "OM1,Ben Walker", "officers.csv:3: officer_id: 'OM1' is already used on line 2"),
        ("officers", "awaiting,,,leave", "awaiting,,,away", "officers.csv:3: status: 'away' is not allowed; use one of active, leave"),
        ("officers", "OM2,Ben Walker,North", "OM2,,North", "officers.csv:3: name: is empty"),
        ("cases", "C1,OM1,North,very_high", "C1,OM7,North,very_high", "cases.csv:2: officer_id: 'OM7' is not in officers.csv"),
        ("cases", "C2,,North,low", "C1,,North,low", "cases.csv:3: case_id: 'C1' is already used on line 2"),
        ("cases", "2026-10-01", "2026-13-01", "cases.csv:2: allocated_on: '2026-13-01' is not valid; use a date as YYYY-MM-DD or DD/MM/YYYY"),
        ("cases", "2026-10-01", "2025-02-29", "cases.csv:2: allocated_on: '2025-02-29' is not valid"),
        ("cases", "C2,,North,low,,,custody", "C2,,North,low,3,,custody", "cases.csv:3: mappa_level: is empty while mappa_category is 3"),
        ("cases", "C2,,North,low,,,custody", "C2,,North,low,,,street", "cases.csv:3: location: 'street' is not allowed"),
        ("cases", "C2,,North,low,,,custody", "C2,,North,low,3,1,custody", "cases.csv:3: mappa_level: category 3 cases are managed at level 2 or 3; use 2 or 3"),
        ("cases", "C2,,North,low,,,custody,,,OM2", "C2,,North,low,,,custody,,OM2", "cases.csv:3: previous_officer_id: the row has 9 fields but the header has 10"),
        ("cases", "community,yes", "community,si", "cases.csv:2: domestic_abuse: 'si' is not valid; use yes or no"),
    ])
    func badValue(file: String, replacing: String, with: String, message: String) throws {
        let result = file == "officers"
            ? Self.decode(officers: Self.officers.replacing(replacing, with: with))
            : Self.decode(cases: Self.cases.replacing(replacing, with: with))
        guard case .failure(let failure) = result else {
            Issue.record("decoded despite \(with)")
            return
        }
        #expect(failure.issues.count == 1)
        #expect(failure.issues.first?.description.hasPrefix(message) == true, "got \(failure.description)")
    }

    @Test("a buddy is a trained officer in the file, for an officer not trained; a course date is a date", arguments: [
        ("OM2,Ben Walker,North,0.5,awaiting,,,,OM1,2027-01-18", nil),
        ("OM2,Ben Walker,North,0.5,awaiting,,,,OM9,", "officers.csv:3: buddy_id: 'OM9' is not in officers.csv; a buddy is a trained officer"),
        ("OM2,Ben Walker,North,0.5,awaiting,,,,OM2,", "officers.csv:3: buddy_id: 'OM2' is not a MOSOVO-trained officer"),
        ("OM2,Ben Walker,North,0.5,trained,,,,OM1,", "officers.csv:3: buddy_id: 'OM2' is MOSOVO trained and needs no buddy"),
        ("OM2,Ben Walker,North,0.5,awaiting,,,,,2027-13-01", "officers.csv:3: mosovo_course_on: '2027-13-01' is not valid; use a date as YYYY-MM-DD"),
    ])
    func buddies(row: String, message: String?) throws {
        let officers = "officer_id,name,team,fte,mosovo,approved_premises,da_specialist,status,buddy_id,mosovo_course_on\nOM1,Aisha Khan,North,1,trained,,,,,\n\(row)\n"
        let result = Self.decode(officers: officers)
        switch (result, message) {
        case (.success(let force), nil):
            #expect(force.officers.last?.buddyID == "OM1")
            #expect(force.officers.last?.mosovoCourseOn == Day("2027-01-18"))
        case (.failure(let failure), let message?):
            #expect(failure.issues.count == 1)
            #expect(failure.issues.first?.description.hasPrefix(message) == true, "got \(failure.description)")
        default:
            Issue.record("\(row): \(result)")
        }
    }

    @Test("category 3 is accepted at level 2 and 3, categories 1 and 2 at every level", arguments: [(3, 2), (3, 3), (1, 1), (2, 1), (2, 3)])
    func mappaPairs(category: Int, level: Int) throws {
        let result = Self.decode(cases: Self.cases.replacing("C2,,North,low,,,custody", with: "C2,,North,low,\(category),\(level),custody"))
        guard case .success(let force) = result else {
            Issue.record("refused \(category)/\(level)")
            return
        }
        #expect(force.cases.last?.mappa == Mappa(category: category, level: level))
    }

    @Test("a missing required column is reported once, on the header line")
    func missingColumn() throws {
        let result = Self.decode(cases: "case_id,team,location\nC1,North,community\n")
        guard case .failure(let failure) = result else { throw Failure.decoded }
        #expect(failure.issues.map(\.description) == ["cases.csv:1: risk: required column is missing; the header needs case_id,team,risk,location"])
    }

    @Test("every different mistake is reported, up to the cap, with a count of the rest")
    func cap() throws {
        let rows = (1...150).map { "C\($0),OM1,North,severe\($0),,,community,no,," }.joined(separator: "\n")
        let result = Self.decode(cases: "case_id,officer_id,team,risk,mappa_category,mappa_level,location,domestic_abuse,allocated_on,previous_officer_id\n" + rows)
        guard case .failure(let failure) = result else { throw Failure.decoded }
        #expect(failure.total == 150)
        #expect(failure.issues.count == ForceDecoder.issueCap)
        #expect(failure.description.hasSuffix("… and 50 more"))
        #expect(failure.issues.last?.line == 101)
    }

    @Test("a mistake repeated on many lines is reported once, with how many and the first few lines")
    func grouped() throws {
        let rows = (1...150).map { "C\($0),OM1,North,\($0 % 3 == 0 ? "Severe" : "low"),,,community,\($0 == 7 ? "maybe" : "no"),," }.joined(separator: "\n")
        let result = Self.decode(cases: "case_id,officer_id,team,risk,mappa_category,mappa_level,location,domestic_abuse,allocated_on,previous_officer_id\n" + rows)
        guard case .failure(let failure) = result else { throw Failure.decoded }
        #expect(failure.total == 51)
        #expect(failure.description.split(separator: "\n") == [
            "cases.csv:4: risk: 'Severe' is not allowed; use one of low, medium, high, very_high; the same on 49 more lines (7, 10, 13, 16, 19, …)",
            "cases.csv:8: domestic_abuse: 'maybe' is not valid; use yes or no (y/n, true/false or 1/0 do too), or leave it empty for no",
        ])
    }

    @Test("control characters in a bad value are escaped in the message")
    func escapedMessage() throws {
        let result = Self.decode(cases: Self.cases.replacing("very_high", with: "\u{1B}]0;pwned\u{7}"))
        guard case .failure(let failure) = result else { throw Failure.decoded }
        #expect(!failure.description.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(failure.description.contains("\\u{001B}]0;pwned\\u{0007}"))
    }

    @Test("repeated case ids are found among many short rows, each against its first line, as a dictionary would find them")
    func repeatedIDsAtScale() throws {
        var random = SeededRandom(seed: 4)
        let ids = (0..<20_000).map { _ -> String in
            switch random.below(10) {
            case 0: "Zoë\(random.below(300))"
            case 1: "Zoe\u{308}\(random.below(300))"
            default: "C\(random.below(30_000))"
            }
        }
        let rows = ids.map { "\($0),,N,low,,,custody" }.joined(separator: "\n")
        let result = Self.decode(cases: "case_id,officer_id,team,risk,mappa_category,mappa_level,location\n" + rows + "\n")
        guard case .failure(let failure) = result else { throw Failure.decoded }
        var firstLines: [String: Int] = [:]
        var repeats: [(id: String, lines: [Int])] = []
        var total = 0
        for (index, id) in ids.enumerated() {
            if firstLines[id] != nil {
                total += 1
                if let known = repeats.firstIndex(where: { $0.id == id }) { repeats[known].lines.append(index + 2) } else { repeats.append((id, [index + 2])) }
            } else {
                firstLines[id] = index + 2
            }
        }
        let expected = repeats.prefix(ForceDecoder.issueCap).map { id, lines in
            var issue = ImportIssue(file: "cases.csv", line: lines[0], column: "case_id", message: "'\(id)' is already used on line \(firstLines[id]!); case ids must be unique")
            issue.repeats = lines.count - 1
            issue.alsoOn = Array(lines.dropFirst().prefix(5))
            return issue.description
        }
        #expect(failure.total == total)
        #expect(failure.issues.map(\.description) == expected)
    }

    @Test("in a file sorted by case id, a repeat is found whether it follows its first at once, later, or after the order breaks", arguments: [
        (["C5000"], ["'C5000' is already used on line 5001"]),
        (["C5001", "C0007"], ["'C0007' is already used on line 8"]),
        (["C0002", "C6000", "C0001", "C6000"], ["'C0002' is already used on line 3", "'C0001' is already used on line 2", "'C6000' is already used on line 5003"]),
        (["C4999x", "C5001"], []),
    ])
    func repeatedIDsInOrder(tail: [String], messages: [String]) throws {
        let ids = (1...5_000).map { "C" + String("000\($0)".suffix(4)) } + tail
        let rows = ids.map { "\($0),,N,low,,,custody" }.joined(separator: "\n")
        let result = Self.decode(cases: "case_id,officer_id,team,risk,mappa_category,mappa_level,location\n" + rows + "\n")
        switch result {
        case .success(let force):
            #expect(messages.isEmpty)
            #expect(force.cases.map(\.id.text) == ids)
        case .failure(let failure):
            #expect(failure.issues.map(\.message) == messages.map { $0 + "; case ids must be unique" })
        }
    }

    @Test("each case's officer_id is looked up among many officers, however it is spelled", arguments: [
        ("OM77", true), ("OM7", true), ("om77", false), ("OM077", false), ("OM4000", false), ("Zoë", true), ("Zoe\u{308}", true), ("Zoe", false),
    ])
    func officerLookup(officerID: String, known: Bool) {
        let officers = (0..<3_000).map { "OM\($0),Name,N,1,trained" } + ["Zoë,Name,N,1,trained"]
        let result = Self.decode(
            officers: "officer_id,name,team,fte,mosovo\n" + officers.joined(separator: "\n") + "\n",
            cases: "case_id,officer_id,team,risk,location\nC1,\(officerID),N,low,custody\n")
        switch result {
        case .success(let force):
            #expect(known)
            #expect(force.cases.first?.officerID == OfficerID(officerID))
        case .failure(let failure):
            #expect(!known)
            #expect(failure.description.contains("'\(officerID)' is not in officers.csv"))
        }
    }

    enum Failure: Error { case decoded }
}
