package org.sendready.check;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.RrType;
import org.sendready.records.DnsRecord;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfRecord;

/// Whether a live SPF record passes the sending addresses, decided statically with
/// [StaticSpfMatch]: for a record with an `a` term for its own name, that name's A/AAAA
/// records are asked first (one more round of queries).
///
/// The status follows from the outcome and whether the record is the planned one: a record as
/// planned that fails because its name has no address yet is PENDING (publish the addresses);
/// a record that differs from the plan and fails is FAIL (publish the planned one); one that
/// differs but passes is a WARN, since it works.
final class SpfSenderEvaluation {

    /// What is evaluated.
    ///
    /// @param expected the planned record
    /// @param live the live record, parsed
    /// @param asPlanned whether `live` says the same as `expected`
    /// @param txt the TXT answer `live` came from
    /// @param senders the addresses that must pass
    /// @param addressFix the planned A/AAAA records of the name
    record Subject(
            DnsRecord expected,
            SpfRecord live,
            boolean asPlanned,
            DnsAnswer.Records txt,
            List<InetAddress> senders,
            List<DnsRecord> addressFix) {}

    private SpfSenderEvaluation() {}

    static CompletableFuture<StepFindings> evaluate(
            DnsResolver dns, Subject subject, StepFindings findings) {
        var name = subject.expected().owner();
        if (!StaticSpfMatch.usesOwnAddresses(subject.live(), name)) {
            return CompletableFuture.completedFuture(decide(subject, List.of(), findings));
        }
        var a = dns.query(name, RrType.A);
        var aaaa = dns.query(name, RrType.AAAA);
        return a.thenCombine(aaaa, (v4, v6) -> decide(subject, List.of(v4, v6), findings));
    }

    private static StepFindings decide(
            Subject subject, List<DnsAnswer> own, StepFindings findings) {
        var name = subject.expected().owner();
        var ownAddresses = new ArrayList<InetAddress>();
        for (int i = 0; i < own.size(); i++) {
            var type = i == 0 ? RrType.A : RrType.AAAA;
            findings.detail(LiveAnswerText.asked(name, type, own.get(i)));
            if (own.get(i) instanceof DnsAnswer.Failed failed) {
                return findings.problem(
                        CheckStatus.ERROR, LiveAnswerText.failure(name, type, failed));
            }
            ownAddresses.addAll(AddressComparison.addresses(own.get(i)));
        }
        var notPassed = new ArrayList<String>();
        var undecided = new ArrayList<String>();
        var passAll = false;
        for (var sender : subject.senders()) {
            var ip = IpAddresses.format(sender);
            var match = StaticSpfMatch.evaluate(subject.live(), name, sender, ownAddresses);
            findings.detail("SPF of " + name + " for " + ip + ": " + match.reason() + ".");
            switch (match.outcome()) {
                case PASS ->
                        passAll |=
                                match.decidedBy()
                                        .filter(d -> d.mechanism() instanceof Mechanism.All)
                                        .filter(d -> d.qualifier() == Qualifier.PASS)
                                        .isPresent();
                case NOT_PASS -> notPassed.add(ip + " (" + match.reason() + ")");
                case UNDECIDED -> undecided.add(ip + " (" + match.reason() + ")");
            }
        }
        if (!notPassed.isEmpty()) {
            return notPassed(subject, own, ownAddresses.isEmpty(), notPassed, findings);
        }
        return passed(subject, undecided, passAll, findings);
    }

    /// No sender fails: warnings for senders left undecided, a record other than the plan's,
    /// and `+all`.
    private static StepFindings passed(
            Subject subject, List<String> undecided, boolean passAll, StepFindings findings) {
        var name = subject.expected().owner();
        if (!undecided.isEmpty()) {
            findings.problem(
                    CheckStatus.WARN,
                    "Could not confirm that the SPF record of "
                            + name
                            + " passes "
                            + LiveAnswerText.list(undecided)
                            + " without a full SPF evaluation");
        } else if (!subject.asPlanned()) {
            findings.problem(
                    CheckStatus.WARN,
                    "The SPF record of "
                            + name
                            + " differs from the plan's but passes the sending addresses");
        }
        if (passAll) {
            findings.problem(
                    CheckStatus.WARN,
                    "The SPF record of "
                            + name
                            + " ends in '+all', which passes every server on the internet:"
                            + " end it in '-all'");
        }
        if (!subject.asPlanned()) {
            findings.fix(subject.expected());
        }
        return findings;
    }

    private static StepFindings notPassed(
            Subject subject,
            List<DnsAnswer> own,
            boolean noOwnAddress,
            List<String> notPassed,
            StepFindings findings) {
        var name = subject.expected().owner();
        if (subject.asPlanned() && !own.isEmpty() && noOwnAddress) {
            findings.problem(
                            CheckStatus.PENDING,
                            name
                                    + " has no address yet, and its SPF record passes only the"
                                    + " addresses "
                                    + name
                                    + " points to ('a'), so it passes none of the sending"
                                    + " addresses")
                    .fix(subject.addressFix());
            own.forEach(findings::settlesWithin);
            return findings;
        }
        findings.problem(
                CheckStatus.FAIL,
                "The SPF record of "
                        + name
                        + " does not pass "
                        + LiveAnswerText.list(notPassed)
                        + (subject.asPlanned()
                                ? ": " + name + " must point to the sending addresses"
                                : ": publish the planned record"));
        if (subject.asPlanned()) {
            findings.fix(subject.addressFix());
            own.forEach(findings::settlesWithin);
        } else {
            findings.fix(subject.expected()).settlesWithin(subject.txt());
        }
        return findings;
    }
}
