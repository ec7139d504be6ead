package org.sendready.records.profile;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.sendready.dns.DomainName;
import org.sendready.dns.ReverseName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// Record values and names as text, shared by all profiles.
final class ValueText {

    /// RFC 4291 section 2.2: an IPv6 address is eight 16-bit groups.
    private static final int IPV6_GROUPS = 8;

    private ValueText() {}

    /// An A or AAAA address as text; IPv6 compressed as RFC 5952 section 4 says.
    static String address(InetAddress address) {
        if (address instanceof Inet6Address) {
            return ipv6(address.getAddress());
        }
        return address.getHostAddress();
    }

    /// The address text of an A or AAAA record's data.
    static String address(RecordData data) {
        return switch (data) {
            case RecordData.A a -> address(a.address());
            case RecordData.Aaaa aaaa -> address(aaaa.address());
            default -> throw new IllegalArgumentException("not an address record: " + data);
        };
    }

    /// The zone for headings: `example.com`, or `xn--bcher-kva.example (bücher.example)`.
    static String zoneTitle(DomainName zone) {
        var unicode = zone.unicode();
        return unicode.equals(zone.ascii()) ? zone.ascii() : zone.ascii() + " (" + unicode + ")";
    }

    /// What a record is for, in words for headings and comments.
    static String purpose(RecordPurpose purpose) {
        return switch (purpose) {
            case HOST -> "mail host address";
            case PTR -> "reverse DNS";
            case MX -> "mail exchanger";
            case SPF -> "SPF policy";
            case DKIM -> "DKIM public key";
            case DMARC -> "DMARC policy";
            case BOUNCE -> "bounce domain";
            case REPORT_AUTHORIZATION -> "DMARC report authorisation";
        };
    }

    /// One line explaining a PTR record and who publishes it.
    static String ptrNote(DnsRecord ptr) {
        var target = ((RecordData.Ptr) ptr.data()).target();
        var ip =
                ReverseName.address(ptr.owner())
                        .map(a -> " (reverse DNS of " + address(a) + ")")
                        .orElse("");
        return "PTR "
                + ptr.owner().ascii()
                + " -> "
                + target.ascii()
                + ip
                + ": not a record of your zone; set it where the IP address is managed, usually"
                + " the hosting or IP provider's reverse DNS (rDNS) setting.";
    }

    /// RFC 5952 section 4: lower-case hex without leading zeros, `::` for the longest run of
    /// two or more zero groups (the first run on a tie).
    private static String ipv6(byte[] bytes) {
        var groups = new int[IPV6_GROUPS];
        for (int i = 0; i < IPV6_GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < IPV6_GROUPS; i++) {
            int length = 0;
            while (i + length < IPV6_GROUPS && groups[i + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = i;
                bestLength = length;
            }
        }
        var text = new StringBuilder();
        for (int i = 0; i < IPV6_GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
