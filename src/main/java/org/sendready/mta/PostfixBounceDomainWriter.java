package org.sendready.mta;

/// Postfix configuration that funnels every address of the bounce domain into one mailbox: a
/// virtual alias domain (Postfix ADDRESS_CLASS_README) whose aliases come from a regexp table
/// (regexp_table(5)), so per-message Return-Path tokens need no table entries.
public final class PostfixBounceDomainWriter {

    /// Where Postfix's main configuration lives.
    public static final String MAIN_CF = "/etc/postfix/main.cf";

    /// The regexp table; regexp tables are read as they are, no `postmap` needed.
    public static final String TABLE = "/etc/postfix/sendready_bounce.regexp";

    private PostfixBounceDomainWriter() {}

    /// The `main.cf` lines.
    public static String mainCf(BounceRouting routing) {
        var domain = routing.bounceDomain().ascii();
        return "# "
                + MAIN_CF
                + "\n"
                + "# Bounce domain "
                + domain
                + ": every address in it (one per message, with its token) is delivered to "
                + routing.mailbox()
                + ",\n"
                + "# where 'sendready bounce process' reads the bounces. Add these lines, then run:"
                + " postfix reload\n"
                + "# If virtual_alias_domains or virtual_alias_maps is already set, keep its values"
                + " and add these, separated by ','.\n"
                + "# "
                + domain
                + " must not also be listed in mydestination, virtual_mailbox_domains or"
                + " relay_domains.\n"
                + "virtual_alias_domains = "
                + domain
                + "\n"
                + "virtual_alias_maps = regexp:"
                + TABLE
                + "\n";
    }

    /// The regexp table: postmaster first (first match wins), then everything else.
    public static String table(BounceRouting routing) {
        // A host name holds letters, digits, '-' and '.'; only '.' means something in a
        // regular expression. Postfix matches regexp tables case-insensitively by default.
        var escaped = routing.bounceDomain().ascii().replace(".", "\\.");
        return "# "
                + TABLE
                + "\n"
                + "# RFC 5321 section 4.5.1: postmaster@ must reach a person, not the bounce"
                + " processor.\n"
                + "/^postmaster@"
                + escaped
                + "$/ "
                + routing.postmaster()
                + "\n"
                + "# Everything else, e.g. b1.<payload>.<signature>@"
                + routing.bounceDomain().ascii()
                + ", into the bounce mailbox.\n"
                + "/@"
                + escaped
                + "$/ "
                + routing.mailbox()
                + "\n";
    }
}
