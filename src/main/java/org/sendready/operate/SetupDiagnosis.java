package org.sendready.operate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.ReasonCount;

/// Finds the deferrals and bounces of a log whose cause is the sender's own setup, and the
/// step that fixes each.
public final class SetupDiagnosis {
    private SetupDiagnosis() {}

    /// One finding per [KnownRejection] seen in `analysis`'s reasons, most attempts first.
    public static List<SetupFinding> of(LogAnalysis analysis) {
        var found = new EnumMap<KnownRejection, Accumulator>(KnownRejection.class);
        for (var reason : analysis.reasons()) {
            if (reason.reason().equals(ReasonCount.OTHER_REASONS)) {
                continue;
            }
            KnownRejection.match(reason.dsn(), reason.reason())
                    .ifPresent(
                            rejection ->
                                    found.computeIfAbsent(rejection, r -> new Accumulator(reason))
                                            .add(reason));
        }
        var findings = new ArrayList<SetupFinding>();
        found.forEach((rejection, acc) -> findings.add(acc.finding(rejection)));
        findings.sort(
                Comparator.comparingLong(SetupFinding::attempts)
                        .reversed()
                        .thenComparing(SetupFinding::rejection));
        return findings;
    }

    private static final class Accumulator {
        private final ReasonCount example;
        private long attempts;
        private final EnumSet<DeliveryStatus> statuses = EnumSet.noneOf(DeliveryStatus.class);

        Accumulator(ReasonCount example) {
            this.example = example;
        }

        void add(ReasonCount reason) {
            attempts += reason.count();
            statuses.add(reason.status());
        }

        SetupFinding finding(KnownRejection rejection) {
            return new SetupFinding(
                    rejection,
                    attempts,
                    List.copyOf(statuses),
                    example.dsn(),
                    example.reason(),
                    example.exampleRecipient());
        }
    }
}
