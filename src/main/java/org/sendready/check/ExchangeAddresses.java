package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;

/// Whether one mail exchanger named by an MX record can be reached: it has an A or AAAA
/// record (RFC 5321 section 5.1), of its own rather than through an alias (RFC 2181 section
/// 10.3), holding an address the internet can reach.
///
/// Problems with a planned exchanger are the setup's (PENDING, ERROR); with an exchanger the
/// plan does not have they are warnings, since the planned ones still take the mail.
final class ExchangeAddresses {

    private ExchangeAddresses() {}

    /// Resolves `exchange`, listed in the MX records of `owner`; `planned` says whether the
    /// plan has it, `hostRecords` are the planned A/AAAA records (the fix when it has none).
    static CompletableFuture<StepFindings> resolve(
            DnsResolver dns,
            DomainName owner,
            DomainName exchange,
            boolean planned,
            List<DnsRecord> hostRecords) {
        var a = dns.query(exchange, RrType.A);
        var aaaa = dns.query(exchange, RrType.AAAA);
        return a.thenCombine(
                aaaa, (v4, v6) -> findings(owner, exchange, planned, hostRecords, v4, v6));
    }

    private static StepFindings findings(
            DomainName owner,
            DomainName exchange,
            boolean planned,
            List<DnsRecord> hostRecords,
            DnsAnswer a,
            DnsAnswer aaaa) {
        var findings =
                new StepFindings()
                        .detail(LiveAnswerText.asked(exchange, RrType.A, a))
                        .detail(LiveAnswerText.asked(exchange, RrType.AAAA, aaaa));
        for (var answer : List.of(a, aaaa)) {
            if (answer instanceof DnsAnswer.Failed failed) {
                var type = answer == a ? RrType.A : RrType.AAAA;
                var line = LiveAnswerText.failure(exchange, type, failed);
                return planned
                        ? findings.problem(CheckStatus.ERROR, line)
                        : findings.problem(
                                CheckStatus.WARN,
                                line + " (the mail exchanger " + exchange + " of " + owner + ")");
            }
        }
        var addresses = new ArrayList<>(AddressComparison.addresses(a));
        addresses.addAll(AddressComparison.addresses(aaaa));
        if (addresses.isEmpty()) {
            return noAddress(owner, exchange, planned, hostRecords, a, aaaa, findings);
        }
        alias(exchange, a)
                .or(() -> alias(exchange, aaaa))
                .ifPresent(
                        alias ->
                                findings.problem(
                                        CheckStatus.WARN,
                                        "The MX record of "
                                                + owner
                                                + " points at an alias: "
                                                + alias
                                                + "; an MX must name a host with address"
                                                + " records of its own (RFC 2181 section"
                                                + " 10.3): point the MX at that target, or"
                                                + " give "
                                                + exchange
                                                + " A/AAAA records instead of the CNAME"));
        for (var address : addresses) {
            IpAddresses.unreachableWarning(address)
                    .ifPresent(
                            warning ->
                                    findings.problem(
                                            CheckStatus.WARN,
                                            "The mail exchanger "
                                                    + exchange
                                                    + " of "
                                                    + owner
                                                    + " resolves to "
                                                    + warning.replaceFirst(
                                                            " is in ", ", which is in ")));
        }
        return findings;
    }

    /// Neither A nor AAAA: PENDING for a planned exchanger, a warning for another.
    private static StepFindings noAddress(
            DomainName owner,
            DomainName exchange,
            boolean planned,
            List<DnsRecord> hostRecords,
            DnsAnswer a,
            DnsAnswer aaaa,
            StepFindings findings) {
        if (planned) {
            findings.problem(
                            CheckStatus.PENDING,
                            exchange
                                    + ", the mail exchanger of "
                                    + owner
                                    + ", has no address (A or AAAA record) yet, so senders"
                                    + " cannot deliver to it")
                    .fix(hostRecords.stream().filter(r -> r.owner().equals(exchange)).toList())
                    .settlesWithin(a)
                    .settlesWithin(aaaa);
        } else {
            findings.problem(
                    CheckStatus.WARN,
                    "The mail exchanger "
                            + exchange
                            + " of "
                            + owner
                            + " has no address: senders trying it fail and move on to the"
                            + " next one, which delays mail; delete that MX record");
        }
        return findings;
    }

    private static Optional<String> alias(DomainName exchange, DnsAnswer answer) {
        return answer instanceof DnsAnswer.Records records
                ? LiveAnswerText.alias(exchange, records)
                : Optional.empty();
    }
}
