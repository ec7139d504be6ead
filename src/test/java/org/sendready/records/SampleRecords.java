package org.sendready.records;

import static org.sendready.records.RecordPurpose.BOUNCE;
import static org.sendready.records.RecordPurpose.DKIM;
import static org.sendready.records.RecordPurpose.DMARC;
import static org.sendready.records.RecordPurpose.HOST;
import static org.sendready.records.RecordPurpose.MX;
import static org.sendready.records.RecordPurpose.SPF;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.dns.ReverseName;

/// Record sets built by hand for the exporter tests, one per situation the exporters must get
/// right. (A later step derives record sets from the setup plan.)
final class SampleRecords {

    /// A DMARC record whose report address holds `"`, `\`, `;` and `,` (RFC 5322 allows a
    /// quoted local part; the backslash is odd but must survive every format).
    static final String ODD_DMARC =
            "v=DMARC1; p=reject; rua=mailto:dmarc+x@example.com,mailto:\"q\"@ex\\ample.org";

    /// Non-ASCII, a tab, quotes, a backslash and a semicolon in one TXT value.
    static final String ODD_TEXT = "grüße \"quoted\" back\\slash; semi\tcolon é€𝄞";

    /// A DKIM-like value past 255 octets, so it splits into three strings.
    static final String LONG_DKIM = "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0B" + "A".repeat(600);

    private SampleRecords() {}

    static DomainName name(String ascii) {
        return DomainName.parse(ascii);
    }

    static DnsRecord record(
            String owner, String zone, long ttl, RecordData data, RecordPurpose purpose) {
        return new DnsRecord(name(owner), name(zone), Duration.ofSeconds(ttl), data, purpose);
    }

    static RecordData.A a(String ip) {
        return new RecordData.A((Inet4Address) literal(ip));
    }

    static RecordData.Aaaa aaaa(String ip) {
        return new RecordData.Aaaa((Inet6Address) literal(ip));
    }

    static RecordData.Mx mx(int preference, String exchange) {
        return new RecordData.Mx(preference, name(exchange));
    }

    static RecordData.Txt txt(String text) {
        return new RecordData.Txt(text);
    }

    static RecordData.Ptr ptr(String target) {
        return new RecordData.Ptr(name(target));
    }

    /// The PTR of `ip` in reverse zone `zone`, naming `host`.
    static DnsRecord ptrRecord(String ip, String zone, String host) {
        return new DnsRecord(
                ReverseName.of(literal(ip)).owner(),
                name(zone),
                Duration.ofHours(1),
                ptr(host),
                RecordPurpose.PTR);
    }

    /// A whole domain's records: host, MX, SPF, a DKIM key `dkimValue`, DMARC, report
    /// authorisation and the IPv4 PTR.
    static RecordSet exampleCom(String dkimValue) {
        return new RecordSet(
                List.of(
                        record("mail.example.com", "example.com", 3600, a("192.0.2.10"), HOST),
                        record("example.com", "example.com", 3600, mx(10, "mail.example.com"), MX),
                        record(
                                "example.com",
                                "example.com",
                                3600,
                                txt("v=spf1 mx ip4:192.0.2.10 -all"),
                                SPF),
                        record(
                                "s1._domainkey.example.com",
                                "example.com",
                                3600,
                                txt(dkimValue),
                                DKIM),
                        record(
                                "_dmarc.example.com",
                                "example.com",
                                300,
                                txt("v=DMARC1; p=none; rua=mailto:dmarc@example.com"),
                                DMARC),
                        record(
                                "example.org._report._dmarc.example.com",
                                "example.com",
                                3600,
                                txt("v=DMARC1"),
                                RecordPurpose.REPORT_AUTHORIZATION),
                        ptrRecord("192.0.2.10", "2.0.192.in-addr.arpa", "mail.example.com")));
    }

    /// An internationalised domain (bücher.example), with non-ASCII text in a TXT value.
    static RecordSet idn() {
        var zone = "xn--bcher-kva.example";
        return new RecordSet(
                List.of(
                        record("mail." + zone, zone, 3600, a("198.51.100.7"), HOST),
                        record(zone, zone, 3600, mx(10, "mail." + zone), MX),
                        record(zone, zone, 3600, txt("v=spf1 a:mail." + zone + " -all"), SPF),
                        record("_dmarc." + zone, zone, 3600, txt("v=DMARC1; p=quarantine"), DMARC),
                        record("note." + zone, zone, 3600, txt("Bücher für alle"), BOUNCE)));
    }

    /// A mail host on IPv6 only: AAAA and its `ip6.arpa` PTR.
    static RecordSet ipv6() {
        return new RecordSet(
                List.of(
                        record(
                                "mx.example.net",
                                "example.net",
                                3600,
                                aaaa("2001:db8:0:0:1:0:0:1"),
                                HOST),
                        record("example.net", "example.net", 3600, mx(0, "mx.example.net"), MX),
                        ptrRecord(
                                "2001:db8::1:0:0:1",
                                "0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa",
                                "mx.example.net")));
    }

    /// TXT values that exercise every escape: DMARC with odd report addresses, and a value
    /// with non-ASCII, a tab, quotes and a backslash.
    static RecordSet oddCharacters() {
        return new RecordSet(
                List.of(
                        record("_dmarc.example.com", "example.com", 3600, txt(ODD_DMARC), DMARC),
                        record("odd.example.com", "example.com", 60, txt(ODD_TEXT), BOUNCE),
                        record("empty.example.com", "example.com", 60, txt(""), BOUNCE)));
    }

    /// An IP literal; never a DNS lookup.
    static InetAddress literal(String ip) {
        return InetAddress.ofLiteral(ip);
    }
}
