package org.sendready.ui.bounces;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sendready.bounce.SetupCause;
import org.sendready.check.StepId;
import org.sendready.ui.wizard.WizardStep;

/// Bounces that our own setup caused, with the wizard steps that fix the cause (most likely
/// first).
///
/// @param cause what the receivers refused
/// @param sources the messages that showed it
/// @param fixes the wizard steps to open; empty when no step covers the cause
public record SetupProblem(SetupCause cause, List<String> sources, List<WizardStep> fixes) {

    public SetupProblem {
        sources = List.copyOf(sources);
        fixes = List.copyOf(fixes);
    }

    static SetupProblem of(SetupCause cause, List<String> sources) {
        return new SetupProblem(
                cause,
                sources,
                cause.steps().stream()
                        .map(SetupProblem::stepFor)
                        .flatMap(Optional::stream)
                        .distinct()
                        .toList());
    }

    /// The wizard page that owns check `id`: the first step whose badge it colours, other
    /// than the live check board, which shows them all.
    static Optional<WizardStep> stepFor(StepId id) {
        return Arrays.stream(WizardStep.values())
                .filter(step -> step != WizardStep.CHECK && step.checks().contains(id))
                .findFirst();
    }
}
