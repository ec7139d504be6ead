package org.sendready.dnsbl;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// One DNS blocklist: where to ask, what it lists, and what its answers mean.
///
/// @param name a short id for `--list` and the lists file, e.g. `spamhaus-zen`
/// @param title the list's name for people, e.g. "Spamhaus ZEN"
/// @param zone the DNS zone queries go below, e.g. `zen.spamhaus.org`
/// @param kind whether it lists IP addresses or domains
/// @param ipv6 for an IP list: whether it lists IPv6 addresses too (RFC 5782 section 2.4);
///     lists that do not are not asked about IPv6 addresses, since their NXDOMAIN would read
///     as "not listed"
/// @param codes what its answers mean
/// @param info the list's page on what it lists and how to use it
/// @param removal where a listed address or domain asks to be removed
/// @param note terms of use that affect the answers, e.g. "refuses queries from public
///     resolvers"
public record Blocklist(
        String name,
        String title,
        DomainName zone,
        ListKind kind,
        boolean ipv6,
        ReturnCodes codes,
        Optional<URI> info,
        Optional<URI> removal,
        Optional<String> note) {

    /// Lower-case letters, digits and inner hyphens: a name that needs no quoting anywhere.
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /// Long enough for `spamhaus-zen` and its kind; short enough for a table column.
    public static final int MAX_NAME_LENGTH = 32;

    public Blocklist {
        Objects.requireNonNull(title);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(codes);
        Objects.requireNonNull(info);
        Objects.requireNonNull(removal);
        Objects.requireNonNull(note);
        checkName(name, "list name");
        if (kind == ListKind.DOMAIN && ipv6) {
            throw new IllegalArgumentException("a domain list has no IPv6 coverage");
        }
    }

    /// Checks a list name typed by a user or read from a file; errors name `field`.
    public static String checkName(String name, String field) {
        if (name == null || name.isEmpty()) {
            throw new InvalidInput(field, "is empty; expected a name such as spamhaus-zen");
        }
        if (name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new InvalidInput(
                    field,
                    "'"
                            + name
                            + "' is not a list name; use up to "
                            + MAX_NAME_LENGTH
                            + " lower-case letters, digits and hyphens, e.g. spamhaus-zen");
        }
        return name;
    }

    /// Whether this list is asked about `target`: an IP list about addresses (IPv6 only when
    /// it covers IPv6), a domain list about domains.
    public boolean covers(Target target) {
        return switch (target) {
            case Target.Address address -> kind == ListKind.IP && (ipv6 || !address.isIpv6());
            case Target.Domain domain -> kind == ListKind.DOMAIN;
        };
    }
}
