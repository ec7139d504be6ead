package org.sendready.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.ReverseName;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// PTR: every sending address, IPv4 and IPv6, has forward-confirmed reverse DNS naming the
/// host it sends as: its PTR record names the host, and the host's A/AAAA records hold the
/// address again (see [PtrLookup]).
///
/// One PTR per address: with several, receivers may pick any of them (WARN). The reverse zone
/// belongs to whoever owns the address block, so the details say where to set it. All
/// addresses are asked at once; two rounds of queries at most.
public final class PtrCheck implements StepCheck {

    /// Said with every result: the admin's own DNS cannot publish these records.
    static final String PROVIDER_NOTE =
            "Reverse DNS (PTR records) is published by whoever owns the IP addresses, usually"
                    + " the hosting provider: set it in their control panel (often called"
                    + " 'reverse DNS' or 'rDNS') or ask their support; your own DNS zone cannot"
                    + " hold these records.";

    public PtrCheck() {}

    @Override
    public StepId step() {
        return StepId.PTR;
    }

    @Override
    public CompletableFuture<CheckResult> run(CheckContext context) {
        var expected = context.expected().records();
        var parts = new ArrayList<CompletableFuture<StepFindings>>();
        var addresses = 0;
        for (var host : context.plan().hosts()) {
            for (var address : host.addresses()) {
                var owner = ReverseName.of(address).owner();
                var ptr =
                        expected.stream()
                                .filter(r -> r.purpose() == RecordPurpose.PTR)
                                .filter(r -> r.owner().equals(owner))
                                .findFirst();
                if (ptr.isEmpty()) {
                    continue;
                }
                Optional<DnsRecord> hostRecord =
                        expected.stream()
                                .filter(r -> r.purpose() == RecordPurpose.HOST)
                                .filter(r -> r.owner().equals(host.hostname()))
                                .filter(r -> holds(r.data(), address))
                                .findFirst();
                parts.add(new PtrLookup(address, ptr.get(), hostRecord).check(context.dns()));
                addresses++;
            }
        }
        var passSummary =
                addresses == 1
                        ? "The sending address has forward-confirmed reverse DNS naming its host"
                        : "All "
                                + addresses
                                + " sending addresses have forward-confirmed reverse DNS"
                                + " naming their host";
        return StepFindings.merge(parts)
                .thenApply(
                        findings -> findings.detail(PROVIDER_NOTE).result(StepId.PTR, passSummary));
    }

    private static boolean holds(RecordData data, InetAddress address) {
        return switch (data) {
            case RecordData.A v4 -> v4.address().equals(address);
            case RecordData.Aaaa v6 -> v6.address().equals(address);
            default -> false;
        };
    }
}
