import ArgumentParser
import CaseloadCore

/// An officer's or case's reference read from the command line, normalised as every id is when made.
extension Identifier: ExpressibleByArgument {
    public init(argument: String) { self.init(argument) }
}
