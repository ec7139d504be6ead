package org.sendready.ui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendready.check.CheckReport;
import org.sendready.check.CheckResult;
import org.sendready.check.CheckStatus;
import org.sendready.check.StepId;

/// The authoritative view per name server: for each step, the status each server's data
/// gives, and whether the servers agree. Empty outside authoritative mode.
///
/// @param servers the name servers asked, e.g. `ns1.example.com (192.0.2.53:53)`
/// @param rows one per step, in board order
public record Propagation(List<String> servers, List<Row> rows) {

    /// One step across the servers.
    ///
    /// @param statuses per server in [#servers] order; empty where a server's board lacks
    ///     the step
    public record Row(StepId step, List<Optional<CheckStatus>> statuses) {
        public Row {
            statuses = List.copyOf(statuses);
        }

        /// True when every server gives the same status.
        public boolean agree() {
            return statuses.stream().distinct().count() <= 1;
        }

        /// How many servers give a green status.
        public long green() {
            return statuses.stream().flatMap(Optional::stream).filter(CheckStatus::isGreen).count();
        }

        /// What the row says in words, e.g. "all agree" or "1 of 2 serve it correctly; ...".
        public String verdict() {
            if (agree()) {
                return statuses.size() == 1 ? "one name server" : "all agree";
            }
            return green()
                    + " of "
                    + statuses.size()
                    + " serve it correctly; the others have not caught up yet";
        }
    }

    public Propagation {
        servers = List.copyOf(servers);
        rows = List.copyOf(rows);
    }

    public static Propagation none() {
        return new Propagation(List.of(), List.of());
    }

    public boolean isEmpty() {
        return servers.isEmpty();
    }

    /// The table for `byServer` (each name server's own board), with the steps of `merged`.
    public static Propagation of(CheckReport merged, Map<String, CheckReport> byServer) {
        if (byServer.isEmpty()) {
            return none();
        }
        var rows = new ArrayList<Row>();
        for (var step : merged.steps()) {
            var statuses =
                    byServer.values().stream()
                            .map(r -> r.step(step.step()).map(CheckResult::status))
                            .toList();
            rows.add(new Row(step.step(), statuses));
        }
        return new Propagation(List.copyOf(byServer.keySet()), rows);
    }
}
