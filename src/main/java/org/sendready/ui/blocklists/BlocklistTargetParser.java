package org.sendready.ui.blocklists;

import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dnsbl.Target;
import org.sendready.input.InvalidInput;

/// Reads what the user typed into the "add" field: an IP address for the IP lists, or a
/// domain for the domain lists, with the core parsers' errors.
final class BlocklistTargetParser {
    /// The field as the page labels it, so errors name it.
    static final String FIELD = "Address or domain";

    private BlocklistTargetParser() {}

    /// An address when the text looks like one (a colon, or only digits and dots), else a
    /// domain. A private or documentation address is refused: no public list lists it, and
    /// asking tells the list operators about the network for nothing.
    static Target parse(String text) {
        var typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            throw new InvalidInput(
                    FIELD,
                    "is empty; type a sending IP address such as 192.0.2.10, or a domain such"
                            + " as example.com");
        }
        if (typed.indexOf(':') >= 0 || typed.chars().allMatch(c -> c == '.' || isDigit(c))) {
            var address = IpAddresses.parse(typed, FIELD);
            var unreachable = IpAddresses.unreachableWarning(address);
            if (unreachable.isPresent()) {
                throw new InvalidInput(
                        FIELD,
                        unreachable.get()
                                + ", so no blocklist lists it; type the public address your"
                                + " server sends from");
            }
            return new Target.Address(address);
        }
        return new Target.Domain(DomainName.parse(typed, FIELD));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
