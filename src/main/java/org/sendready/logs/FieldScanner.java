package org.sendready.logs;

import java.nio.charset.StandardCharsets;

/// Reads the `name=value, name=value` fields after a queue id (postconf(5) and the Postfix
/// logging of smtp(8), qmgr(8)): the delivery line
/// `to=<rcpt>, [orig_to=<..>, ]relay=.., [conn_use=.., ]delay=.., delays=.., dsn=.., status=word
/// (reason)` and the queue manager's `from=<sender>, size=.., nrcpt=..` or
/// `from=<sender>, status=expired, returned to sender`.
final class FieldScanner {
    private static final byte[] TO = bytes("to=<");
    private static final byte[] FROM = bytes("from=<");
    private static final byte[] RELAY = bytes("relay=");
    private static final byte[] DELAY = bytes("delay=");
    private static final byte[] DSN = bytes("dsn=");
    private static final byte[] STATUS = bytes("status=");
    private static final byte[] SIZE = bytes("size=");
    private static final byte[] NRCPT = bytes("nrcpt=");
    private static final byte[] SENT = bytes("sent");
    private static final byte[] DEFERRED = bytes("deferred");
    private static final byte[] BOUNCED = bytes("bounced");
    private static final byte[] EXPIRED = bytes("expired");
    /// What follows `status=sent` when local(8) forwarded the message instead of delivering.
    private static final byte[] SENT_FORWARDED = bytes(" (forwarded as ");

    LogEntry delivery(byte[] b, int pos, int end, long logSecond, String queueId) {
        if (!PostfixLineParser.startsWith(b, pos, end, TO)) {
            return new LogEntry.PostfixOther(logSecond);
        }
        int addressStart = pos + TO.length;
        int addressEnd = indexOf(b, addressStart, end, (byte) '>');
        if (addressEnd < 0) {
            return new LogEntry.PostfixOther(logSecond);
        }
        String relay = "";
        double delay = -1;
        String dsn = "";
        DeliveryStatus status = null;
        int field = addressEnd + 1;
        while (status == null && field + 2 < end && b[field] == ',' && b[field + 1] == ' ') {
            field += 2;
            int valueEnd = valueEnd(b, field, end);
            if (PostfixLineParser.startsWith(b, field, end, STATUS)) {
                int word = field + STATUS.length;
                status = status(b, word, valueEnd);
                if (status == null) {
                    return new LogEntry.PostfixOther(logSecond);
                }
                field = valueEnd;
                break;
            } else if (PostfixLineParser.startsWith(b, field, end, RELAY)) {
                relay = ascii(b, field + RELAY.length, valueEnd);
            } else if (PostfixLineParser.startsWith(b, field, end, DELAY)) {
                delay = decimal(b, field + DELAY.length, valueEnd);
            } else if (PostfixLineParser.startsWith(b, field, end, DSN)) {
                dsn = ascii(b, field + DSN.length, valueEnd);
            }
            field = valueEnd;
        }
        if (status == null) {
            return new LogEntry.PostfixOther(logSecond);
        }
        boolean forwarded =
                status == DeliveryStatus.SENT
                        && PostfixLineParser.startsWith(b, field, end, SENT_FORWARDED);
        String reason = status == DeliveryStatus.SENT && !forwarded ? "" : reason(b, field, end);
        return new LogEntry.Delivery(
                logSecond,
                queueId,
                new String(b, addressStart, addressEnd - addressStart, StandardCharsets.UTF_8),
                relay,
                delay,
                dsn,
                status,
                reason,
                forwarded);
    }

