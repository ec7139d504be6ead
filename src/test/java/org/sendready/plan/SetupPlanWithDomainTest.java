package org.sendready.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dmarc.RequestedPolicy;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class SetupPlanWithDomainTest {

    @Test
    void withDomain_changesOnlyTheDomain() {
        var plan =
                PlanFixtures.example()
                        .withReceivesMail(true)
                        .withDmarc(DmarcPolicy.builder().policy(RequestedPolicy.QUARANTINE).build())
                        .withBounceDomain(Optional.of(DomainName.parse("bounces.example.net")));

        var moved = plan.withDomain(DomainName.parse("example.org"));

        assertThat(moved.domain()).isEqualTo(DomainName.parse("example.org"));
        assertThat(moved).usingRecursiveComparison().ignoringFields("domain").isEqualTo(plan);
    }

    @Test
    void withDomain_rejectsTheBounceDomain_naming_theBounceDomainField() {
        var plan =
                PlanFixtures.example()
                        .withBounceDomain(Optional.of(DomainName.parse("bounces.example.com")));

        assertThatThrownBy(() -> plan.withDomain(DomainName.parse("bounces.example.com")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("bounce domain: is the domain itself");
    }
}
