package org.sendready.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// The Postfix catch-all for the bounce domain.
class PostfixBounceDomainWriterTest {

    private static final BounceRouting ROUTING =
            BounceRouting.of(DomainName.parse("e.example.com"), DomainName.parse("example.com"));

    @Test
    void mainCf_makesTheBounceDomainAVirtualAliasDomain_withTheRegexpTable() {
        assertThat(PostfixBounceDomainWriter.mainCf(ROUTING))
                .startsWith("# /etc/postfix/main.cf\n")
                .endsWith(
                        "virtual_alias_domains = e.example.com\n"
                                + "virtual_alias_maps = regexp:/etc/postfix/sendready_bounce.regexp\n");
    }

    @Test
    void table_sendsPostmasterToAPerson_andEverythingElseToTheBounceMailbox() {
        assertThat(PostfixBounceDomainWriter.table(ROUTING))
                .isEqualTo(
                        """
                        # /etc/postfix/sendready_bounce.regexp
                        # RFC 5321 section 4.5.1: postmaster@ must reach a person, not the bounce processor.
                        /^postmaster@e\\.example\\.com$/ postmaster@example.com
                        # Everything else, e.g. b1.<payload>.<signature>@e.example.com, into the bounce mailbox.
                        /@e\\.example\\.com$/ bounces@example.com
                        """);
    }

    /// The table's patterns, read the way Postfix reads them (case-insensitive, first match).
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            textBlock =
                    """
                    # address,                                       goes to
                    # a token address
                    b1.vq2khmgdkara.s5zizoaea63vaeqc@e.example.com,  bounces@example.com
                    # upper-cased by some server on the way
                    B1.VQ2KHMGDKARA.S5ZIZOAEA63VAEQC@E.EXAMPLE.COM,  bounces@example.com
                    # postmaster reaches a person
                    postmaster@e.example.com,                        postmaster@example.com
                    # another domain whose name ends alike is not caught
                    someone@e-example.com,                           -
                    someone@xe.example.com.evil.example,             -
                    """)
    void table_matchesTheBounceDomainOnly(String address, String target) {
        String routed = null;
        for (var line : PostfixBounceDomainWriter.table(ROUTING).lines().toList()) {
            if (line.startsWith("/")) {
                int close = line.lastIndexOf('/');
                var pattern = Pattern.compile(line.substring(1, close), Pattern.CASE_INSENSITIVE);
                if (pattern.matcher(address).find()) {
                    routed = line.substring(close + 1).strip();
                    break;
                }
            }
        }
        assertThat(routed).isEqualTo(target.equals("-") ? null : target);
    }

    @Test
    void routing_refusesAMailboxInsideTheBounceDomain() {
        assertThatThrownBy(
                        () ->
                                new BounceRouting(
                                        DomainName.parse("e.example.com"),
                                        MailAddress.parse("bounces@e.example.com", "m"),
                                        MailAddress.parse("postmaster@example.com", "p")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "bounce mailbox: bounces@e.example.com is in the bounce domain itself");
    }
}
