package org.sendready.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/// Splits a byte stream into lines without decoding it, handing each line's bytes to a sink.
///
/// Memory is one buffer, whatever the input's size. A line longer than the buffer is handed
/// over cut at the buffer's length, and its remainder is skipped.
final class LineScanner {
    /// Read size; large enough that the per-read cost disappears, small enough for caches.
    static final int BUFFER_BYTES = 1 << 20;

    /// One line's bytes, without `\n` or `\r\n`.
    interface Sink {
        void line(byte[] buffer, int start, int end);
    }

    private final byte[] buffer;

    LineScanner() {
        this(BUFFER_BYTES);
    }

    LineScanner(int bufferBytes) {
        this.buffer = new byte[bufferBytes];
    }

    /// Reads `in` to its end; returns the number of bytes read. Stops with an
    /// [InterruptedIOException] between two reads once the thread is interrupted.
    long scan(InputStream in, Sink sink) throws IOException {
        long total = 0;
        int filled = 0;
        boolean skipping = false;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted");
            }
            int read = in.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            total += read;
            int limit = filled + read;
            int lineStart = 0;
            for (int i = filled; i < limit; i++) {
                if (buffer[i] == '\n') {
                    if (!skipping) {
                        sink.line(buffer, lineStart, trimCr(lineStart, i));
                    }
                    skipping = false;
                    lineStart = i + 1;
                }
            }
            if (lineStart == 0 && limit == buffer.length) {
                if (!skipping) {
                    sink.line(buffer, 0, limit);
                }
                skipping = true;
                filled = 0;
            } else {
                filled = limit - lineStart;
                System.arraycopy(buffer, lineStart, buffer, 0, filled);
            }
        }
        if (filled > 0 && !skipping) {
            sink.line(buffer, 0, trimCr(0, filled));
        }
        return total;
    }

    private int trimCr(int start, int end) {
        return end > start && buffer[end - 1] == '\r' ? end - 1 : end;
    }
}
