package org.sendready.mta;

/// The Postfix `main.cf` lines that hand mail to the signing filter (Postfix MILTER_README).
public final class PostfixMilterWriter {

    /// Where Postfix's main configuration lives.
    public static final String PATH = "/etc/postfix/main.cf";

    private PostfixMilterWriter() {}

    /// The lines for `filter` listening on `socket`. `milter_default_action = accept` keeps mail
    /// flowing, unsigned, when the filter is down; `milter_protocol = 6` is what current
    /// libmilter and rspamd speak; `non_smtpd_milters` also signs mail submitted with
    /// `sendmail(1)`.
    public static String write(SigningFilter filter, MilterSocket socket) {
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# DKIM signing through ")
                .append(filter.displayName())
                .append(". Add these lines, then run: postfix reload\n");
        text.append("# If smtpd_milters is already set, keep its milters and add this one,")
                .append(" separated by ','.\n");
        if (socket instanceof MilterSocket.Unix) {
            text.append("# smtpd often runs chrooted in /var/spool/postfix (master.cf);")
                    .append(" the socket path is then relative to it.\n");
        }
        text.append("milter_default_action = accept\n");
        text.append("milter_protocol = 6\n");
        text.append("smtpd_milters = ").append(socket.postfixForm()).append('\n');
        text.append("non_smtpd_milters = $smtpd_milters\n");
        return text.toString();
    }
}
