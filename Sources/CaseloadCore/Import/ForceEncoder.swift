/// Writes a force as officers.csv and cases.csv, in the CSV contract's columns, so that it imports back unchanged.
public enum ForceEncoder {
    public static func officersCSV(_ officers: [Officer]) -> [UInt8] {
        var writer = CSVWriter(audience: .program, reservingCapacity: officers.count * 64)
        writer.writeRow(OfficerColumn.allCases.map(\.rawValue))
        for officer in officers {
            writer.writeRow([
                officer.id.text, officer.name, officer.team, officer.fte.description, officer.mosovo.rawValue,
                yesNo(officer.approvedPremises), yesNo(officer.daSpecialist), officer.status.rawValue, officer.buddyID?.text ?? "",
                officer.mosovoCourseOn?.description ?? "",
            ])
        }
        return writer.bytes
    }

    public static func casesCSV(_ cases: [Case]) -> [UInt8] {
        var writer = CSVWriter(audience: .program, reservingCapacity: cases.count * 64)
        writer.writeRow(CaseColumn.allCases.map(\.rawValue))
        for offender in cases {
            writer.writeRow([
                offender.id.text, offender.officerID?.text ?? "", offender.team, offender.risk.rawValue,
                offender.mappa.map { String($0.category) } ?? "", offender.mappa.map { String($0.level) } ?? "",
                offender.location.rawValue, yesNo(offender.domesticAbuse), offender.allocatedOn?.description ?? "",
                offender.previousOfficerID?.text ?? "", offender.referredOn?.description ?? "", offender.releaseOn?.description ?? "",
                offender.endsOn?.description ?? "", offender.nextReviewOn?.description ?? "",
            ])
        }
        return writer.bytes
    }

    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
