package org.sendready.check;

import java.util.List;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.OverlayResolver;
import org.sendready.dns.ResourceRecord;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;
import org.sendready.records.TxtStrings;

/// DNS as it will be once the plan's records are published: the records the plan renders
/// replace what live DNS serves at their names and types, everything else is asked live. So
/// SPF's check_host, the DKIM key match and DMARC run against the draft before the admin
/// touches the zone.
public final class PreviewDns {
    private PreviewDns() {}

    public static DnsResolver over(DnsResolver live, RecordSet planned) {
        return OverlayResolver.of(
                live, planned.records().stream().map(PreviewDns::toResource).toList());
    }

    static ResourceRecord toResource(DnsRecord record) {
        var owner = record.owner();
        var ttl = record.ttl();
        return switch (record.data()) {
            case RecordData.A a -> new ResourceRecord.A(owner, ttl, a.address());
            case RecordData.Aaaa aaaa -> new ResourceRecord.Aaaa(owner, ttl, aaaa.address());
            case RecordData.Mx mx ->
                    new ResourceRecord.Mx(
                            owner, ttl, mx.preference(), java.util.Optional.of(mx.exchange()));
            case RecordData.Txt txt ->
                    new ResourceRecord.Txt(owner, ttl, List.copyOf(TxtStrings.split(txt.text())));
            case RecordData.Ptr ptr -> new ResourceRecord.Ptr(owner, ttl, ptr.target());
        };
    }
}
