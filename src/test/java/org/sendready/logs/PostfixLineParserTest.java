package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostfixLineParserTest {
    private final PostfixLineParser parser =
            new PostfixLineParser(new SyslogYear(YearMonth.of(2026, 11)));

    private LogEntry parse(String line) {
        byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
        return parser.parse(bytes, 2, bytes.length - 2);
    }

    @Test
    void parse_readsDeliveryFields_fromClassicLine() {
        var entry =
                parse(
                        "Nov  6 10:00:02 mx1 postfix/smtp[2201]: 4BC2A1F3D2: to=<Bob@Gmail.COM>,"
                                + " relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=1.25,"
                                + " delays=0.1/0.01/0.4/0.69, dsn=2.0.0, status=sent (250 2.0.0 OK)");
        assertThat(entry)
                .isEqualTo(
                        new LogEntry.Delivery(
                                LogClock.seconds(2026, 11, 6, 10, 0, 2),
                                "4BC2A1F3D2",
                                "Bob@Gmail.COM",
                                "gmail-smtp-in.l.google.com[142.250.27.26]:25",
                                1.25,
                                "2.0.0",
                                DeliveryStatus.SENT,
                                "",
                                false));
        assertThat(((LogEntry.Delivery) entry).recipientDomain()).isEqualTo("gmail.com");
        assertThat(((LogEntry.Timed) entry).time())
                .isEqualTo(LocalDateTime.of(2026, 11, 6, 10, 0, 2));
    }

    @Test
    void parse_readsRfc3339Time_asTheLogsWallClock() {
        var entry =
                parse(
                        "2026-11-26T10:00:00.123456+05:30 mx1 postfix/qmgr[900]: 4BC2A1F3D2:"
                                + " removed");
        assertThat(entry)
                .isEqualTo(
                        new LogEntry.Removed(
                                LogClock.seconds(2026, 11, 26, 10, 0, 0), "4BC2A1F3D2"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 3339 with Z and no fraction
                "2026-01-02T03:04:05Z|2026-01-02T03:04:05",
                // negative offset
                "2026-01-02T03:04:05-08:00|2026-01-02T03:04:05",
                // leap second is held at :59
                "2026-12-31T23:59:60.5+00:00|2026-12-31T23:59:59",
                // classic, day without padding
                "Nov 5 01:02:03|2026-11-05T01:02:03",
                // classic month after the reference month: last year
                "Dec 31 23:59:59|2025-12-31T23:59:59"
            })
    void parse_readsTimestamp_inEachStyle(String stamp, String expected) {
        var entry = parse(stamp + " mx1 postfix/qmgr[900]: 4BC2A1F3D2: removed");
        assertThat(((LogEntry.Timed) entry).time()).isEqualTo(LocalDateTime.parse(expected));
    }

    @Test
    void parse_readsDeferral_withOrigToAndConnUseAndReason() {
        var entry =
                (LogEntry.Delivery)
                        parse(
                                "Nov 26 10:00:03 mx1 postfix-out/smtp[2202]: 5D01E2F4A3:"
                                        + " to=<carol@example.org>, orig_to=<c, d@example.org>,"
                                        + " relay=mx.example.org[203.0.113.5]:25,"
                                        + " conn_use=2, delay=1801, delays=1800/0/0.5/0.5,"
                                        + " dsn=4.2.0, status=deferred (host mx.example.org said:"
                                        + " 450 4.2.0 Greylisted (in reply to RCPT TO command))");
        assertThat(entry.status()).isEqualTo(DeliveryStatus.DEFERRED);
        assertThat(entry.delaySeconds()).isEqualTo(1801.0);
        assertThat(entry.dsn()).isEqualTo("4.2.0");
        assertThat(entry.reason())
                .isEqualTo(
                        "host mx.example.org said: 450 4.2.0 Greylisted (in reply to RCPT TO"
                                + " command)");
    }

    @Test
    void parse_marksLocalForward_asForwarded() {
        var entry =
                (LogEntry.Delivery)
                        parse(
                                "Nov 26 10:00:10 mx1 postfix/local[2402]: 9B45C6D8E7:"
                                        + " to=<root@mx1.example.com>, orig_to=<root>,"
                                        + " relay=local, delay=0.02, delays=0/0/0/0.02,"
                                        + " dsn=2.0.0, status=sent (forwarded as AC56D7E9F8)");
        assertThat(entry.forwarded()).isTrue();
    }

    @Test
    void parse_readsQueueManagerLines() {
        assertThat(
                        parse(
                                "Nov 26 10:00:01 mx1 postfix/qmgr[900]: 4Xq5Vg0Gm1z9vKX:"
                                        + " from=<>, size=2048, nrcpt=3 (queue active)"))
                .isEqualTo(
                        new LogEntry.Accepted(
                                LogClock.seconds(2026, 11, 26, 10, 0, 1),
                                "4Xq5Vg0Gm1z9vKX",
                                "",
                                2048,
                                3));
        assertThat(
                        parse(
                                "Nov 26 11:00:07 mx1 postfix/qmgr[900]: 7F23A4B6C5:"
                                        + " from=<cron@example.com>, status=expired, returned"
                                        + " to sender"))
                .isEqualTo(
                        new LogEntry.Expired(
                                LogClock.seconds(2026, 11, 26, 11, 0, 7),
                                "7F23A4B6C5",
                                "cron@example.com"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // smtpd reject without a queue id
                "Nov 26 10:00:07 mx1 postfix/smtpd[2105]: NOQUEUE: reject: RCPT from"
                        + " unknown[192.0.2.66]: 554 5.7.1 Relay access denied",
                // a warning has no queue id
                "Nov 26 10:00:11 mx1 postfix/smtp[2205]: warning: TLS library problem",
                // connection lines
                "Nov 26 10:00:01 mx1 postfix/smtpd[2101]: connect from client[198.51.100.7]",
                // cleanup's message-id line belongs to a message but is no lifecycle event
                "Nov 26 10:00:01 mx1 postfix/cleanup[2102]: 4BC2A1F3D2: message-id=<1@x>",
                // address verification probes are not deliveries (pflogsumm ignores them too)
                "Nov 26 10:00:01 mx1 postfix/smtp[1]: 4BC2A1F3D2: to=<a@b.example>,"
                        + " relay=mx[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.1.5,"
                        + " status=deliverable (250 2.1.5 Ok)",
                // a service path before the program name
                "Nov 26 10:00:01 mx1 postfix/submission/smtpd[7]: connect from x[192.0.2.1]",
                // postfix-script has no program after a slash
                "Nov 26 10:00:01 mx1 postfix-script[7]: starting the Postfix mail system",
                // a delivery line cut before its status
                "Nov 26 10:00:01 mx1 postfix/smtp[1]: 4BC2A1F3D2: to=<a@b.example>, relay=mx"
            })
    void parse_recognizesPostfixLines_thatAreNoLifecycleEvent(String line) {
        assertThat(parse(line)).isInstanceOf(LogEntry.PostfixOther.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another program
                "Nov 26 10:00:06 mx1 sshd[3001]: Accepted publickey for admin",
                // a program whose name only starts like postfix
                "Nov 26 10:00:06 mx1 postfixadmin[1]: 4BC2A1F3D2: to=<a@b.example>, relay=x,"
                        + " delay=1, dsn=2.0.0, status=sent (ok)",
                // opendkim logs queue ids too
                "2026-11-26T10:00:06+00:00 mx1 opendkim[77]: 4BC2A1F3D2: DKIM-Signature added"
            })
    void parse_ignoresOtherPrograms(String line) {
        assertThat(parse(line)).isInstanceOf(LogEntry.OtherProgram.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no timestamp
                "this line is not syslog at all",
                // empty
                "",
                // month name unknown
                "Foo 26 10:00:06 mx1 postfix/qmgr[900]: 4BC2A1F3D2: removed",
                // hour out of range
                "Nov 26 25:00:06 mx1 postfix/qmgr[900]: 4BC2A1F3D2: removed",
                // RFC 3339 with a month 13
                "2026-13-26T10:00:00Z mx1 postfix/qmgr[900]: 4BC2A1F3D2: removed",
                // timestamp without anything after it
                "Nov 26 10:00:06 ",
                // RFC 3339 with a broken offset
                "2026-11-26T10:00:00+0x:00 mx1 postfix/qmgr[900]: 4BC2A1F3D2: removed"
            })
    void parse_reportsUnparsed_forMalformedLines(String line) {
        assertThat(parse(line)).isInstanceOf(LogEntry.Unparsed.class);
    }
}
