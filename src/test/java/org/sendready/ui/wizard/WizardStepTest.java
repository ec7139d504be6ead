package org.sendready.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendready.operate.FixStep;

class WizardStepTest {
    @ParameterizedTest
    @CsvSource({
        // each fix step and the wizard step that fixes it
        "PTR, PTR",
        "SPF, SPF",
        "DKIM, DKIM",
        "DMARC, DMARC",
        // the bounce (Return-Path) domain has a step of its own
        "BOUNCE, BOUNCE",
        // MX records are made in the first step
        "MX, DOMAIN",
        "BLOCKLIST, BLOCKLISTS",
    })
    void fixing_mapsEveryFixStep(FixStep fix, WizardStep step) {
        assertThat(WizardStep.fixing(fix)).isEqualTo(step);
    }

    @ParameterizedTest
    @EnumSource(FixStep.class)
    void fixing_opensTheStepWhoseBadgeTheFixesCheckColours(FixStep fix) {
        assertThat(WizardStep.fixing(fix).checks()).contains(fix.check().orElseThrow());
    }
}
