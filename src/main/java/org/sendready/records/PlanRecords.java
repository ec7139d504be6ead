package org.sendready.records;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.dns.ReverseName;
import org.sendready.plan.SendingHost;
import org.sendready.plan.SetupPlan;

/// Derives the [RecordSet] a [SetupPlan] requires. The set is never edited by hand: change
/// the plan and derive again.
///
/// Order: the domain's own records (host addresses, HELO SPF, MX, SPF, DKIM, DMARC, bounce
/// domain), then records in other zones (DMARC report authorisations), then reverse DNS.
public final class PlanRecords {

    /// RFC 7208 section 2.3: a HELO name's SPF record; `a` authorises exactly the addresses
    /// the name resolves to, which are the host's sending addresses.
    static final String HELO_SPF = "v=spf1 a -all";

    /// The preference of the first MX; the next hosts follow in steps of ten.
    static final int FIRST_MX_PREFERENCE = 10;

    private PlanRecords() {}

    public static RecordSet of(SetupPlan plan) {
        var records = new ArrayList<DnsRecord>();
        var ttls = plan.ttls();
        for (var host : plan.hosts()) {
            var zone = zoneOf(host.hostname(), plan);
            for (var address : host.addresses()) {
                records.add(
                        new DnsRecord(
                                host.hostname(),
                                zone,
                                ttls.host(),
                                address(address),
                                RecordPurpose.HOST));
            }
        }
        for (var host : plan.hosts()) {
            if (hasOwnSpf(host.hostname(), plan)) {
                records.add(
                        new DnsRecord(
                                host.hostname(),
                                zoneOf(host.hostname(), plan),
                                ttls.spf(),
                                new RecordData.Txt(HELO_SPF),
                                RecordPurpose.HELO));
            }
        }
        var domain = plan.domain();
        if (plan.receivesMail()) {
            records.addAll(mx(domain, domain, plan.hosts(), ttls.mx(), RecordPurpose.MX));
        }
        records.add(txt(domain, domain, ttls.spf(), plan.spf().format(), RecordPurpose.SPF));
        for (var key : plan.dkimKeys()) {
            records.add(
                    txt(
                            key.selector().ownerName(domain),
                            domain,
                            ttls.dkim(),
                            key.record().format(),
                            RecordPurpose.DKIM));
        }
        records.add(
                txt(
                        DmarcPolicy.recordName(domain),
                        domain,
                        ttls.dmarc(),
                        plan.dmarc().format(),
                        RecordPurpose.DMARC));
        plan.bounceDomain().ifPresent(bounce -> records.addAll(bounceRecords(bounce, plan)));
        for (var authorization : plan.dmarc().reportAuthorizations(domain)) {
            records.add(
                    txt(
                            authorization.owner(),
                            authorization.reportDomain(),
                            ttls.dmarc(),
                            authorization.value(),
                            RecordPurpose.REPORT_AUTHORIZATION));
        }
        for (var host : plan.hosts()) {
            for (var address : host.addresses()) {
                var reverse = ReverseName.of(address);
                records.add(
                        new DnsRecord(
                                reverse.owner(),
                                reverse.zone(),
                                ttls.ptr(),
                                new RecordData.Ptr(host.hostname()),
                                RecordPurpose.PTR));
            }
        }
        return new RecordSet(records);
    }

    /// The bounce domain receives the bounces (MX to the mail hosts) and is the domain SPF
    /// checks, since SPF applies to the Return-Path (RFC 7208 section 2.4).
    private static List<DnsRecord> bounceRecords(DomainName bounce, SetupPlan plan) {
        var zone = bounce.isWithin(plan.domain()) ? plan.domain() : bounce;
        var records =
                new ArrayList<>(
                        mx(bounce, zone, plan.hosts(), plan.ttls().mx(), RecordPurpose.BOUNCE));
        records.add(
                txt(bounce, zone, plan.ttls().spf(), plan.spf().format(), RecordPurpose.BOUNCE));
        return records;
    }

    private static List<DnsRecord> mx(
            DomainName owner,
            DomainName zone,
            List<SendingHost> hosts,
            Duration ttl,
            RecordPurpose purpose) {
        var records = new ArrayList<DnsRecord>();
        for (int i = 0; i < hosts.size(); i++) {
            var data = new RecordData.Mx(FIRST_MX_PREFERENCE * (i + 1), hosts.get(i).hostname());
            records.add(new DnsRecord(owner, zone, ttl, data, purpose));
        }
        return records;
    }

    private static DnsRecord txt(
            DomainName owner, DomainName zone, Duration ttl, String text, RecordPurpose purpose) {
        return new DnsRecord(owner, zone, ttl, new RecordData.Txt(text), purpose);
    }

    private static RecordData address(InetAddress address) {
        return switch (address) {
            case Inet4Address v4 -> new RecordData.A(v4);
            case Inet6Address v6 -> new RecordData.Aaaa(v6);
            default -> throw new IllegalArgumentException("neither IPv4 nor IPv6: " + address);
        };
    }

    /// A host name gets its own SPF unless it is the domain or the bounce domain, whose SPF
    /// records already list the host's addresses (one name has at most one SPF record).
    private static boolean hasOwnSpf(DomainName hostname, SetupPlan plan) {
        return !hostname.equals(plan.domain())
                && plan.bounceDomain().filter(hostname::equals).isEmpty();
    }

    /// The zone a host's records go in: the plan's domain when the host is inside it,
    /// otherwise the host name's parent, the usual zone cut for a host elsewhere.
    private static DomainName zoneOf(DomainName hostname, SetupPlan plan) {
        if (hostname.isWithin(plan.domain())) {
            return plan.domain();
        }
        var labels = hostname.labels();
        return labels.size() > 2
                ? DomainName.parse(String.join(".", labels.subList(1, labels.size())))
                : hostname;
    }
}
