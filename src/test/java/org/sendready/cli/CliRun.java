package org.sendready.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/// One run of the command line in-process, with what it printed and its exit code.
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code =
                CliWiring.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
