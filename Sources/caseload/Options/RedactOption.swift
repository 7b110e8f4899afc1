import ArgumentParser

/// `--redact`, on every command that shows officers' names.
struct RedactOption: ParsableArguments {
    @ArgumentParser.Flag(help: "Leave officer names out: each is shown as the officer's id.") var redact = false
}
