package org.sendready.ui.logs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.sendready.logs.LogSource;

/// Counts the bytes an analysis reads from its files (as stored, before decompression) and
/// hands the running count to the FX thread now and then.
///
/// Counting happens on the analysis thread only; reports are posted to `fxThread` each time
/// another [#STEPS]th of `total` was read, so even a huge log posts a few hundred updates.
final class ReadProgress {
    /// Updates per analysis: a smooth bar, and a queue of FX tasks that never grows long.
    static final int STEPS = 200;

    private final Executor fxThread;
    private final LongConsumer report;
    private final long step;
    private long read;
    private long nextReport;

    /// @param total the bytes expected (the files' sizes when they were chosen)
    /// @param report receives the bytes read so far, on `fxThread`
    ReadProgress(long total, Executor fxThread, LongConsumer report) {
        this.fxThread = fxThread;
        this.report = report;
        this.step = Math.max(1, total / STEPS);
        this.nextReport = step;
    }

    /// `source`, counting what is read from it.
    LogSource track(LogSource source) {
        return new LogSource(
                source.name(), source.modified(), () -> new Counting(source.opener().open()));
    }

    private void add(long bytes) {
        read += bytes;
        if (read >= nextReport) {
            nextReport = read + step;
            long now = read;
            fxThread.execute(() -> report.accept(now));
        }
    }

    private final class Counting extends FilterInputStream {
        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }
    }
}
