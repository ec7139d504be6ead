package org.sendready.dnsbl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;

class TargetsTest {

    @Test
    void of_skipsAddressesTheInternetCannotReach_andSaysWhy() {
        var targets =
                Targets.of(
                        List.of(
                                IpAddresses.parse("45.67.89.10", "ip"),
                                IpAddresses.parse("192.168.1.10", "ip"),
                                IpAddresses.parse("45.67.89.10", "ip")),
                        List.of(DomainName.parse("example.com")));

        assertThat(targets.targets())
                .extracting(Target::display)
                .containsExactly("45.67.89.10", "example.com");
        assertThat(targets.skipped())
                .containsExactly(
                        "192.168.1.10 is in 192.168.0.0/16, a private range (RFC 1918); it is not"
                                + " reachable from the internet, so no blocklist lists it");
    }

    @Test
    void of_takesThePlansAddressesDomainAndBounceDomain() {
        var plan =
                SetupPlan.start(
                                DomainName.parse("example.com"),
                                List.of(
                                        PlanFixtures.host(
                                                "mail.example.com",
                                                "45.67.89.10",
                                                "2a0e:1d80::10")),
                                List.of())
                        .withBounceDomain(Optional.of(DomainName.parse("bounce.example.com")));

        var targets = Targets.of(plan);

        assertThat(targets.targets())
                .extracting(Target::display)
                .containsExactly(
                        "45.67.89.10", "2a0e:1d80::10", "example.com", "bounce.example.com");
        assertThat(targets.count(ListKind.IP)).isEqualTo(2);
    }
}
