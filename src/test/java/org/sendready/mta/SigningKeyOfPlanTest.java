package org.sendready.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.PlanFixtures;

class SigningKeyOfPlanTest {
    @Test
    void of_leavesOutARevokedSelector_soTheMtaNeverSignsWithIt() {
        var plan = PlanFixtures.example();
        var retired =
                new DkimKeyRef(
                        DkimSelector.parse("s2025"),
                        Optional.empty(),
                        DkimKeyRecord.revoked(DkimAlgorithm.RSA));
        var withRevoked = plan.withDkimKeys(List.of(plan.dkimKeys().getFirst(), retired));

        assertThat(SigningKey.of(withRevoked, SigningFilter.OPENDKIM))
                .extracting(SigningKey::selector)
                .containsExactly("s2026");
        assertThat(SigningKey.of(withRevoked, SigningFilter.RSPAMD))
                .extracting(SigningKey::keyPath)
                .containsExactly(SigningKey.RSPAMD_KEY_DIRECTORY + "/example.com.s2026.key");
    }
}
