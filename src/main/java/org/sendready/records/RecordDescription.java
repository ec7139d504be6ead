package org.sendready.records;

import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ReverseName;

/// A one-line, plain-ASCII note on what a record is for, as exporters write it above the
/// record (a zone-file comment, a tooltip).
public final class RecordDescription {

    /// RFC 6376 section 3.6.2.1: DKIM keys live at `selector._domainkey.domain`.
    private static final String DKIM_LABEL = "._domainkey.";

    /// RFC 7489 section 7.1: `domain._report._dmarc.receiver` authorises a report receiver.
    private static final String REPORT_LABELS = "._report._dmarc.";

    private RecordDescription() {}

    /// What `record` is for, e.g. `DKIM public key, selector s1 (RFC 6376 section 3.6.1)`.
    public static String of(DnsRecord record) {
        var owner = record.owner();
        return switch (record.purpose()) {
            case HOST ->
                    "Address of mail host "
                            + owner
                            + "; receivers check that its PTR names it back";
            case HELO ->
                    "SPF of the mail host's own name, checked for bounces, which have an empty"
                            + " sender (RFC 7208 section 2.3)";
            case PTR -> reverseDns(owner);
            case MX -> "Where mail for " + owner + " is delivered (RFC 5321 section 5.1)";
            case SPF -> "SPF: the servers that may send mail as " + owner + " (RFC 7208)";
            case DKIM ->
                    "DKIM public key, selector "
                            + before(owner, DKIM_LABEL)
                            + " (RFC 6376 section 3.6.1)";
            case DMARC -> "DMARC policy and report addresses (RFC 7489 section 6.3)";
            case BOUNCE -> "Bounce (Return-Path) domain " + owner;
            case REPORT_AUTHORIZATION ->
                    "Lets this domain receive DMARC reports for "
                            + before(owner, REPORT_LABELS)
                            + " (RFC 7489 section 7.1)";
        };
    }

    private static String reverseDns(DomainName owner) {
        return ReverseName.address(owner)
                .map(a -> "Reverse DNS of " + IpAddresses.format(a) + ": must name the mail host")
                .orElse("Reverse DNS: must name the mail host");
    }

    /// The part of `name` before `marker`, or the whole name when the marker is absent.
    private static String before(DomainName name, String marker) {
        int at = name.ascii().indexOf(marker);
        return at < 0 ? name.ascii() : name.ascii().substring(0, at);
    }
}
