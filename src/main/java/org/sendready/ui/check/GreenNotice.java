package org.sendready.ui.check;

import java.util.List;
import org.sendready.check.StepId;

/// Steps that turned green in a re-check, and whether the whole board is green now: what the
/// user is told while waiting for DNS to catch up.
///
/// @param steps the steps that were not green in the check before and are now, board order
/// @param allGreen whether every step is green now
public record GreenNotice(List<StepId> steps, boolean allGreen) {
    public GreenNotice {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a notice names at least one step");
        }
    }

    /// A short title, e.g. "SPF and DKIM are green".
    public String title() {
        var names = steps.stream().map(CheckStepNames::title).toList();
        var joined =
                names.size() == 1
                        ? names.getFirst()
                        : String.join(", ", names.subList(0, names.size() - 1))
                                + " and "
                                + names.getLast();
        return joined + (names.size() == 1 ? " is" : " are") + " green";
    }

    /// One sentence under the title.
    public String text() {
        return allGreen
                ? "Everything is published and correct."
                : "DNS now serves "
                        + (steps.size() == 1 ? "this step's records" : "these steps' records")
                        + " as planned.";
    }

    @Override
    public String toString() {
        return title() + ". " + text();
    }
}
