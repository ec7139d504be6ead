package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;

/// RFC 5782's query names.
class QueryNameTest {
    private static final DomainName ZONE = DomainName.parse("bl.example");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // RFC 5782 section 2.1's own example: octets reversed
        "192.0.2.99, 99.2.0.192.bl.example",
        // the RFC 5782 section 5 test entry
        "127.0.0.2, 2.0.0.127.bl.example",
        // RFC 5782 section 2.4's example: 32 nibbles reversed
        "2001:db8:1:2:3:4:567:89ab,"
                + " b.a.9.8.7.6.5.0.4.0.0.0.3.0.0.0.2.0.0.0.1.0.0.0.8.b.d.0.1.0.0.2.bl.example",
        // zeros compressed by :: are written out
        "2001:db8::1, 1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.example"
    })
    void of_reversesTheAddress(String ip, String expected) {
        var target = new Target.Address(IpAddresses.parse(ip, "ip"));

        assertThat(QueryName.of(target, ZONE)).contains(DomainName.parse(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // RFC 5782 section 2.2: the name, then the zone
        "example.com, example.com.bl.example",
        // upper case is folded as DNS folds it
        "Mail.Example.COM, mail.example.com.bl.example",
        // an IDN is asked in A-labels
        "bücher.example, xn--bcher-kva.example.bl.example"
    })
    void of_prependsTheDomain(String domain, String expected) {
        var target = new Target.Domain(DomainName.parse(domain));

        assertThat(QueryName.of(target, ZONE)).contains(DomainName.parse(expected));
    }

    @Test
    void of_isEmpty_whenTheNameWouldBeTooLong() {
        var label = "a".repeat(60);
        var domain = DomainName.parse(String.join(".", label, label, label, label, "com"));

        assertThat(QueryName.of(new Target.Domain(domain), ZONE)).isEmpty();
    }
}
