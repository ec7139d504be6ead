package org.sendready.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/// The command line's composition root: builds the command tree, its value converters and its
/// error handling.
///
/// Bad input never ends in a stack trace: an option that does not convert, or an
/// [InvalidInput] thrown while a command runs, prints one line naming the field and the
/// reason to stderr and exits with [ExitCode#BAD_INPUT].
public final class CliWiring {
    private CliWiring() {}

    public static CommandLine newCommandLine() {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /// A command line writing to `out` and `err`, as tests use it.
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new SendreadyCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.registerConverter(DomainName.class, converter(DomainName::parse));
        commandLine.setParameterExceptionHandler(CliWiring::onUsageError);
        commandLine.setExecutionExceptionHandler(CliWiring::onExecutionError);
        return commandLine;
    }

    /// Adapts a core parser to picocli: its [InvalidInput] reason becomes the usage message.
    public static <T> ITypeConverter<T> converter(Function<String, T> parser) {
        return text -> {
            try {
                return parser.apply(text);
            } catch (InvalidInput e) {
                throw new TypeConversionException(e.reason());
            }
        };
    }

    private static int onUsageError(CommandLine.ParameterException e, String[] args) {
        var commandLine = e.getCommandLine();
        var err = commandLine.getErr();
        err.println("sendready: " + e.getMessage());
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        return ExitCode.BAD_INPUT;
    }

    private static int onExecutionError(
            Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        if (e instanceof InvalidInput invalid) {
            commandLine.getErr().println("sendready: " + invalid.getMessage());
            return ExitCode.BAD_INPUT;
        }
        throw e;
    }
}
