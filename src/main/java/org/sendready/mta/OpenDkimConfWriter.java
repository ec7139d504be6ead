package org.sendready.mta;

import java.util.HashSet;
import java.util.List;

/// The essential settings of `opendkim.conf` (`opendkim.conf(5)`) for signing with tables.
public final class OpenDkimConfWriter {

    /// Where Debian, Ubuntu and Fedora packages read OpenDKIM's configuration.
    public static final String PATH = "/etc/opendkim.conf";

    /// Where the tables this configuration points at live.
    public static final String TABLE_DIRECTORY = "/etc/opendkim";

    private static final int NAME_COLUMN = 20;

    private OpenDkimConfWriter() {}

    /// The settings for `keys` with the filter listening on `socket`. `Mode sv` signs mail
    /// from internal hosts and verifies the rest; `relaxed/simple` canonicalization survives
    /// header rewrapping by relays (RFC 6376 section 3.4); `OversignHeaders From` stops a second
    /// From header from being added after signing. `MultipleSignatures` is turned on when a
    /// domain has more than one key (dual RSA and Ed25519 signing).
    public static String write(List<SigningKey> keys, MilterSocket socket) {
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# Signing essentials. Merge into the distribution's file (keep its UserID,")
                .append(" PidFile, UMask),\n");
        text.append("# then run: systemctl restart opendkim\n");
        setting(text, "Mode", "sv");
        setting(text, "Canonicalization", "relaxed/simple");
        setting(text, "Socket", socket.openDkimForm());
        setting(text, "KeyTable", "file:" + OpenDkimKeyTableWriter.PATH);
        setting(text, "SigningTable", "refile:" + OpenDkimSigningTableWriter.PATH);
        setting(text, "ExternalIgnoreList", "refile:" + OpenDkimTrustedHostsWriter.PATH);
        setting(text, "InternalHosts", "refile:" + OpenDkimTrustedHostsWriter.PATH);
        setting(text, "OversignHeaders", "From");
        var domains = new HashSet<>();
        if (!keys.stream().allMatch(key -> domains.add(key.domain()))) {
            setting(text, "MultipleSignatures", "yes");
        }
        return text.toString();
    }

    private static void setting(StringBuilder text, String name, String value) {
        text.append(name).append(" ".repeat(Math.max(1, NAME_COLUMN - name.length())));
        text.append(value).append('\n');
    }
}
