package org.sendready.cli;

/// The exit codes of DESIGN.md's command-line contract.
public final class ExitCode {
    private ExitCode() {}

    /// Done, or every check green.
    public static final int DONE = 0;
    /// A check is not green.
    public static final int NOT_GREEN = 1;
    /// Bad input or usage; a one-line message went to stderr.
    public static final int BAD_INPUT = 2;
}
