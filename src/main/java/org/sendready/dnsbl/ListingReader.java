package org.sendready.dnsbl;

import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResourceRecord;

/// Reads a list's answer to an A query into an [Outcome].
///
/// RFC 5782 section 2.1: an entry is an A record, its absence NXDOMAIN (here NODATA counts as
/// absent too: the name exists without an address). The order of the rules matters:
/// 1. Any address outside 127.0.0.0/8 makes the answer unexpected: no list answers such an
///    address (section 2.3), but resolvers that turn NXDOMAIN into an advertising page do, and
///    "listed" would be false.
/// 2. A refusal code (Spamhaus 127.255.255.254/.255, URIBL 127.0.0.1) means the list did not
///    look: never a listing, whatever else came.
/// 3. An error code (Spamhaus 127.255.255.252, DBL 127.0.1.255) means the query was wrong.
/// 4. Listing codes make a listing; codes the table does not know ride along as unexplained.
/// 5. Only unknown codes: unexpected, not listed.
public final class ListingReader {
    private ListingReader() {}

    public static Outcome read(Blocklist list, DnsAnswer answer) {
        return switch (answer) {
            case DnsAnswer.NxDomain nx -> new Outcome.NotListed();
            case DnsAnswer.NoData none -> new Outcome.NotListed();
            case DnsAnswer.Failed(var kind, var from) ->
                    new Outcome.Failed(
                            kind.description() + " (asked " + from.display() + ")", List.of());
            case DnsAnswer.Records records -> read(list, records);
        };
    }

    private static Outcome read(Blocklist list, DnsAnswer.Records records) {
        var addresses =
                records.recordsOf(ResourceRecord.A.class).stream()
                        .map(ResourceRecord.A::address)
                        .distinct()
                        .toList();
        if (addresses.isEmpty()) {
            return new Outcome.Unexpected(
                    records.records().stream().map(r -> r.type() + " record").toList(), false);
        }
        var texts = addresses.stream().map(IpAddresses::format).toList();
        if (!addresses.stream().allMatch(ReturnCodes::isLoopback)) {
            return new Outcome.Unexpected(texts, true);
        }
        var codes = new ArrayList<ReturnCode>();
        var unexplained = new ArrayList<String>();
        for (Inet4Address address : addresses) {
            var meanings = list.codes().meaningsOf(address);
            if (meanings.isEmpty()) {
                unexplained.add(IpAddresses.format(address));
            }
            codes.addAll(meanings);
        }
        var refused = ofKind(codes, CodeKind.REFUSED);
        if (!refused.isEmpty()) {
            return new Outcome.Refused(refused);
        }
        var errors = ofKind(codes, CodeKind.ERROR);
        if (!errors.isEmpty()) {
            return new Outcome.Failed("the list answered with an error code", errors);
        }
        var listed = ofKind(codes, CodeKind.LISTED);
        if (!listed.isEmpty()) {
            return new Outcome.Listed(listed, unexplained, List.of());
        }
        return new Outcome.Unexpected(texts, false);
    }

    private static List<ReturnCode> ofKind(List<ReturnCode> codes, CodeKind kind) {
        return codes.stream().filter(c -> c.kind() == kind).toList();
    }
}
