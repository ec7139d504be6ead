package org.sendready.logs;

/// Turns a deferral or bounce reason into the text of its cause, so that the same cause for
/// different recipients, hosts and sessions counts as one.
///
/// `host mx.example.com[192.0.2.1] said: 550-5.7.25 [198.51.100.7] The IP address ... 550-5.7.25
/// PTR record setup ... d2e1a72fcca58-7a2...-gsmtp (in reply to end of DATA command)` becomes
/// `550-5.7.25 [ip] The IP address ... PTR record setup ... * (in reply to end of DATA command)`:
/// the `host ... said:` prefix goes, `<addresses>` become `<address>`, bracketed addresses
/// `[ip]`, tokens with many digits (session ids, queue ids, IP addresses) `*`, and the repeated
/// code of continuation lines (RFC 5321 section 4.2.1, joined into one line by Postfix) is
/// dropped. Provider markers such as `[TSS04]` or `(S3150)` stay.
public final class ReasonText {
    private ReasonText() {}

    /// Longer reasons are cut: the cause is in the first words.
    public static final int MAX_CHARS = 200;

    /// A token with this many digits or more, and at least [#ID_MIN_LENGTH] characters, is an
    /// id or address rather than words (enhanced codes such as `5.7.25` have at most four).
    private static final int ID_MIN_DIGITS = 5;

    private static final int ID_MIN_LENGTH = 8;

    public static String normalize(String reason) {
        String text = reason;
        int said = text.indexOf(" said: ");
        if (text.startsWith("host ") && said > 0) {
            text = text.substring(said + 7);
        }
        var out = new StringBuilder(Math.min(text.length(), MAX_CHARS + 16));
        String firstCode = null;
        int i = 0;
        int n = text.length();
        while (i < n && out.length() < MAX_CHARS) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ') {
                i++;
            }
            if (start == i) {
                break;
            }
            String token = text.substring(start, i);
            String code = replyCode(token);
            if (code != null) {
                if (firstCode != null && code.equals(firstCode)) {
                    continue;
                }
                firstCode = code;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(code != null ? code : replacement(token));
        }
        return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) : out.toString();
    }

    private static String replacement(String token) {
        if (token.contains("://")) {
            return token;
        }
        int lt = token.indexOf('<');
        int gt = token.lastIndexOf('>');
        if (lt >= 0 && gt > lt && token.indexOf('@', lt) > 0) {
            return token.substring(0, lt) + "<address>" + token.substring(gt + 1);
        }
        if (token.indexOf('@') > 0) {
            return "address";
        }
        int open = token.indexOf('[');
        int close = token.indexOf(']', open + 1);
        if (open >= 0 && close > open && isAddress(token, open + 1, close)) {
            return token.substring(0, open) + "[ip]" + token.substring(close + 1);
        }
        int digits = 0;
        for (int k = 0; k < token.length(); k++) {
            if (Character.isDigit(token.charAt(k))) {
                digits++;
            }
        }
        if (digits >= ID_MIN_DIGITS && token.length() >= ID_MIN_LENGTH) {
            return "*";
        }
        return token;
    }

    /// Digits, dots and colons with at least one digit: an IPv4 or IPv6 address (with hex).
    private static boolean isAddress(String token, int start, int end) {
        boolean digit = false;
        boolean separator = false;
        for (int k = start; k < end; k++) {
            char c = token.charAt(k);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '.' || c == ':') {
                separator = true;
            } else if (!((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return digit && separator;
    }

    /// `550-5.7.25` (a continuation line's reply code with its enhanced code), or null.
    private static String replyCode(String token) {
        if (token.length() < 9 || token.charAt(3) != '-') {
            return null;
        }
        for (int k = 0; k < 3; k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return null;
            }
        }
        char cls = token.charAt(4);
        if ((cls != '2' && cls != '4' && cls != '5') || token.charAt(5) != '.') {
            return null;
        }
        return token;
    }
}
