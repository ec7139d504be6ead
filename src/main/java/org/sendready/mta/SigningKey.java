package org.sendready.mta;

import java.util.List;
import java.util.Objects;
import org.sendready.dkim.DkimSelector;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SetupPlan;

/// One DKIM key a signing filter uses: the domain it signs for, the selector its public key is
/// published under, and where its private key lies on the mail server.
///
/// The key path is a `String`, not a [java.nio.file.Path]: it names a file on the mail server
/// (always POSIX), which may not be the machine sendready runs on, and a Windows `Path` would
/// turn its slashes around.
///
/// @param domain the `d=` domain the key signs for
/// @param selector the `s=` selector, lower case
/// @param keyPath the absolute path of the private key file on the mail server
public record SigningKey(DomainName domain, String selector, String keyPath) {

    /// Where Debian's and Fedora's OpenDKIM packages keep keys, by convention.
    public static final String OPENDKIM_KEY_DIRECTORY = "/etc/opendkim/keys";

    /// Where rspamd's documentation keeps DKIM keys.
    public static final String RSPAMD_KEY_DIRECTORY = "/var/lib/rspamd/dkim";

    public SigningKey {
        Objects.requireNonNull(domain);
        selector = validSelector(selector);
        validatePath(keyPath);
    }

    /// A key stored as `/etc/opendkim/keys/<domain>/<selector>.private`.
    /// The keys `plan` signs with now (revoked keys and, during a rotation, the key not
    /// signing yet or any more left out), in `filter`'s standard key layout.
    public static List<SigningKey> of(SetupPlan plan, SigningFilter filter) {
        return plan.signingKeys().stream()
                .map(k -> k.selector().ascii())
                .map(
                        selector ->
                                filter == SigningFilter.OPENDKIM
                                        ? inOpenDkimLayout(plan.domain(), selector)
                                        : inRspamdLayout(plan.domain(), selector))
                .toList();
    }

    public static SigningKey inOpenDkimLayout(DomainName domain, String selector) {
        var valid = validSelector(selector);
        return new SigningKey(
                domain, valid, OPENDKIM_KEY_DIRECTORY + "/" + domain + "/" + valid + ".private");
    }

    /// A key stored as `/var/lib/rspamd/dkim/<domain>.<selector>.key`.
    public static SigningKey inRspamdLayout(DomainName domain, String selector) {
        var valid = validSelector(selector);
        return new SigningKey(
                domain, valid, RSPAMD_KEY_DIRECTORY + "/" + domain + "." + valid + ".key");
    }

    /// The name the public key is published at, `<selector>._domainkey.<domain>` (RFC 6376
    /// section 3.6.2.1); OpenDKIM also uses it as the key's name in its tables.
    public DomainName keyName() {
        return DomainName.parse(selector + "._domainkey." + domain.ascii(), "selector");
    }

    /// The selector in lower case, as [DkimSelector] accepts it (RFC 6376 section 3.1: labels
    /// of letters, digits and inner hyphens).
    private static String validSelector(String selector) {
        if (selector == null || selector.isBlank()) {
            throw new InvalidInput("selector", "is empty; expected e.g. s2025");
        }
        try {
            return DkimSelector.parse(selector).ascii();
        } catch (InvalidInput e) {
            throw new InvalidInput(
                    "selector",
                    "'"
                            + selector.strip()
                            + "' is not a selector; use letters, digits and inner hyphens,"
                            + " optionally in dot-separated labels of at most 63 (RFC 6376"
                            + " section 3.1)",
                    e);
        }
    }

    private static void validatePath(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new InvalidInput(
                    "private key path",
                    "'"
                            + path
                            + "' is not an absolute path on the mail server; expected e.g. "
                            + OPENDKIM_KEY_DIRECTORY
                            + "/example.com/s2025.private");
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInput(
                    "private key path", "'" + path.strip() + "' contains a control character");
        }
    }
}
