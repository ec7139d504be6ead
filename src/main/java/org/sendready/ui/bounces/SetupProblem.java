package org.sendready.ui.bounces;

import java.util.List;
import org.sendready.operate.KnownRejection;
import org.sendready.ui.wizard.WizardStep;

/// Bounces that our own setup caused, with the wizard steps that fix the cause (most direct
/// first): the same steps the Postfix logs page offers for the same rejection.
///
/// @param rejection what the receivers refused, from the catalogue the log analysis uses too
/// @param sources the messages that showed it
/// @param fixes the wizard steps to open
public record SetupProblem(KnownRejection rejection, List<String> sources, List<WizardStep> fixes) {

    public SetupProblem {
        sources = List.copyOf(sources);
        fixes = List.copyOf(fixes);
    }

    static SetupProblem of(KnownRejection rejection, List<String> sources) {
        return new SetupProblem(
                rejection,
                sources,
                rejection.steps().stream().map(WizardStep::fixing).distinct().toList());
    }
}
