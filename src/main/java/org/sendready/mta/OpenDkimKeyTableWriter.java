package org.sendready.mta;

import java.util.List;
import org.sendready.input.InvalidInput;

/// OpenDKIM's `KeyTable`: each key's name, then `domain:selector:private-key-path`.
public final class OpenDkimKeyTableWriter {

    /// Where [OpenDkimConfWriter] points `KeyTable`.
    public static final String PATH = OpenDkimConfWriter.TABLE_DIRECTORY + "/KeyTable";

    private OpenDkimKeyTableWriter() {}

    /// One line per key, e.g.
    /// `s1._domainkey.example.com example.com:s1:/etc/opendkim/keys/example.com/s1.private`.
    ///
    /// @throws InvalidInput for a key path with whitespace, `:` or `#`: OpenDKIM splits table
    ///     lines on whitespace and values on `:`, treats `#` as a comment, and has no quoting
    public static String write(List<SigningKey> keys) {
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# key name, then domain:selector:private key file\n");
        for (var key : keys) {
            checkPath(key.keyPath());
            text.append(key.keyName().ascii())
                    .append(' ')
                    .append(key.domain().ascii())
                    .append(':')
                    .append(key.selector())
                    .append(':')
                    .append(key.keyPath())
                    .append('\n');
        }
        return text.toString();
    }

    private static void checkPath(String path) {
        for (char c : path.toCharArray()) {
            if (Character.isWhitespace(c) || c == ':' || c == '#') {
                throw new InvalidInput(
                        "private key path",
                        "'"
                                + path
                                + "' contains "
                                + (c == ' ' ? "a space" : "'" + c + "'")
                                + ", which OpenDKIM's KeyTable cannot hold (it splits on"
                                + " whitespace and ':' and has no quoting); move the key to a"
                                + " path without it, e.g. under "
                                + SigningKey.OPENDKIM_KEY_DIRECTORY);
            }
        }
    }
}
