package org.sendready.mta;

import java.util.LinkedHashSet;
import java.util.List;

/// OpenDKIM's `TrustedHosts` peer list, used as `InternalHosts` (mail from these is signed) and
/// `ExternalIgnoreList` (their mail is not reported as unauthorized).
public final class OpenDkimTrustedHostsWriter {

    /// Where [OpenDkimConfWriter] points `InternalHosts` and `ExternalIgnoreList`.
    public static final String PATH = OpenDkimConfWriter.TABLE_DIRECTORY + "/TrustedHosts";

    /// The local host, always trusted: mail submitted on the server itself.
    static final List<String> LOCAL = List.of("127.0.0.1", "::1", "localhost");

    private OpenDkimTrustedHostsWriter() {}

    /// The local host, then `hosts`, one per line, each once.
    public static String write(List<TrustedHost> hosts) {
        var entries = new LinkedHashSet<>(LOCAL);
        hosts.forEach(host -> entries.add(host.text()));
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# hosts whose mail OpenDKIM signs: addresses, CIDR networks, host names\n");
        entries.forEach(entry -> text.append(entry).append('\n'));
        return text.toString();
    }
}
