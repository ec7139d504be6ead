package org.sendready.ui.wizard;

import java.util.List;
import org.sendready.check.StepId;

/// The wizard's steps in order (STYLE.md section 9). Every step after Welcome works on the
/// plan, so it opens once the Domain step has made one.
public enum WizardStep {
    WELCOME("Welcome", List.of()),
    DOMAIN("Domain and servers", List.of(StepId.HOST, StepId.MX, StepId.HELO)),
    PTR("Reverse DNS (PTR)", List.of(StepId.PTR)),
    SPF("SPF", List.of(StepId.SPF)),
    DKIM("DKIM", List.of(StepId.DKIM)),
    DMARC("DMARC", List.of(StepId.DMARC)),
    BOUNCE("Bounce domain", List.of(StepId.BOUNCE)),
    REVIEW("Review and export", List.of()),
    CHECK("Live check", List.of(StepId.values()));

    private final String title;
    private final List<StepId> checks;

    WizardStep(String title, List<StepId> checks) {
        this.title = title;
        this.checks = checks;
    }

    /// The name in the sidebar and the page heading.
    public String title() {
        return title;
    }

    /// The live checks whose results colour this step's badge.
    public List<StepId> checks() {
        return checks;
    }

    /// True when the step needs a plan (everything but Welcome and Domain).
    public boolean needsPlan() {
        return this != WELCOME && this != DOMAIN;
    }

    /// True for the step the user may skip.
    public boolean optional() {
        return this == BOUNCE;
    }
}
