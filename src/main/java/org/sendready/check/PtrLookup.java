package org.sendready.check;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;

/// Forward-confirmed reverse DNS of one sending address: its PTR record names the host the
/// server greets with, and that name's A/AAAA records hold the address again.
///
/// Receivers run this test on every connection ("iprev", RFC 8601 section 3) and many refuse
/// or penalise mail from an address that fails it. Two rounds of queries at most: the PTR,
/// then the forward lookup of the name it gives.
final class PtrLookup {

    private PtrLookup() {}

    /// Checks `address` against `expected`, its planned PTR record; `hostRecord` is the planned
    /// A/AAAA record of the host for that address, the fix when the forward lookup fails.
    static CompletableFuture<StepFindings> check(
            DnsResolver dns,
            InetAddress address,
            DnsRecord expected,
            Optional<DnsRecord> hostRecord) {
        var host = ((RecordData.Ptr) expected.data()).target();
        var ip = IpAddresses.format(address);
        return dns.query(expected.owner(), RrType.PTR)
                .thenCompose(
                        answer -> {
                            var findings = new StepFindings();
                            findings.detail(
                                    LiveAnswerText.asked(expected.owner(), RrType.PTR, answer));
                            IpAddresses.unreachableWarning(address)
                                    .ifPresent(
                                            warning ->
                                                    findings.problem(
                                                            CheckStatus.WARN,
                                                            warning
                                                                    + ": receivers see the public"
                                                                    + " address the server's"
                                                                    + " mail leaves from; put"
                                                                    + " that one in the plan"));
                            return switch (answer) {
                                case DnsAnswer.Failed failed -> {
                                    findings.problem(
                                            CheckStatus.ERROR,
                                            LiveAnswerText.failure(
                                                    expected.owner(), RrType.PTR, failed));
                                    yield CompletableFuture.completedFuture(findings);
                                }
                                case DnsAnswer.Records records -> {
                                    if (!named(records, host, ip, expected, findings)) {
                                        yield CompletableFuture.completedFuture(findings);
                                    }
                                    yield confirm(dns, address, host, hostRecord, findings);
                                }
                                case DnsAnswer.NxDomain nx ->
                                        missing(answer, ip, host, expected, findings);
                                case DnsAnswer.NoData noData ->
                                        missing(answer, ip, host, expected, findings);
                            };
                        });
    }

    private static CompletableFuture<StepFindings> missing(
            DnsAnswer answer,
            String ip,
            DomainName host,
            DnsRecord expected,
            StepFindings findings) {
        findings.compared(
                        new RecordComparison(
                                expected, RecordVerdict.MISSING, List.of(), Optional.empty()))
                .problem(
                        CheckStatus.PENDING,
                        ip + " has no reverse DNS (PTR record) yet; it must name " + host)
                .fix(expected)
                .settlesWithin(answer);
        return CompletableFuture.completedFuture(findings);
    }

    /// Whether one of the PTR records names `host`; adds the comparison and any problem.
    private static boolean named(
            DnsAnswer.Records records,
            DomainName host,
            String ip,
            DnsRecord expected,
            StepFindings findings) {
        var live = LiveAnswerText.values(records.records());
        var matches =
                records.recordsOf(ResourceRecord.Ptr.class).stream()
                        .anyMatch(ptr -> ptr.target().equals(host));
        if (!matches) {
            findings.compared(
                            new RecordComparison(
                                    expected, RecordVerdict.WRONG, live, Optional.empty()))
                    .problem(
                            CheckStatus.FAIL,
                            "The reverse DNS of "
                                    + ip
                                    + " names "
                                    + LiveAnswerText.list(live)
                                    + ", not "
                                    + host
                                    + ", the name the server greets with: set the PTR record"
                                    + " to "
                                    + host.absolute()
                                    + " (or, if the server greets with that other name, make"
                                    + " it the plan's host name)")
                    .fix(expected)
                    .settlesWithin(records);
            return false;
        }
        var several = live.size() > 1;
        findings.compared(
                new RecordComparison(
                        expected,
                        RecordVerdict.OK,
                        live,
                        several ? Optional.of(ip + " has several PTR records") : Optional.empty()));
        if (several) {
            findings.problem(
                            CheckStatus.WARN,
                            ip
                                    + " has "
                                    + live.size()
                                    + " PTR records ("
                                    + LiveAnswerText.list(live)
                                    + "); receivers may pick any of them, so keep only "
                                    + host.absolute())
                    .fix(expected);
        }
        return true;
    }

    /// The forward half: `host` must resolve back to `address`.
    private static CompletableFuture<StepFindings> confirm(
            DnsResolver dns,
            InetAddress address,
            DomainName host,
            Optional<DnsRecord> hostRecord,
            StepFindings findings) {
        var type = address instanceof Inet4Address ? RrType.A : RrType.AAAA;
        var ip = IpAddresses.format(address);
        var why =
                "receivers look the PTR name up again and expect the sending address among its"
                        + " addresses (forward-confirmed reverse DNS, RFC 8601 section 3)";
        return dns.query(host, type)
                .thenApply(
                        answer -> {
                            findings.detail(LiveAnswerText.asked(host, type, answer));
                            switch (answer) {
                                case DnsAnswer.Failed failed ->
                                        findings.problem(
                                                CheckStatus.ERROR,
                                                LiveAnswerText.failure(host, type, failed));
                                case DnsAnswer.Records records -> {
                                    var live = AddressComparison.addresses(records);
                                    if (live.contains(address)) {
                                        findings.detail(
                                                "Forward-confirmed: "
                                                        + ip
                                                        + " names "
                                                        + host
                                                        + ", which points back to "
                                                        + ip
                                                        + ".");
                                    } else {
                                        findings.problem(
                                                        CheckStatus.FAIL,
                                                        host
                                                                + " does not point back to "
                                                                + ip
                                                                + " (it points to "
                                                                + LiveAnswerText.list(
                                                                        LiveAnswerText.values(
                                                                                records.records()))
                                                                + "): "
                                                                + why)
                                                .settlesWithin(answer);
                                        hostRecord.ifPresent(findings::fix);
                                    }
                                }
                                case DnsAnswer.NxDomain nx ->
                                        unconfirmed(
                                                findings, host, type, ip, why, hostRecord, answer);
                                case DnsAnswer.NoData noData ->
                                        unconfirmed(
                                                findings, host, type, ip, why, hostRecord, answer);
                            }
                            return findings;
                        });
    }

    private static void unconfirmed(
            StepFindings findings,
            DomainName host,
            RrType type,
            String ip,
            String why,
            Optional<DnsRecord> hostRecord,
            DnsAnswer answer) {
        findings.problem(
                        CheckStatus.PENDING,
                        host
                                + " has no "
                                + type
                                + " record yet, so the reverse DNS of "
                                + ip
                                + " cannot be confirmed: "
                                + why)
                .settlesWithin(answer);
        hostRecord.ifPresent(findings::fix);
    }
}
