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
///
/// @param address the sending address
/// @param expected its planned PTR record
/// @param hostRecord the planned A/AAAA record of the host for that address, the fix when the
///     forward lookup does not confirm it
record PtrLookup(InetAddress address, DnsRecord expected, Optional<DnsRecord> hostRecord) {

    /// Why the forward lookup matters, said with its problems.
    private static final String FCRDNS =
            "receivers look the PTR name up again and expect the sending address among its"
                    + " addresses (forward-confirmed reverse DNS, RFC 8601 section 3)";

    CompletableFuture<StepFindings> check(DnsResolver dns) {
        return dns.query(expected.owner(), RrType.PTR)
                .thenCompose(
                        answer -> {
                            var findings =
                                    new StepFindings()
                                            .detail(
                                                    LiveAnswerText.asked(
                                                            expected.owner(), RrType.PTR, answer));
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
                            var namesHost = reverse(answer, findings);
                            return namesHost
                                    ? dns.query(host(), forwardType())
                                            .thenApply(forward -> forward(forward, findings))
                                    : CompletableFuture.completedFuture(findings);
                        });
    }

    private DomainName host() {
        return ((RecordData.Ptr) expected.data()).target();
    }

    private String ip() {
        return IpAddresses.format(address);
    }

    private RrType forwardType() {
        return address instanceof Inet4Address ? RrType.A : RrType.AAAA;
    }

    /// The reverse half; true when a PTR record names the host, so the forward half follows.
    private boolean reverse(DnsAnswer answer, StepFindings findings) {
        switch (answer) {
            case DnsAnswer.Failed failed -> {
                findings.problem(
                        CheckStatus.ERROR,
                        LiveAnswerText.failure(expected.owner(), RrType.PTR, failed));
                return false;
            }
            case DnsAnswer.Records records -> {
                return named(records, findings);
            }
            case DnsAnswer.NxDomain nx -> missing(answer, findings);
            case DnsAnswer.NoData noData -> missing(answer, findings);
        }
        return false;
    }

    private void missing(DnsAnswer answer, StepFindings findings) {
        findings.compared(
                        new RecordComparison(
                                expected, RecordVerdict.MISSING, List.of(), Optional.empty()))
                .problem(
                        CheckStatus.PENDING,
                        ip() + " has no reverse DNS (PTR record) yet; it must name " + host())
                .fix(expected)
                .settlesWithin(answer);
    }

    /// Whether one of the PTR records names the host; adds the comparison and any problem.
    private boolean named(DnsAnswer.Records records, StepFindings findings) {
        var live = LiveAnswerText.values(records.records());
        var matches =
                records.recordsOf(ResourceRecord.Ptr.class).stream()
                        .anyMatch(ptr -> ptr.target().equals(host()));
        if (!matches) {
            findings.compared(
                            new RecordComparison(
                                    expected, RecordVerdict.WRONG, live, Optional.empty()))
                    .problem(
                            CheckStatus.FAIL,
                            "The reverse DNS of "
                                    + ip()
                                    + " names "
                                    + LiveAnswerText.list(live)
                                    + ", not "
                                    + host()
                                    + ", the name the server greets with: set the PTR record"
                                    + " to "
                                    + host().absolute()
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
                        several
                                ? Optional.of(ip() + " has several PTR records")
                                : Optional.empty()));
        if (several) {
            findings.problem(
                            CheckStatus.WARN,
                            ip()
                                    + " has "
                                    + live.size()
                                    + " PTR records ("
                                    + LiveAnswerText.list(live)
                                    + "); receivers may pick any of them, so keep only "
                                    + host().absolute())
                    .fix(expected);
        }
        return true;
    }

    /// The forward half: the host must resolve back to the address.
    private StepFindings forward(DnsAnswer answer, StepFindings findings) {
        var type = forwardType();
        findings.detail(LiveAnswerText.asked(host(), type, answer));
        switch (answer) {
            case DnsAnswer.Failed failed ->
                    findings.problem(
                            CheckStatus.ERROR, LiveAnswerText.failure(host(), type, failed));
            case DnsAnswer.Records records -> {
                if (AddressComparison.addresses(records).contains(address)) {
                    findings.detail(
                            "Forward-confirmed: "
                                    + ip()
                                    + " names "
                                    + host()
                                    + ", which points back to "
                                    + ip()
                                    + ".");
                } else {
                    var live = LiveAnswerText.values(records.records());
                    findings.problem(
                                    CheckStatus.FAIL,
                                    host()
                                            + " does not point back to "
                                            + ip()
                                            + " (it points to "
                                            + LiveAnswerText.list(live)
                                            + "): "
                                            + FCRDNS)
                            .settlesWithin(answer);
                    hostRecord.ifPresent(findings::fix);
                }
            }
            case DnsAnswer.NxDomain nx -> unconfirmed(answer, findings);
            case DnsAnswer.NoData noData -> unconfirmed(answer, findings);
        }
        return findings;
    }

    /// The host has no address of the family yet: publishing it is the fix.
    private void unconfirmed(DnsAnswer answer, StepFindings findings) {
        findings.problem(
                        CheckStatus.PENDING,
                        host()
                                + " has no "
                                + forwardType()
                                + " record yet, so the reverse DNS of "
                                + ip()
                                + " cannot be confirmed: "
                                + FCRDNS)
                .settlesWithin(answer);
        hostRecord.ifPresent(findings::fix);
    }
}