    LogEntry sender(byte[] b, int pos, int end, long logSecond, String queueId) {
        if (!PostfixLineParser.startsWith(b, pos, end, FROM)) {
            return new LogEntry.PostfixOther(logSecond);
        }
        int addressStart = pos + FROM.length;
        int addressEnd = indexOf(b, addressStart, end, (byte) '>');
        if (addressEnd < 0 || addressEnd + 2 >= end || b[addressEnd + 1] != ',') {
            return new LogEntry.PostfixOther(logSecond);
        }
        String sender =
                new String(b, addressStart, addressEnd - addressStart, StandardCharsets.UTF_8);
        int field = addressEnd + 3;
        if (PostfixLineParser.startsWith(b, field, end, SIZE)) {
            int sizeEnd = valueEnd(b, field, end);
            long size = (long) decimal(b, field + SIZE.length, sizeEnd);
            int recipients = 0;
            int next = sizeEnd + 2;
            if (next < end && PostfixLineParser.startsWith(b, next, end, NRCPT)) {
                int nrcptEnd = next + NRCPT.length;
                while (nrcptEnd < end && PostfixLineParser.isDigit(b[nrcptEnd])) {
                    nrcptEnd++;
                }
                recipients = (int) decimal(b, next + NRCPT.length, nrcptEnd);
            }
            return new LogEntry.Accepted(logSecond, queueId, sender, Math.max(size, 0), recipients);
        }
        if (PostfixLineParser.startsWith(b, field, end, STATUS)) {
            int word = field + STATUS.length;
            int wordEnd = valueEnd(b, field, end);
            if (equals(b, word, wordEnd, EXPIRED)) {
                return new LogEntry.Expired(logSecond, queueId, sender);
            }
        }
        return new LogEntry.PostfixOther(logSecond);
    }

    /// The text in the parentheses after the status word, without them.
    private static String reason(byte[] b, int pos, int end) {
        while (pos < end && b[pos] == ' ') {
            pos++;
        }
        if (pos >= end || b[pos] != '(') {
            return "";
        }
        int close = end;
        while (close > pos && b[close - 1] == ' ') {
            close--;
        }
        if (close > pos + 1 && b[close - 1] == ')') {
            close--;
        }
        return new String(b, pos + 1, close - pos - 1, StandardCharsets.UTF_8);
    }

    private static DeliveryStatus status(byte[] b, int word, int wordEnd) {
        int spaceEnd = word;
        while (spaceEnd < wordEnd && b[spaceEnd] != ' ') {
            spaceEnd++;
        }
        if (equals(b, word, spaceEnd, SENT)) {
            return DeliveryStatus.SENT;
        } else if (equals(b, word, spaceEnd, DEFERRED)) {
            return DeliveryStatus.DEFERRED;
        } else if (equals(b, word, spaceEnd, BOUNCED)) {
            return DeliveryStatus.BOUNCED;
        }
        return null;
    }

    /// The end of the value starting at `field`: the next `, ` outside `<...>`, or the first
    /// space for the status word, or the end of the line.
    private static int valueEnd(byte[] b, int field, int end) {
        int i = field;
        boolean status = PostfixLineParser.startsWith(b, field, end, STATUS);
        while (i < end) {
            byte c = b[i];
            if (c == '<') {
                int close = indexOf(b, i, end, (byte) '>');
                i = close < 0 ? end : close + 1;
                continue;
            }
            if (c == ' ' && status) {
                return i;
            }
            if (c == ',' && i + 1 < end && b[i + 1] == ' ') {
                return i;
            }
            i++;
        }
        return end;
    }

    private static double decimal(byte[] b, int start, int end) {
        long whole = 0;
        long fraction = 0;
        long scale = 1;
        boolean dot = false;
        boolean any = false;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (c == '.' && !dot) {
                dot = true;
            } else if (PostfixLineParser.isDigit(c)) {
                any = true;
                if (dot) {
                    if (scale < 1_000_000) {
                        fraction = fraction * 10 + (c - '0');
                        scale *= 10;
                    }
                } else {
                    whole = whole * 10 + (c - '0');
                }
            } else {
                return -1;
            }
        }
        return any ? whole + (double) fraction / scale : -1;
    }

    private static int indexOf(byte[] b, int from, int end, byte c) {
        for (int i = from; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean equals(byte[] b, int start, int end, byte[] word) {
        return end - start == word.length && PostfixLineParser.startsWith(b, start, end, word);
    }

    private static String ascii(byte[] b, int start, int end) {
        return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
