package org.sendready.ui.check;

import org.sendready.check.StepId;
import org.sendready.ui.wizard.WizardStep;

/// How the board names each check, and which wizard step sets up what it checks.
final class CheckStepNames {
    private CheckStepNames() {}

    static String title(StepId step) {
        return switch (step) {
            case HOST -> "Mail host address";
            case PTR -> "Reverse DNS (PTR)";
            case MX -> "MX records";
            case SPF -> "SPF";
            case DKIM -> "DKIM";
            case DMARC -> "DMARC";
            case HELO -> "HELO name SPF";
            case BOUNCE -> "Bounce domain";
            case DNSBL -> "Blocklists (DNSBL)";
        };
    }

    /// The wizard step whose page sets up `step`'s records (the first that lists it; the live
    /// check itself lists every step and is never the owner).
    static WizardStep owner(StepId step) {
        for (var candidate : WizardStep.values()) {
            if (candidate != WizardStep.CHECK && candidate.checks().contains(step)) {
                return candidate;
            }
        }
        return WizardStep.CHECK;
    }
}
