package org.sendready.mta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// rspamd's `dkim_signing.conf` (UCL): the keys per domain, several selectors per domain for
/// dual RSA and Ed25519 signing (rspamd's DKIM signing module documentation).
public final class RspamdDkimSigningWriter {

    /// rspamd reads local overrides of the module from here.
    public static final String PATH = "/etc/rspamd/local.d/dkim_signing.conf";

    private RspamdDkimSigningWriter() {}

    /// The module settings for `keys`. `allow_username_mismatch` lets authenticated users whose
    /// login is not an address in the domain send signed mail; `use_esld = false` signs with
    /// the From domain itself (the keys are per domain, not per organizational domain);
    /// `try_fallback = false` signs only the domains listed.
    ///
    /// @throws InvalidInput for a key path with `$`, which UCL may expand as a variable
    public static String write(List<SigningKey> keys) {
        var byDomain = new LinkedHashMap<DomainName, List<SigningKey>>();
        keys.forEach(
                key -> byDomain.computeIfAbsent(key.domain(), d -> new ArrayList<>()).add(key));
        var text = new StringBuilder();
        text.append("# ").append(PATH).append('\n');
        text.append("# rspamd signs mail from authenticated users and from local_addrs; its user")
                .append(" (_rspamd)\n");
        text.append("# must be able to read the key files. Then run: systemctl reload rspamd\n");
        text.append("allow_username_mismatch = true;\n");
        text.append("use_esld = false;\n");
        text.append("try_fallback = false;\n");
        text.append('\n');
        text.append("domain {\n");
        byDomain.forEach(
                (domain, domainKeys) -> {
                    text.append("  ").append(domain.ascii()).append(" {\n");
                    text.append("    selectors [\n");
                    for (int i = 0; i < domainKeys.size(); i++) {
                        var key = domainKeys.get(i);
                        text.append("      {\n");
                        text.append("        path = ").append(quoted(key.keyPath())).append(";\n");
                        text.append("        selector = ")
                                .append(quoted(key.selector()))
                                .append(";\n");
                        text.append(i + 1 < domainKeys.size() ? "      },\n" : "      }\n");
                    }
                    text.append("    ]\n");
                    text.append("  }\n");
                });
        text.append("}\n");
        return text.toString();
    }

    /// A UCL double-quoted string: `\` and `"` escaped with a backslash.
    private static String quoted(String value) {
        if (value.indexOf('$') >= 0) {
            throw new InvalidInput(
                    "private key path",
                    "'"
                            + value
                            + "' contains '$', which rspamd's configuration language may expand"
                            + " as a variable; move the key to a path without it");
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
