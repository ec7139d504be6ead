package org.sendready.records.profile;

import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ReverseName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// Record values and names as text, shared by all profiles.
final class ValueText {

    private ValueText() {}

    /// The address text of an A or AAAA record's data ([IpAddresses#format]: IPv6 as RFC 5952
    /// writes it).
    static String address(RecordData data) {
        return switch (data) {
            case RecordData.A a -> IpAddresses.format(a.address());
            case RecordData.Aaaa aaaa -> IpAddresses.format(aaaa.address());
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
            case HELO -> "SPF of the mail host name";
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
                        .map(a -> " (reverse DNS of " + IpAddresses.format(a) + ")")
                        .orElse("");
        return "PTR "
                + ptr.owner().ascii()
                + " -> "
                + target.ascii()
                + ip
                + ": not a record of your zone; set it where the IP address is managed, usually"
                + " the hosting or IP provider's reverse DNS (rDNS) setting.";
    }
}
