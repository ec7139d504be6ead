package org.sendready.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.GZIPOutputStream;

/// The committed fixture log, copied where a test wants it with a known modification time
/// (git does not keep modification times, and classic syslog lines take their year from it).
public final class LogFixtures {
    private LogFixtures() {}

    /// Counts of the fixture as pflogsumm 1.1.5 prints them (with --syslog-name=postfix-out).
    public static final long DELIVERED = 3;

    public static final long DEFERRED = 2;
    public static final long BOUNCED = 3;

    /// When the fixture was "written": its classic lines are then in November 2026.
    public static final LocalDateTime MODIFIED = LocalDateTime.of(2026, 11, 26, 12, 0);

    public static Path copy(Path dir, String name) {
        try (InputStream in = fixture()) {
            var path = dir.resolve(name);
            Files.copy(in, path);
            touch(path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path gzip(Path dir, String name) {
        try (InputStream in = fixture()) {
            var path = dir.resolve(name);
            try (var out = new GZIPOutputStream(Files.newOutputStream(path))) {
                in.transferTo(out);
            }
            touch(path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void touch(Path path) throws IOException {
        Files.setLastModifiedTime(
                path, FileTime.from(MODIFIED.atZone(ZoneId.systemDefault()).toInstant()));
    }

    private static InputStream fixture() {
        return LogFixtures.class.getResourceAsStream("/org/sendready/logs/mail.log");
    }
}
