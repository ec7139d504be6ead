package org.sendready.dmarc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class ReportAuthorizationTest {

    private static final DomainName EXAMPLE = DomainName.parse("example.com");

    @Test
    void reportAuthorizations_namesOneRecordPerForeignDomain_inOrder() {
        var policy =
                DmarcPolicy.parse(
                        "v=DMARC1; p=none; rua=mailto:a@reports.example.net,mailto:b@example.com;"
                                + " ruf=mailto:c@REPORTS.example.net,mailto:d@thirdparty.example.org");
        var authorizations = policy.reportAuthorizations(EXAMPLE);
        assertThat(authorizations)
                .extracting(a -> a.owner().ascii())
                .containsExactly(
                        "example.com._report._dmarc.reports.example.net",
                        "example.com._report._dmarc.thirdparty.example.org");
        assertThat(authorizations).allSatisfy(a -> assertThat(a.value()).isEqualTo("v=DMARC1"));
        assertThat(authorizations.getFirst().reportDomain().ascii())
                .isEqualTo("reports.example.net");
    }

    @ParameterizedTest
    @CsvSource({
        "example.com, d@example.com", // the policy domain itself
        "example.com, d@dmarc.example.com", // a subdomain of it
        "mail.example.com, d@example.com", // its parent
    })
    void reportAuthorizations_isEmpty_forInHouseDestination(String domain, String address) {
        var policy =
                DmarcPolicy.builder()
                        .addAggregateReport(ReportUri.mailto(MailAddress.parse(address, "test")))
                        .build();
        assertThat(policy.reportAuthorizations(DomainName.parse(domain))).isEmpty();
    }

    @Test
    void reportAuthorizations_treatsSiblingSubdomainsAsForeign_bySuffixSimplification() {
        var policy = DmarcPolicy.parse("v=DMARC1; p=none; rua=mailto:d@b.example.com");
        assertThat(policy.reportAuthorizations(DomainName.parse("a.example.com")))
                .extracting(a -> a.owner().ascii())
                .containsExactly("a.example.com._report._dmarc.b.example.com");
    }

    @Test
    void reportAuthorizations_ignoresNonMailtoDestinations() {
        var policy = DmarcPolicy.parse("v=DMARC1; p=none; rua=https://reports.example.net/x");
        assertThat(policy.reportAuthorizations(EXAMPLE)).isEmpty();
    }

    @Test
    void reportAuthorizations_rejects_whenNameWouldExceed253() {
        var longDomain = DomainName.parse("a".repeat(63) + "." + "b".repeat(63) + ".example");
        var policy =
                DmarcPolicy.builder()
                        .addAggregateReport(
                                ReportUri.mailto(
                                        MailAddress.parse(
                                                "d@"
                                                        + "c".repeat(63)
                                                        + "."
                                                        + "d".repeat(63)
                                                        + ".example.net",
                                                "test")))
                        .build();
        assertThatThrownBy(() -> policy.reportAuthorizations(longDomain))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("over the DNS limit of 253");
    }
}
