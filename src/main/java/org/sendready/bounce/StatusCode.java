package org.sendready.bounce;

import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.input.InvalidInput;

/// An enhanced mail system status code `class.subject.detail` (RFC 3463 section 2), e.g.
/// `5.1.1` (bad destination mailbox address).
///
/// @param codeClass 2 success, 4 persistent transient failure, 5 permanent failure
/// @param subject 0 to 999 (RFC 3463 section 3: 1 addressing, 2 mailbox, 3 mail system, 4
///     network and routing, 5 protocol, 6 content, 7 security or policy)
/// @param detail 0 to 999
public record StatusCode(int codeClass, int subject, int detail) {

    /// RFC 3463 section 2: subject and detail are one to three digits.
    private static final int MAX_PART = 999;

    /// A code standing in free text, not part of a longer number or an IP address (e.g. the
    /// `5.1.1` in `550 5.1.1 <x@example.net>: user unknown` or `550-5.7.26 ...`).
    private static final Pattern IN_TEXT =
            Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]\\d|\\d)");

    public StatusCode {
        if (codeClass != 2 && codeClass != 4 && codeClass != 5) {
            throw new InvalidInput(
                    "status", "class " + codeClass + " is not 2, 4 or 5 (RFC 3463 section 2)");
        }
        if (subject < 0 || subject > MAX_PART || detail < 0 || detail > MAX_PART) {
            throw new InvalidInput(
                    "status", "subject and detail are 0 to 999 (RFC 3463 section 2)");
        }
    }

    /// Parses `5.1.1`, tolerating what precedes or follows a code in a `Status:` field, such
    /// as a comment (`5.1.1 (bad mailbox)`).
    public static Optional<StatusCode> parse(String text) {
        var matcher = IN_TEXT.matcher(text.strip());
        return matcher.lookingAt() ? Optional.of(of(matcher)) : Optional.empty();
    }

    /// The first code in free text, such as a diagnostic `550-5.7.26 This mail is ...`.
    public static Optional<StatusCode> find(String text) {
        var matcher = IN_TEXT.matcher(text);
        return matcher.find() ? Optional.of(of(matcher)) : Optional.empty();
    }

    private static StatusCode of(java.util.regex.Matcher matcher) {
        return new StatusCode(
                Integer.parseInt(matcher.group(1)),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /// RFC 3463 section 3.1: class 5, a permanent failure; resending will not help.
    public boolean permanent() {
        return codeClass == 5;
    }

    /// RFC 3463 section 3.1: class 4, a persistent transient failure; a later try may work.
    public boolean transientFailure() {
        return codeClass == 4;
    }

    /// Whether this is `subject.detail` in any class, e.g. `is(7, 26)` for x.7.26.
    public boolean is(int subject, int detail) {
        return this.subject == subject && this.detail == detail;
    }

    @Override
    public String toString() {
        return codeClass + "." + subject + "." + detail;
    }
}
