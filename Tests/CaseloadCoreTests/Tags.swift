import Testing

extension Tag {
    /// A suite that runs processes by the hundred or for a minute: left out of the quick loop the README gives.
    @Tag static var slow: Self
}
