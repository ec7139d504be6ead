package org.sendready.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.sendready.input.InvalidInput;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogSource;
import org.sendready.operate.SetupDiagnosis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `sendready log analyze FILE... [--json] [--top N]`: delivery outcomes of Postfix logs, the
/// recipient domains that fail DNS (with likely typos), and the rejections that a setup step
/// fixes.
///
/// Exit codes: 0 when the logs were read (whatever they say), 2 for a missing file or a bad
/// option.
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Summarize Postfix logs: sent, deferred, bounced and expired by recipient domain,",
            "DSN code, reason and hour; recipient domains that fail DNS, with likely typos;",
            "rejections caused by the sender's setup and the step that fixes them.",
            "Plain and .gz files; give rotated files oldest first. Classic syslog lines",
            "take their year from the file's modification time."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the logs were read", "2:a file is missing or an option is bad"})
public final class LogAnalyzeCommand implements Callable<Integer> {
    /// A table longer than this stops being read; JSON lists are cut at --top as well.
    static final int DEFAULT_TOP = 10;

    @Spec CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Postfix log files (mail.log, mail.log.1, mail.log.2.gz, ...).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object instead of tables.")
    boolean json;

    @Option(
            names = "--top",
            paramLabel = "N",
            description = "Rows per table (default: ${DEFAULT-VALUE}).")
    int top = DEFAULT_TOP;

    @Override
    public Integer call() throws JsonProcessingException {
        if (top < 1) {
            throw new InvalidInput("--top", "must be at least 1, was " + top);
        }
        var zone = ZoneId.systemDefault();
        var sources = files.stream().map(path -> LogSource.of(path, zone)).toList();
        var analysis = LogAnalyzer.analyze(sources);
        var findings = SetupDiagnosis.of(analysis);
        var out = spec.commandLine().getOut();
        for (var file : analysis.files()) {
            file.problem()
                    .ifPresent(
                            problem ->
                                    spec.commandLine()
                                            .getErr()
                                            .println(
                                                    "sendready: warning: "
                                                            + file.name()
                                                            + ": "
                                                            + problem));
        }
        if (json) {
            var mapper = new ObjectMapper();
            out.println(
                    mapper.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(
                                    LogAnalysisJson.of(mapper, analysis, findings, top)));
        } else {
            LogAnalysisText.print(out, analysis, findings, top);
        }
        return ExitCode.DONE;
    }
}
