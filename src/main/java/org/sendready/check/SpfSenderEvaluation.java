package org.sendready.check;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SendingHost;
import org.sendready.records.DnsRecord;
import org.sendready.spf.DomainSpec;
import org.sendready.spf.Mechanism;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfRecord;

/// Whether a live SPF record passes the sending addresses, decided by RFC 7208 check_host()
/// (see [SpfCheckHostEvaluation]) for every address of the sending hosts. For a record with an
/// `a` term for its own name, that name's A/AAAA records are asked at the same time, to tell
/// a name without addresses yet from one with wrong addresses.
///
/// The status follows from the results and whether the record is the planned one: a record as
/// planned that fails because its name has no address yet is PENDING (publish the addresses);
/// a record that differs from the plan and fails is FAIL (publish the planned one); one that
/// differs but passes is a WARN, since it works. A temperror is an ERROR.
final class SpfSenderEvaluation {

    /// What is evaluated.
    ///
    /// @param expected the planned record
    /// @param live the live record, parsed
    /// @param asPlanned whether `live` says the same as `expected`
    /// @param txt the TXT answer `live` came from
    /// @param senders whose addresses must pass, and how a receiver asks check_host() for them
    /// @param addressFix the planned A/AAAA records of the name
    record Subject(
            DnsRecord expected,
            SpfRecord live,
            boolean asPlanned,
            DnsAnswer.Records txt,
            Senders senders,
            List<DnsRecord> addressFix) {}

    /// The hosts whose every address must pass, and the check_host() request for each.
    record Senders(List<SendingHost> hosts, SpfCheckHostEvaluation.Requests requests) {}

    private SpfSenderEvaluation() {}

    static CompletableFuture<StepFindings> evaluate(
            DnsResolver dns, Subject subject, StepFindings findings) {
        var name = subject.expected().owner();
        var evaluation =
                SpfCheckHostEvaluation.run(
                        dns, name, subject.senders().hosts(), subject.senders().requests());
        if (!usesOwnAddresses(subject.live(), name)) {
            return evaluation.thenApply(e -> decide(subject, e, List.of(), findings));
        }
        var a = dns.query(name, RrType.A);
        var aaaa = dns.query(name, RrType.AAAA);
        return a.thenCombine(aaaa, List::of)
                .thenCombine(evaluation, (own, e) -> decide(subject, e, own, findings));
    }

    /// True when the record has an `a` mechanism for `name` itself, so its addresses matter.
    private static boolean usesOwnAddresses(SpfRecord record, DomainName name) {
        return record.directives().stream()
                .anyMatch(
                        d -> d.mechanism() instanceof Mechanism.A a && refersTo(a.domain(), name));
    }

    /// True for `a` without a domain, or with `name` written out.
    private static boolean refersTo(Optional<DomainSpec> domain, DomainName name) {
        if (domain.isEmpty()) {
            return true;
        }
        var text = domain.get().literalText();
        if (text.isEmpty()) {
            return false;
        }
        try {
            return DomainName.parse(text.get()).equals(name);
        } catch (InvalidInput e) {
            return false;
        }
    }

    private static StepFindings decide(
            Subject subject,
            SpfCheckHostEvaluation evaluation,
            List<DnsAnswer> own,
            StepFindings findings) {
        var name = subject.expected().owner();
        var noOwnAddress = true;
        for (int i = 0; i < own.size(); i++) {
            var type = i == 0 ? RrType.A : RrType.AAAA;
            findings.detail(LiveAnswerText.asked(name, type, own.get(i)));
            if (own.get(i) instanceof DnsAnswer.Failed failed) {
                return findings.problem(
                        CheckStatus.ERROR, LiveAnswerText.failure(name, type, failed));
            }
            noOwnAddress &= AddressComparison.addresses(own.get(i)).isEmpty();
        }
        var notPassed = evaluation.addTracesTo(findings);
        if (findings.status() == CheckStatus.ERROR) {
            return findings;
        }
        if (!notPassed.isEmpty()) {
            return notPassed(subject, own, noOwnAddress, notPassed, findings);
        }
        return passed(subject, findings);
    }

    /// Every sender passes: warnings for a record other than the plan's, and `+all`.
    private static StepFindings passed(Subject subject, StepFindings findings) {
        var name = subject.expected().owner();
        if (!subject.asPlanned()) {
            findings.problem(
                    CheckStatus.WARN,
                    "The SPF record of "
                            + name
                            + " differs from the plan's but passes the sending addresses");
        }
        var passAll =
                subject.live().directives().stream()
                        .anyMatch(
                                d ->
                                        d.mechanism() instanceof Mechanism.All
                                                && d.qualifier() == Qualifier.PASS);
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
