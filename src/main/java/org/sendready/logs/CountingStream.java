package org.sendready.logs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/// Counts the bytes read through it into `count[0]`, even when reading fails part way.
final class CountingStream extends FilterInputStream {
    private final long[] count;

    CountingStream(InputStream in, long[] count) {
        super(in);
        this.count = count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count[0]++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count[0] += n;
        }
        return n;
    }
}
