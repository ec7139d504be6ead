package org.sendready.ui.logs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.GZIPOutputStream;

/// Small Postfix logs for the page's tests, written where a test wants them.
///
/// The classic syslog log (its year from the file time: November 2026) has a message to
/// three recipients: delivered to bob@gmail.com, bounced by Gmail for SPF (carol@gmail.com, a
/// setup problem fixed in SPF), deferred by Yahoo for the IP's reputation (dave@yahoo.com, a
/// blocklist problem); and a message bounced because hot-mail.com does not exist. The RFC 3339
/// log of the next day has one delivery (frank@example.org) and a deferral because gmial.com
/// does not exist.
public final class LogsFixture {
    private LogsFixture() {}

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /// When the classic log was last written; the RFC 3339 log is a day later.
    static final LocalDateTime CLASSIC_WRITTEN = LocalDateTime.of(2026, 11, 26, 12, 0);

    static final String CLASSIC =
            """
            Nov 26 10:00:01 mx1 postfix/qmgr[900]: 4BC2A1F3D2: from=<news@example.com>, size=2048, nrcpt=3 (queue active)
            Nov 26 10:00:02 mx1 postfix/smtp[2201]: 4BC2A1F3D2: to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=1.2, delays=0.1/0.01/0.4/0.69, dsn=2.0.0, status=sent (250 2.0.0 OK  1764151202 a1si123456wra.42 - gsmtp)
            Nov 26 10:00:03 mx1 postfix/smtp[2202]: 4BC2A1F3D2: to=<carol@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=1.3, delays=0.1/0.01/0.5/0.69, dsn=5.7.27, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.7.27 The sender's SPF record does not authorize the sending IP; SPF did not pass (in reply to end of DATA command))
            Nov 26 10:00:04 mx1 postfix/smtp[2203]: 4BC2A1F3D2: to=<dave@yahoo.com>, relay=mta5.am0.yahoodns.net[67.195.204.72]:25, delay=1.4, delays=0.1/0/0.7/0.6, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[67.195.204.72] said: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints (in reply to MAIL FROM command))
            Nov 26 10:00:05 mx1 sshd[3001]: Accepted publickey for admin from 198.51.100.30 port 50022 ssh2
            Nov 26 11:00:06 mx1 postfix/qmgr[900]: 7F23A4B6C5: from=<cron@example.com>, size=900, nrcpt=1 (queue active)
            Nov 26 11:00:07 mx1 postfix/smtp[2204]: 7F23A4B6C5: to=<erin@hot-mail.com>, relay=none, delay=0.5, delays=0.1/0/0.4/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=hot-mail.com type=MX: Host not found)
            Nov 26 11:00:07 mx1 postfix/qmgr[900]: 7F23A4B6C5: removed
            """;

    static final String RFC3339 =
            """
            2026-11-27T09:00:00+01:00 mx1 postfix/qmgr[900]: 9B45C6D8E7: from=<shop@example.com>, size=5000, nrcpt=2 (queue active)
            2026-11-27T09:00:01+01:00 mx1 postfix/smtp[2301]: 9B45C6D8E7: to=<frank@example.org>, relay=mx.example.org[203.0.113.5]:25, delay=1, delays=0.1/0/0.4/0.5, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4dQ2Xk0ZlSz9vKX)
            2026-11-27T09:00:02+01:00 mx1 postfix/smtp[2302]: 9B45C6D8E7: to=<grace@gmial.com>, relay=none, delay=2, delays=0.1/0/1.9/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=gmial.com type=MX: Host not found, try again)
            this line is not syslog at all
            """;

    /// The classic log, gzip-compressed, as logrotate leaves `mail.log.1.gz`.
    public static Path classicGz(Path dir) {
        var path = dir.resolve("mail.log.1.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(path))) {
            out.write(CLASSIC.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched(path, CLASSIC_WRITTEN);
    }

    static Path classic(Path dir, String name) {
        return write(dir.resolve(name), CLASSIC, CLASSIC_WRITTEN);
    }

    /// The RFC 3339 log as the current `mail.log`.
    public static Path rfc3339(Path dir) {
        return write(dir.resolve("mail.log"), RFC3339, CLASSIC_WRITTEN.plusDays(1));
    }

    static Path write(Path path, String text, LocalDateTime written) {
        try {
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched(path, written);
    }

    static Path touched(Path path, LocalDateTime written) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(written.atZone(ZONE).toInstant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return path;
    }
}
