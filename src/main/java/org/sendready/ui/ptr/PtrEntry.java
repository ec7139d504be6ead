package org.sendready.ui.ptr;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ReverseName;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.PlanRecords;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// One sending address and its reverse DNS: where the PTR lives and the record to publish.
///
/// @param address the sending address
/// @param reverse its reverse name and the reverse zone assumed for it
/// @param record the PTR record naming the host
public record PtrEntry(InetAddress address, ReverseName reverse, DnsRecord record) {

    public PtrEntry {
        Objects.requireNonNull(address);
        Objects.requireNonNull(reverse);
        Objects.requireNonNull(record);
    }

    /// One entry per PTR record of `plan`, in the plan's order.
    public static List<PtrEntry> of(SetupPlan plan) {
        var entries = new ArrayList<PtrEntry>();
        for (var record : PlanRecords.of(plan).records()) {
            if (record.purpose() == RecordPurpose.PTR) {
                var address = ReverseName.address(record.owner()).orElseThrow();
                entries.add(new PtrEntry(address, ReverseName.of(address), record));
            }
        }
        return List.copyOf(entries);
    }

    /// The address as text: `192.0.2.10`, `2001:db8::10`.
    public String ip() {
        return IpAddresses.format(address);
    }

    /// The host name the PTR must name.
    public DomainName hostname() {
        return ((RecordData.Ptr) record.data()).target();
    }

    /// Why receivers cannot reach the address (private, documentation, ...), if they cannot.
    public Optional<String> unreachable() {
        return IpAddresses.unreachableWarning(address);
    }
}
