package org.sendready.logs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.sendready.input.InvalidInput;

/// One log to read: a name to report it by, how to open it, and the month that dates its
/// classic syslog lines ([SyslogYear]).
///
/// Gzip-compressed input (rotated `mail.log.2.gz`) is recognised by its magic bytes (RFC 1952
/// section 2.3.1), not by the file name, and decompressed while it is read.
public record LogSource(String name, YearMonth modified, Opener opener) {

    /// Opens the raw bytes of the log, compressed or not.
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /// RFC 1952 section 2.3.1: ID1 = 31, ID2 = 139.
    private static final int GZIP_ID1 = 0x1f;

    private static final int GZIP_ID2 = 0x8b;

    /// Decompression buffer: big reads keep the inflater busy.
    private static final int GZIP_BUFFER_BYTES = 1 << 16;

    public LogSource {
        Objects.requireNonNull(name);
        Objects.requireNonNull(modified);
        Objects.requireNonNull(opener);
    }

    /// A log file; its modification time in `zone` dates its classic syslog lines.
    public static LogSource of(Path path, ZoneId zone) {
        try {
            var modified = Files.getLastModifiedTime(path).toInstant().atZone(zone);
            if (Files.isDirectory(path)) {
                throw new InvalidInput("FILE", path + " is a directory, not a log file");
            }
            return new LogSource(
                    path.toString(), YearMonth.from(modified), () -> Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new InvalidInput("FILE", path + " does not exist", e);
        } catch (IOException e) {
            throw new InvalidInput("FILE", path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /// The log's bytes, decompressed when they are gzip.
    InputStream openDecoded() throws IOException {
        var in = new BufferedInputStream(opener.open(), GZIP_BUFFER_BYTES);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == GZIP_ID1 && second == GZIP_ID2) {
            return new GZIPInputStream(in, GZIP_BUFFER_BYTES);
        }
        return in;
    }
}
