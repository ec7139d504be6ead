package org.sendready.records.profile;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.sendready.dns.DomainName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;
import org.sendready.records.RecordSet;

/// Record sets for the profile tests: a realistic setup with a 4096-bit DKIM key, an IDN
/// domain, and awkward TXT values.
final class Fixtures {

    static final DomainName ZONE = DomainName.parse("example.com");
    static final DomainName IDN_ZONE = DomainName.parse("bücher.example");
    static final DomainName REVERSE_V4 = DomainName.parse("2.0.192.in-addr.arpa");
    static final DomainName REVERSE_V6 =
            DomainName.parse("0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    static final Duration TTL = Duration.ofHours(1);

    /// A TXT value with the characters every format must escape: quotes, backslashes,
    /// template openers, a semicolon and a non-ASCII letter.
    static final String AWKWARD = "say \"hi\"; path C:\\mail\\ ${var.x} %{if} $${y} grüße";

    /// `v=DKIM1; k=rsa; p=<base64 DER>` of a fresh 4096-bit RSA key: about 750 characters,
    /// three 255-octet strings.
    static final String DKIM_4096 = dkimValue(4096);

    private Fixtures() {}

    /// The usual setup: host A/AAAA, MX, SPF, DKIM (4096-bit), DMARC, and two PTRs.
    static RecordSet setup() {
        var mail = ZONE.child("mail");
        return new RecordSet(
                List.of(
                        record(mail, ZONE, a("192.0.2.1"), RecordPurpose.HOST),
                        record(mail, ZONE, aaaa("2001:db8::25"), RecordPurpose.HOST),
                        record(ZONE, ZONE, new RecordData.Mx(10, mail), RecordPurpose.MX),
                        record(ZONE, ZONE, txt("v=spf1 ip4:192.0.2.1 -all"), RecordPurpose.SPF),
                        record(
                                DomainName.parse("s2024._domainkey.example.com"),
                                ZONE,
                                txt(DKIM_4096),
                                RecordPurpose.DKIM),
                        record(
                                ZONE.child("_dmarc"),
                                ZONE,
                                txt("v=DMARC1; p=none; rua=mailto:dmarc@example.com"),
                                RecordPurpose.DMARC),
                        record(
                                REVERSE_V4.child("1"),
                                REVERSE_V4,
                                new RecordData.Ptr(mail),
                                RecordPurpose.PTR),
                        record(
                                DomainName.parse(
                                        "5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0." + REVERSE_V6.ascii()),
                                REVERSE_V6,
                                new RecordData.Ptr(mail),
                                RecordPurpose.PTR)));
    }

    /// An internationalised domain with its own mail host and SPF.
    static RecordSet idn() {
        var mail = IDN_ZONE.child("mail");
        return new RecordSet(
                List.of(
                        record(mail, IDN_ZONE, a("192.0.2.7"), RecordPurpose.HOST),
                        record(IDN_ZONE, IDN_ZONE, new RecordData.Mx(5, mail), RecordPurpose.MX),
                        record(IDN_ZONE, IDN_ZONE, txt("v=spf1 mx -all"), RecordPurpose.SPF)));
    }

    /// Two MX and two A records: one record set each where providers group by name and type.
    static RecordSet redundant() {
        var mx1 = ZONE.child("mx1");
        var mx2 = ZONE.child("mx2");
        return new RecordSet(
                List.of(
                        record(ZONE, ZONE, new RecordData.Mx(10, mx1), RecordPurpose.MX),
                        record(ZONE, ZONE, new RecordData.Mx(20, mx2), RecordPurpose.MX),
                        record(mx1, ZONE, a("192.0.2.1"), RecordPurpose.HOST),
                        record(mx1, ZONE, a("192.0.2.2"), RecordPurpose.HOST)));
    }

    /// One TXT record with `text` at `name` in example.com.
    static RecordSet txtAt(String name, String text) {
        return new RecordSet(
                List.of(
                        record(
                                DomainName.parse(name + ".example.com"),
                                ZONE,
                                txt(text),
                                RecordPurpose.SPF)));
    }

    static DnsRecord record(
            DomainName owner, DomainName zone, RecordData data, RecordPurpose purpose) {
        return new DnsRecord(owner, zone, TTL, data, purpose);
    }

    static RecordData.Txt txt(String text) {
        return new RecordData.Txt(text);
    }

    static RecordData.A a(String ip) {
        return new RecordData.A((Inet4Address) address(ip));
    }

    static RecordData.Aaaa aaaa(String ip) {
        return new RecordData.Aaaa((Inet6Address) address(ip));
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static String dkimValue(int bits) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            var spki = generator.generateKeyPair().getPublic().getEncoded();
            return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(spki);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has RSA", e);
        }
    }
}
