package org.sendready.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/// Header signs of what a message is, besides its MIME structure: a bounce from a mail
/// system, or an automatic reply from a person's mailbox.
final class MessageSignals {

    /// Local parts that mail systems send bounces from (RFC 5321 section 4.5.1 `postmaster`;
    /// `MAILER-DAEMON` by long custom).
    private static final Pattern SYSTEM_SENDER =
            Pattern.compile(
                    "(^|[<\\s\"])(mailer-daemon|postmaster|mail delivery (subsystem|system))\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern BOUNCE_SUBJECT =
            Pattern.compile(
                    "undeliver|delivery (status notification|failure|has failed|failed)"
                            + "|returned mail|failure notice|mail delivery failed|non.?delivery"
                            + "|could not be delivered|couldn't be delivered|delivery problem",
                    Pattern.CASE_INSENSITIVE);

    private static final Pattern AUTO_REPLY_SUBJECT =
            Pattern.compile(
                    "^\\s*(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|autoreply"
                            + "|abwesenheit|absence|vacation|away from)",
                    Pattern.CASE_INSENSITIVE);

    private MessageSignals() {}

    /// Whether the sender or subject marks a bounce, or the message names failed recipients.
    static boolean looksLikeBounce(String from, String subject, boolean hasFailedRecipients) {
        return hasFailedRecipients
                || SYSTEM_SENDER.matcher(from).find()
                || BOUNCE_SUBJECT.matcher(subject).find();
    }

    /// RFC 3834 section 5.1: `Auto-Submitted: auto-replied` marks a reply made by a program;
    /// many responders also use `X-Autoreply`, `X-Autorespond`, `Precedence: auto_reply`,
    /// Exchange's `X-MS-Exchange-Inbox-Rules-Loop`, or only a telling subject.
    static boolean looksLikeAutoReply(
            String autoSubmitted, boolean responderHeader, String precedence, String subject) {
        var submitted = autoSubmitted.strip().toLowerCase(Locale.ROOT);
        return submitted.startsWith("auto-replied")
                || responderHeader
                || precedence.strip().equalsIgnoreCase("auto_reply")
                || AUTO_REPLY_SUBJECT.matcher(subject).find();
    }
}
