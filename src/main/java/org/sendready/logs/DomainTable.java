package org.sendready.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

/// Outcomes per recipient domain, and the DNS failures among them.
final class DomainTable {
    /// A large sender reaches tens of thousands of domains; past this many, the rest is one
    /// [DomainStats#OTHER_DOMAINS] row so memory stays bounded.
    static final int MAX_DOMAINS = 100_000;

    static final class Row {
        final String domain;
        long sent;
        long deferred;
        long bounced;
        long expired;
        long dnsFailures;
        LinkedHashSet<String> dnsRecipients;

        Row(String domain) {
            this.domain = domain;
        }

        void dnsFailure(String recipient) {
            dnsFailures++;
            if (dnsRecipients == null) {
                dnsRecipients = new LinkedHashSet<>();
            }
            if (dnsRecipients.size() < DnsProblem.LISTED_RECIPIENTS) {
                dnsRecipients.add(recipient);
            }
        }
    }

    private final HashMap<String, Row> rows = new HashMap<>();
    private final int maxDomains;
    private Row other;

    DomainTable(int maxDomains) {
        this.maxDomains = maxDomains;
    }

    Row row(String domain) {
        var row = rows.get(domain);
        if (row != null) {
            return row;
        }
        if (rows.size() >= maxDomains) {
            if (other == null) {
                other = new Row(DomainStats.OTHER_DOMAINS);
            }
            return other;
        }
        row = new Row(domain);
        rows.put(domain, row);
        return row;
    }

    /// Busiest first; the overflow row last.
    List<DomainStats> stats() {
        var list = new ArrayList<DomainStats>(rows.size() + 1);
        for (var row : rows.values()) {
            list.add(stat(row));
        }
        list.sort(
                Comparator.comparingLong(DomainStats::total)
                        .reversed()
                        .thenComparing(DomainStats::domain));
        if (other != null) {
            list.add(stat(other));
        }
        return list;
    }

    /// Domains with DNS failures, most failures first.
    List<DnsProblem> dnsProblems() {
        var list = new ArrayList<DnsProblem>();
        for (var row : rows.values()) {
            if (row.dnsFailures > 0) {
                list.add(
                        new DnsProblem(
                                row.domain,
                                row.dnsFailures,
                                ProviderTypo.likelyIntended(row.domain),
                                List.copyOf(row.dnsRecipients)));
            }
        }
        list.sort(
                Comparator.comparingLong(DnsProblem::failures)
                        .reversed()
                        .thenComparing(DnsProblem::domain));
        return list;
    }

    private static DomainStats stat(Row row) {
        return new DomainStats(
                row.domain, row.sent, row.deferred, row.bounced, row.expired, row.dnsFailures);
    }
}
