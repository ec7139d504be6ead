package org.sendready.mta;

import java.util.List;

/// OpenDKIM's `SigningTable`, read as `refile:` (patterns): which key signs mail from which
/// sender.
public final class OpenDkimSigningTableWriter {

    /// Where [OpenDkimConfWriter] points `SigningTable`.
    public static final String PATH = OpenDkimConfWriter.TABLE_DIRECTORY + "/SigningTable";

    private OpenDkimSigningTableWriter() {}

    /// One line per key, `*@example.com s1._domainkey.example.com`, in the order given: the
    /// first match signs, or every match with `MultipleSignatures`.
    public static String write(List<SigningKey> keys) {
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# sender pattern, then the KeyTable name of the key that signs its mail\n");
        for (var key : keys) {
            text.append("*@")
                    .append(key.domain().ascii())
                    .append(' ')
                    .append(key.keyName().ascii())
                    .append('\n');
        }
        return text.toString();
    }
}
