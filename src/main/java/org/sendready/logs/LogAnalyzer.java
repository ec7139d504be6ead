package org.sendready.logs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/// Reads Postfix logs in one streaming pass into a [LogAnalysis].
///
/// Memory does not grow with the number of lines: lines are parsed in place from one buffer,
/// open lifecycles end on `removed` and are capped, and every table is capped (see
/// [LogAnalysis.Limits]). Inputs are read in the order given; rotated files are best given
/// oldest first (`mail.log.2.gz mail.log.1 mail.log`) so lifecycles that cross a rotation
/// join up.
public final class LogAnalyzer {
    private LogAnalyzer() {}

    /// Analyzes `sources` in order. A source that fails while being read (a truncated `.gz`,
    /// a read error) keeps what was read and says why in its [FileSummary]. Interrupting the
    /// calling thread (a cancelled background task) ends the analysis with a
    /// [CancellationException] within one buffer's worth of lines.
    public static LogAnalysis analyze(List<LogSource> sources) {
        return analyze(sources, null);
    }

    /// Like [#analyze(List)], also handing each finished [MessageLifecycle] with its
    /// deliveries to `lifecycles` (null for none).
    public static LogAnalysis analyze(
            List<LogSource> sources, Consumer<MessageLifecycle> lifecycles) {
        return analyze(sources, lifecycles, MessageTracker.MAX_OPEN);
    }

    static LogAnalysis analyze(
            List<LogSource> sources, Consumer<MessageLifecycle> lifecycles, int maxOpen) {
        var aggregation = new LogAggregation(maxOpen, lifecycles);
        var scanner = new LineScanner();
        for (var source : sources) {
            var parser = new PostfixLineParser(new SyslogYear(source.modified()));
            long[] lines = {0};
            long[] bytes = {0};
            Optional<String> problem = Optional.empty();
            try (var in = new CountingStream(source.openDecoded(), bytes)) {
                scanner.scan(
                        in,
                        (buffer, start, end) -> {
                            lines[0]++;
                            aggregation.accept(parser.parse(buffer, start, end));
                        });
            } catch (InterruptedIOException e) {
                throw new CancellationException("log analysis cancelled in " + source.name());
            } catch (IOException e) {
                problem =
                        Optional.of(
                                "reading stopped after line " + lines[0] + ": " + e.getMessage());
            }
            aggregation.file(new FileSummary(source.name(), lines[0], bytes[0], problem));
        }
        return aggregation.result();
    }
}
