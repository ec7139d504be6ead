package org.sendready.logs;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/// Reads one syslog line of bytes into a [LogEntry], with a hand-written scanner (no regular
/// expressions: this runs once per line of logs that are gigabytes long).
///
/// Timestamps: classic syslog (`Nov 26 10:00:00 host prog[pid]: ...`, the year from
/// [SyslogYear]) and RFC 3339 (`2026-11-26T10:00:00.123456+00:00 host prog[pid]: ...`, RFC 3339
/// section 5.6). Programs: `postfix/NAME` and multi-instance `postfix-INSTANCE/NAME`, also with
/// a service path such as `postfix/submission/smtpd`; every other program is
/// [LogEntry.OtherProgram].
public final class PostfixLineParser {
    private static final byte[] MONTHS =
            "JanFebMarAprMayJunJulAugSepOctNovDec".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] POSTFIX = "postfix".getBytes(StandardCharsets.US_ASCII);
    private static final LogEntry.Unparsed UNPARSED = new LogEntry.Unparsed();

    private final SyslogYear year;
    private final FieldScanner fields = new FieldScanner();
    /// The time of the line the last timestamp method read.
    private long parsedSecond;

    public PostfixLineParser(SyslogYear year) {
        this.year = Objects.requireNonNull(year);
    }

    /// The entry of `line[start, end)`, without its line terminator.
    public LogEntry parse(byte[] line, int start, int end) {
        long logSecond;
        int pos;
        if (end - start < 16) {
            return UNPARSED;
        }
        if (isDigit(line[start])) {
            pos = rfc3339(line, start, end);
        } else {
            pos = classic(line, start, end);
        }
        if (pos < 0) {
            return UNPARSED;
        }
        logSecond = parsedSecond;
        int host = pos;
        while (pos < end && line[pos] != ' ') {
            pos++;
        }
        if (pos == host || pos >= end) {
            return UNPARSED;
        }
        return program(line, pos + 1, end, logSecond);
    }

    /// `YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM) `; returns the index after the space.
    private int rfc3339(byte[] b, int s, int end) {
        if (end - s < 21
                || b[s + 4] != '-'
                || b[s + 7] != '-'
                || (b[s + 10] != 'T' && b[s + 10] != 't')
                || b[s + 13] != ':'
                || b[s + 16] != ':') {
            return -1;
        }
        int y = digits(b, s, 4);
        int mo = digits(b, s + 5, 2);
        int d = digits(b, s + 8, 2);
        int h = digits(b, s + 11, 2);
        int mi = digits(b, s + 14, 2);
        int se = digits(b, s + 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) {
            return -1;
        }
        int pos = s + 19;
        if (pos < end && b[pos] == '.') {
            pos++;
            while (pos < end && isDigit(b[pos])) {
                pos++;
            }
        }
        if (pos >= end) {
            return -1;
        }
        if (b[pos] == 'Z' || b[pos] == 'z') {
            pos++;
        } else if (b[pos] == '+' || b[pos] == '-') {
            if (pos + 6 > end || b[pos + 3] != ':' || digits(b, pos + 1, 2) < 0) {
                return -1;
            }
            pos += 6;
        }
        if (pos >= end || b[pos] != ' ') {
            return -1;
        }
        parsedSecond = LogClock.seconds(y, mo, d, h, mi, Math.min(se, 59));
        return pos + 1;
    }

    /// `Mmm dd HH:MM:SS ` with the day space-padded or not; returns the index after the space.
    private int classic(byte[] b, int s, int end) {
        int month = month(b, s);
        if (month < 0 || b[s + 3] != ' ') {
            return -1;
        }
        int pos = s + 4;
        if (b[pos] == ' ') {
            pos++;
        }
        int day;
        if (isDigit(b[pos]) && isDigit(b[pos + 1])) {
            day = (b[pos] - '0') * 10 + (b[pos + 1] - '0');
            pos += 2;
        } else if (isDigit(b[pos])) {
            day = b[pos] - '0';
            pos++;
        } else {
            return -1;
        }
        if (pos + 9 > end || b[pos] != ' ' || b[pos + 3] != ':' || b[pos + 6] != ':') {
            return -1;
        }
        int h = digits(b, pos + 1, 2);
        int mi = digits(b, pos + 4, 2);
        int se = digits(b, pos + 7, 2);
        if (day < 1 || day > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60) {
            return -1;
        }
        pos += 9;
        if (pos >= end || b[pos] != ' ') {
            return -1;
        }
        parsedSecond = LogClock.seconds(year.yearOf(month), month, day, h, mi, Math.min(se, 59));
        return pos + 1;
    }

    private LogEntry program(byte[] b, int pos, int end, long logSecond) {
        int start = pos;
        int lastSlash = -1;
        while (pos < end && b[pos] != '[' && b[pos] != ':' && b[pos] != ' ') {
            if (b[pos] == '/') {
                lastSlash = pos;
            }
            pos++;
        }
        if (!startsWith(b, start, pos, POSTFIX)
                || (start + POSTFIX.length < pos
                        && b[start + POSTFIX.length] != '/'
                        && b[start + POSTFIX.length] != '-')) {
            return new LogEntry.OtherProgram(logSecond);
        }
        if (lastSlash < 0) {
            return new LogEntry.PostfixOther(logSecond);
        }
        if (pos < end && b[pos] == '[') {
            while (pos < end && b[pos] != ']') {
                pos++;
            }
            pos++;
        }
        if (pos + 2 > end || b[pos] != ':' || b[pos + 1] != ' ') {
            return new LogEntry.PostfixOther(logSecond);
        }
        return message(b, pos + 2, end, logSecond);
    }

    /// `QUEUEID: rest`, dispatched on what the rest begins with.
    private LogEntry message(byte[] b, int pos, int end, long logSecond) {
        int idEnd = QueueId.end(b, pos, end);
        if (idEnd < 0 || idEnd + 2 > end || b[idEnd] != ':' || b[idEnd + 1] != ' ') {
            return new LogEntry.PostfixOther(logSecond);
        }
        int rest = idEnd + 2;
        if (rest >= end) {
            return new LogEntry.PostfixOther(logSecond);
        }
        return switch (b[rest]) {
            case 't' -> fields.delivery(b, rest, end, logSecond, ascii(b, pos, idEnd));
            case 'f' -> fields.sender(b, rest, end, logSecond, ascii(b, pos, idEnd));
            case 'r' ->
                    end - rest == REMOVED.length && startsWith(b, rest, end, REMOVED)
                            ? new LogEntry.Removed(logSecond, ascii(b, pos, idEnd))
                            : new LogEntry.PostfixOther(logSecond);
            default -> new LogEntry.PostfixOther(logSecond);
        };
    }

    private static final byte[] REMOVED = "removed".getBytes(StandardCharsets.US_ASCII);

    private static int month(byte[] b, int s) {
        for (int m = 0; m < 12; m++) {
            int i = m * 3;
            if (b[s] == MONTHS[i] && b[s + 1] == MONTHS[i + 1] && b[s + 2] == MONTHS[i + 2]) {
                return m + 1;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int start, int end, byte[] prefix) {
        if (end - start < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[start + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }

    static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /// The value of `count` decimal digits at `start`, or -1 if one is not a digit.
    static int digits(byte[] b, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            if (!isDigit(b[i])) {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }
}
