package org.sendready.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// HOST: each mail host name has A/AAAA records holding exactly the plan's addresses.
///
/// Receivers confirm a sender's reverse DNS by looking its PTR name up again, and deliver to
/// MX targets by these records, so they must be there and point at the servers. All hosts are
/// asked at once; at most two rounds of queries (see [AddressComparison]).
public final class HostCheck implements StepCheck {

    public HostCheck() {}

    @Override
    public StepId step() {
        return StepId.HOST;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var byHost = new LinkedHashMap<DomainName, List<DnsRecord>>();
        for (var record : context.expected().records()) {
            if (record.purpose() == RecordPurpose.HOST) {
                byHost.computeIfAbsent(record.owner(), owner -> new ArrayList<>()).add(record);
            }
        }
        var parts =
                byHost.entrySet().stream()
                        .map(
                                host ->
                                        AddressComparison.compare(
                                                context.dns(), host.getKey(), host.getValue()))
                        .toList();
        return StepFindings.merge(parts)
                .thenApply(findings -> findings.result(StepId.HOST, passSummary(byHost)));
    }

    private static String passSummary(LinkedHashMap<DomainName, List<DnsRecord>> byHost) {
        if (byHost.size() != 1) {
            return "All " + byHost.size() + " mail hosts point to their planned addresses";
        }
        var host = byHost.entrySet().iterator().next();
        var addresses =
                host.getValue().stream()
                        .map(
                                record ->
                                        switch (record.data()) {
                                            case RecordData.A v4 ->
                                                    IpAddresses.format(v4.address());
                                            case RecordData.Aaaa v6 ->
                                                    IpAddresses.format(v6.address());
                                            default -> record.data().type();
                                        })
                        .toList();
        return host.getKey() + " points to " + LiveAnswerText.list(addresses) + ", as planned";
    }
}
