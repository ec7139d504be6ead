package org.sendready.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/// The zones a [TestDnsServer] serves, and how it answers from them as an authoritative
/// server would: AA bit, CNAME chains within its zones, SOA in the authority section of
/// negative answers, referrals with glue at delegations. Thread-safe.
final class TestZones {

    /// Default TTL for records in zone text without one.
    private static final long DEFAULT_TTL = 3600;

    /// A guard against CNAME loops in test data.
    private static final int MAX_CNAME_HOPS = 8;

    private final Map<Name, Zone> zones = new ConcurrentHashMap<>();

    /// Serves `origin` from master-file text (relative names are relative to `origin`). An
    /// SOA and NS at the apex are added when the text has none.
    void zone(String origin, String masterText) {
        var name = absolute(origin);
        var records = new ArrayList<>(parse(name, masterText));
        if (records.stream().noneMatch(r -> r.getType() == Type.SOA)) {
            records.addAll(
                    parse(name, "@ 3600 SOA ns1 hostmaster 1 3600 600 86400 300\n@ 3600 NS ns1\n"));
        }
        try {
            zones.put(name, new Zone(name, records.toArray(Record[]::new)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Adds records (master-file lines, relative to `origin`) to a served zone.
    void add(String origin, String masterText) {
        var name = absolute(origin);
        parse(name, masterText).forEach(zones.get(name)::addRecord);
    }

    /// Removes the records of `type` at `owner` (relative to `origin`).
    void remove(String origin, String owner, int type) {
        var zone = absolute(origin);
        zones.get(zone).removeRRset(Name.fromConstantString(owner + "." + zone), type);
    }

    /// The response to `query`, without faults.
    Message answer(Message query) {
        var response = TestDnsServer.responseTo(query);
        var question = query.getQuestion();
        var zone = zoneFor(question.getName());
        if (zone == null) {
            response.getHeader().setRcode(Rcode.REFUSED);
            return response;
        }
        response.getHeader().setFlag(Flags.AA);
        var name = question.getName();
        for (int hop = 0; hop < MAX_CNAME_HOPS && zone != null; hop++) {
            var found = zone.findRecords(name, question.getType());
            if (found.isCNAME()) {
                response.addRecord(found.getCNAME(), Section.ANSWER);
                name = found.getCNAME().getTarget();
                zone = zoneFor(name);
                continue;
            }
            if (found.isSuccessful()) {
                found.answers().forEach(set -> addAll(response, set, Section.ANSWER));
            } else if (found.isDelegation() && hop == 0) {
                referral(response, found.getNS());
            } else if (found.isNXDOMAIN() && !hasNamesBelow(zone, name)) {
                response.getHeader().setRcode(Rcode.NXDOMAIN);
                response.addRecord(zone.getSOA(), Section.AUTHORITY);
            } else {
                response.addRecord(zone.getSOA(), Section.AUTHORITY);
            }
            break;
        }
        return response;
    }

    private void referral(Message response, RRset ns) {
        response.getHeader().unsetFlag(Flags.AA);
        addAll(response, ns, Section.AUTHORITY);
        for (var record : ns.rrs()) {
            var host = ((NSRecord) record).getTarget();
            var zone = zoneFor(host);
            for (int type : new int[] {Type.A, Type.AAAA}) {
                var glue = zone == null ? null : zone.findExactMatch(host, type);
                if (glue != null) {
                    addAll(response, glue, Section.ADDITIONAL);
                }
            }
        }
    }

    /// dnsjava's `Zone` says NXDOMAIN for empty non-terminals (`_domainkey.example.com` when
    /// only `s1._domainkey.example.com` exists); RFC 8020 says the name exists: NODATA.
    private static boolean hasNamesBelow(Zone zone, Name name) {
        for (var set : zone) {
            if (set.getName().subdomain(name) && !set.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /// The deepest served zone containing `name`; the root zone only when a test serves it
    /// (the SPF conformance suite does, to answer NXDOMAIN for any name outside its data).
    private Zone zoneFor(Name name) {
        for (var n = name; ; n = new Name(n, 1)) {
            var zone = zones.get(n);
            if (zone != null) {
                return zone;
            }
            if (n.labels() <= 1) {
                return null;
            }
        }
    }

    private static void addAll(Message response, RRset set, int section) {
        set.rrs(false).forEach(r -> response.addRecord(r, section));
    }

    private static List<Record> parse(Name origin, String masterText) {
        var records = new ArrayList<Record>();
        try (var master =
                new Master(
                        new ByteArrayInputStream(masterText.getBytes(StandardCharsets.UTF_8)),
                        origin,
                        DEFAULT_TTL)) {
            for (var r = master.nextRecord(); r != null; r = master.nextRecord()) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "bad zone text for " + origin + ": " + e.getMessage(), e);
        }
        return records;
    }

    private static Name absolute(String name) {
        return Name.fromConstantString(name.endsWith(".") ? name : name + ".");
    }
}
