package org.sendready.mta;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;

/// A host or network whose mail the signing filter signs rather than verifies (OpenDKIM's
/// `InternalHosts`): an address, a CIDR network, or a host name.
public sealed interface TrustedHost {

    /// The entry as OpenDKIM's peer lists write it.
    String text();

    record Address(InetAddress address) implements TrustedHost {
        public Address {
            Objects.requireNonNull(address);
        }

        @Override
        public String text() {
            return IpAddresses.format(address);
        }
    }

    /// A network in CIDR notation; the address must have no bits set past the prefix.
    record Network(InetAddress network, int prefixLength) implements TrustedHost {
        public Network {
            Objects.requireNonNull(network);
            int bits = network.getAddress().length * 8;
            if (prefixLength < 0 || prefixLength > bits) {
                throw new InvalidInput(
                        "trusted host",
                        "prefix /" + prefixLength + " is out of range; expected 0 to " + bits);
            }
            var masked = masked(network, prefixLength);
            if (!masked.equals(network)) {
                throw new InvalidInput(
                        "trusted host",
                        IpAddresses.format(network)
                                + "/"
                                + prefixLength
                                + " has bits set past the prefix; did you mean "
                                + IpAddresses.format(masked)
                                + "/"
                                + prefixLength
                                + "?");
            }
        }

        private static InetAddress masked(InetAddress address, int prefixLength) {
            try {
                return InetAddress.getByAddress(
                        IpAddresses.networkBytes(address.getAddress(), prefixLength));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("a 4- or 16-byte address was rejected", e);
            }
        }

        @Override
        public String text() {
            return IpAddresses.format(network) + "/" + prefixLength;
        }
    }

    record Host(DomainName name) implements TrustedHost {
        public Host {
            Objects.requireNonNull(name);
        }

        @Override
        public String text() {
            return name.ascii();
        }
    }

    /// Parses `192.0.2.10`, `2001:db8::10`, `192.0.2.0/24` or `mail.example.com`.
    static TrustedHost parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(
                    field,
                    "is empty; expected an address, a network such as 192.0.2.0/24, or a host name");
        }
        var entry = text.strip();
        int slash = entry.indexOf('/');
        try {
            if (slash >= 0) {
                var prefix = entry.substring(slash + 1);
                if (prefix.isEmpty()
                        || prefix.length() > 3
                        || !prefix.chars().allMatch(Character::isDigit)) {
                    throw new InvalidInput(
                            field, "'" + entry + "' has no prefix length after '/', e.g. /24");
                }
                return new Network(
                        IpAddresses.parse(entry.substring(0, slash), field),
                        Integer.parseInt(prefix));
            }
            boolean looksNumeric =
                    entry.indexOf(':') >= 0
                            || entry.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
            if (looksNumeric) {
                return new Address(IpAddresses.parse(entry, field));
            }
            return new Host(DomainName.parse(entry, field));
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason(), e);
        }
    }
}
