package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;

class MacroExpanderTest {

    /// RFC 7208 section 7.4's example sender and addresses.
    private static final String SENDER = "strong-bad@email.example.com";

    private static final Clock CLOCK =
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    private static String expand(String ip, String sender, String helo, String macro) {
        var request = new SpfRequest(InetAddress.ofLiteral(ip), sender, helo);
        var expander = new MacroExpander(request, "mx.receiver.example", CLOCK);
        return expander.expand(
                MacroString.parseExplanation(macro),
                DomainName.parse(request.domain()),
                () -> "mail.example.com");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the examples of RFC 7208 section 7.4, IPv4 client 192.0.2.3
                "%{s}                                    | strong-bad@email.example.com",
                "%{o}                                    | email.example.com",
                "%{d}                                    | email.example.com",
                "%{d4}                                   | email.example.com",
                "%{d3}                                   | email.example.com",
                "%{d2}                                   | example.com",
                "%{d1}                                   | com",
                "%{dr}                                   | com.example.email",
                "%{d2r}                                  | example.email",
                "%{l}                                    | strong-bad",
                "%{l-}                                   | strong.bad",
                "%{lr}                                   | strong-bad",
                "%{lr-}                                  | bad.strong",
                "%{l1r-}                                 | strong",
                "%{ir}.%{v}._spf.%{d2}                   | 3.2.0.192.in-addr._spf.example.com",
                "%{lr-}.lp._spf.%{d2}                    | bad.strong.lp._spf.example.com",
                "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}         |"
                        + " bad.strong.lp.3.2.0.192.in-addr._spf.example.com",
                "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}        |"
                        + " 3.2.0.192.in-addr.strong.lp._spf.example.com",
                "%{d2}.trusted-domains.example.net       | example.com.trusted-domains.example.net",
                // section 7.3: an upper-case letter URL-escapes the value
                "%{S}                                    | strong-bad%40email.example.com",
                // explanation-only letters: readable IP, receiver, time
                "%{c} %{r} %{t}                          | 192.0.2.3 mx.receiver.example 1700000000",
                // the escapes %% %_ %-
                "a%%b%_c%-d                              | a%b c%20d",
                // %{p} comes from the supplier the evaluator passes
                "%{p}                                    | mail.example.com",
                // h is the HELO name as sent
                "%{h}                                    | helo.example.org",
                // more parts kept than there are: all of them
                "%{d9}                                   | email.example.com",
            })
    void expand_followsRfc7208Examples_forIpv4(String macro, String expected) {
        assertThat(expand("192.0.2.3", SENDER, "helo.example.org", macro)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // RFC 7208 section 7.4, IPv6 client 2001:db8::cb01: nibbles in lower case
                "%{ir}.%{v}._spf.%{d2} |"
                        + " 1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com",
                // c is the RFC 5952 form
                "%{c}                  | 2001:db8::cb01",
                // and upper-case C escapes its colons
                "%{C}                  | 2001%3Adb8%3A%3Acb01",
            })
    void expand_writesNibbles_forIpv6(String macro, String expected) {
        assertThat(expand("2001:db8::cb01", SENDER, "helo.example.org", macro)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // several delimiters split together, and the parts join with '.'
                "foo-bar+zip+quux@example.com | %{l2r+-} | bar.foo",
                // unreserved characters stay, the others become %XX
                "~jack&jill=up-a_b3.c@example.com | %{L} | ~jack%26jill%3Dup-a_b3.c",
                // no local-part: postmaster (section 4.3)
                "@example.com | %{l} | postmaster",
                // the null sender: postmaster at the HELO name (section 2.4)
                "'' | %{s} | postmaster@helo.example.org",
            })
    void expand_handlesSenderForms(String sender, String macro, String expected) {
        assertThat(expand("192.0.2.3", sender, "helo.example.org", macro)).isEqualTo(expected);
    }
}
