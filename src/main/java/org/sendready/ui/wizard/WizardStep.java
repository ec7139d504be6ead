package org.sendready.ui.wizard;

import java.util.List;
import org.sendready.check.StepId;
import org.sendready.operate.FixStep;

/// The wizard's steps in order (STYLE.md section 9): the setup steps, then the pages that help
/// operate the setup. Every setup step after Domain works on the plan, so it opens once the
/// Domain step has made one; Back and Next stay within a section.
public enum WizardStep {
    WELCOME("Welcome", List.of(), Section.SETUP),
    DOMAIN("Domain and servers", List.of(StepId.HOST, StepId.MX, StepId.HELO), Section.SETUP),
    PTR("Reverse DNS (PTR)", List.of(StepId.PTR), Section.SETUP),
    SPF("SPF", List.of(StepId.SPF), Section.SETUP),
    DKIM("DKIM", List.of(StepId.DKIM), Section.SETUP),
    DMARC("DMARC", List.of(StepId.DMARC), Section.SETUP),
    BOUNCE("Bounce domain", List.of(StepId.BOUNCE), Section.SETUP),
    REVIEW("Review and export", List.of(), Section.SETUP),
    CHECK("Live check", List.of(StepId.values()), Section.SETUP),
    LOGS("Postfix logs", List.of(), Section.OPERATE),
    BOUNCES("Bounces", List.of(), Section.OPERATE),
    BLOCKLISTS("Blocklists", List.of(StepId.DNSBL), Section.OPERATE);

    /// The sidebar's groups: first setting the domain up, then running it.
    public enum Section {
        SETUP("Set up"),
        OPERATE("Operate");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String title;
    private final List<StepId> checks;
    private final Section section;

    WizardStep(String title, List<StepId> checks, Section section) {
        this.title = title;
        this.checks = checks;
        this.section = section;
    }

    public Section section() {
        return section;
    }

    /// True for the first step of its section, under which the sidebar shows the section.
    public boolean opensSection() {
        return ordinal() == 0 || values()[ordinal() - 1].section != section;
    }

    /// The step's number within its section, from 1.
    public int number() {
        int first = ordinal();
        while (!values()[first].opensSection()) {
            first--;
        }
        return ordinal() - first + 1;
    }

    /// The name in the sidebar and the page heading.
    public String title() {
        return title;
    }

    /// The live checks whose results colour this step's badge.
    public List<StepId> checks() {
        return checks;
    }

    /// True when the step needs a plan: the setup steps after Domain.
    public boolean needsPlan() {
        return section == Section.SETUP && this != WELCOME && this != DOMAIN;
    }

    /// The step that fixes `fix`: one mapping for every page that links a rejection to its fix
    /// (Postfix logs and Bounces).
    public static WizardStep fixing(FixStep fix) {
        return switch (fix) {
            case PTR -> PTR;
            case SPF -> SPF;
            case DKIM -> DKIM;
            case DMARC -> DMARC;
            case BOUNCE -> BOUNCE;
            case MX -> DOMAIN;
            case BLOCKLIST -> BLOCKLISTS;
        };
    }

    /// True for the step the user may skip.
    public boolean optional() {
        return this == BOUNCE;
    }
}
