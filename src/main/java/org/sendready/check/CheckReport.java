package org.sendready.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dns.DomainName;

/// The board: every applicable step's result for one domain, in step order.
public record CheckReport(DomainName domain, List<CheckResult> steps) {

    public CheckReport {
        Objects.requireNonNull(domain);
        steps = List.copyOf(steps);
    }

    /// True when every step is green (PASS or WARN): the setup is done.
    public boolean ok() {
        return steps.stream().allMatch(s -> s.status().isGreen());
    }

    /// The result of `step`, when it applied to the plan.
    public Optional<CheckResult> step(StepId step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    /// The worst status on the board.
    public CheckStatus worst() {
        return steps.stream().map(CheckResult::status).reduce(CheckStatus.PASS, CheckStatus::worst);
    }
}
