package org.sendready.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimPublicKey;
import org.sendready.dns.DnsAnswer;
import org.sendready.input.InvalidInput;
import org.sendready.plan.DkimKeyRef;
import org.sendready.records.DnsRecord;

/// What DNS serves for one DKIM selector, judged against the plan's key.
///
/// @param key the plan's selector and key record
/// @param expected the record the plan publishes for it
/// @param at the TXT (and CNAME) at `selector._domainkey.domain`
/// @param doubled when nothing is there, the TXT at the name with the domain written twice
record DkimSelectorReview(
        DkimKeyRef key, DnsRecord expected, TxtAtName at, Optional<TxtAtName> doubled) {

    /// RFC 8301 section 3.2: verifiers must not accept signatures made with RSA keys under
    /// 1024 bits.
    static final int MIN_RSA_BITS = 1024;

    /// RFC 8301 section 3.2: signers should use RSA keys of at least 2048 bits.
    static final int RECOMMENDED_RSA_BITS = 2048;

    /// RFC 8301 section 3.1: rsa-sha256 (and ed25519-sha256, RFC 8463) sign with SHA-256, which
    /// the key's `h=` must allow.
    private static final String SIGNING_HASH = "sha256";

    /// Adds what was found to `findings`; returns how the selector reads in a PASS summary,
    /// e.g. `s2026 (RSA, 2048 bits)`.
    String addTo(StepFindings findings) {
        int before = findings.problems();
        findings.detail(at.describe());
        switch (at.answer()) {
            case DnsAnswer.Failed failed ->
                    findings.problem(
                            CheckStatus.ERROR,
                            selector()
                                    + ": DNS could not answer for "
                                    + at.name()
                                    + ": "
                                    + failed.kind().description()
                                    + " (server "
                                    + failed.from().display()
                                    + ")");
            case DnsAnswer.NxDomain nx -> absent(findings);
            case DnsAnswer.NoData noData -> absent(findings);
            case DnsAnswer.Records records -> present(findings);
        }
        if (findings.problems() > before && !(at.answer() instanceof DnsAnswer.Failed)) {
            findings.settlesWithin(at.ttl());
        }
        return selector() + " (" + describe(key.record()) + ")";
    }

    private String selector() {
        return key.selector().ascii();
    }

    private void absent(StepFindings findings) {
        var misplaced = doubled.filter(d -> !d.records().isEmpty());
        if (misplaced.isPresent()) {
            var mistake =
                    "the domain is written twice in the host field: the key is at "
                            + misplaced.get().name()
                            + "; enter only "
                            + expected.relativeOwner()
                            + " as the host, since the DNS panel adds the domain itself";
            findings.problem(
                            CheckStatus.FAIL,
                            selector()
                                    + ": the key is published at the wrong name, "
                                    + misplaced.get().name(),
                            misplaced.get().describe(),
                            "Move it to " + at.name() + ": " + mistake + ".")
                    .fix(List.of(expected))
                    .compared(TxtComparison.missing(expected, Optional.of(mistake)));
            return;
        }
        findings.problem(
                        CheckStatus.PENDING,
                        at.cname().isPresent()
                                ? selector()
                                        + ": "
                                        + at.name()
                                        + " is a CNAME to "
                                        + at.cname().get()
                                        + ", which has no key record yet"
                                : selector() + ": no DKIM key at " + at.name() + " yet",
                        at.cname().isPresent()
                                ? "If your provider hosts the key, wait until it publishes it;"
                                        + " otherwise replace the CNAME with the TXT record below."
                                : "Publish the record below.")
                .fix(List.of(expected))
                .compared(TxtComparison.missing(expected, Optional.empty()));
    }

    private void present(StepFindings findings) {
        var records = at.records();
        if (at.cnameBesideTxt()) {
            fail(
                    findings,
                    selector()
                            + ": "
                            + at.name()
                            + " has a CNAME and a TXT record at the same name",
                    Optional.of(
                            "a CNAME and a TXT record at the same name: a name with a CNAME may"
                                    + " hold nothing else (RFC 1034 section 3.6.2), so resolvers"
                                    + " answer unpredictably. Keep the CNAME if your provider"
                                    + " hosts the key, else the TXT record; delete the other."));
            return;
        }
        at.servedFrom()
                .ifPresent(
                        target ->
                                findings.detail(
                                        selector()
                                                + ": "
                                                + at.name()
                                                + " is a CNAME to "
                                                + target
                                                + ", where the key is served (a provider hosting"
                                                + " it)."));
        if (records.size() > 1) {
            fail(
                    findings,
                    selector() + ": " + records.size() + " TXT records at " + at.name(),
                    Optional.of(
                            "several TXT records at one selector: verifiers pick any of them"
                                    + " (RFC 6376 section 3.6.2.2). Keep only the key record."));
            return;
        }
        var strings = records.getFirst().strings();
        DkimKeyRecord live;
        try {
            live = DkimKeyRecord.parse(records.getFirst().joined());
        } catch (InvalidInput e) {
            var mistake =
                    DkimKeyMistakes.diagnose(
                            strings,
                            key.record().publicKey().map(DkimPublicKey::base64).orElse(""));
            fail(
                    findings,
                    selector()
                            + ": "
                            + mistake.map(DkimKeyMistakes.Mistake::what)
                                    .orElse("the key record is not valid: " + e.reason()),
                    mistake.map(DkimKeyMistakes.Mistake::text));
            return;
        }
        judge(live, findings);
    }

    private void judge(DkimKeyRecord live, StepFindings findings) {
        if (key.record().isRevoked()) {
            if (!live.isRevoked()) {
                fail(
                        findings,
                        selector() + ": the key is still published, but the plan revokes it",
                        Optional.empty(),
                        "Publish the record below (an empty p=), so that signatures made with"
                                + " the old key fail (RFC 6376 section 3.6.1).");
            } else {
                findings.compared(
                        TxtComparison.compare(
                                expected,
                                TxtComparison.Syntax.DKIM,
                                at.records(),
                                Optional.empty()));
            }
            return;
        }
        if (live.isRevoked()) {
            fail(
                    findings,
                    selector() + ": the key is revoked (p= is empty)",
                    Optional.of(
                            "an empty p= tells verifiers that every signature with this selector"
                                    + " must fail (RFC 6376 section 3.6.1). Publish the key; if it"
                                    + " was retired on purpose, remove the selector from the"
                                    + " plan."));
            return;
        }
        if (!live.publishes(planKey())) {
            fail(
                    findings,
                    selector() + ": the published key is not this selector's key",
                    Optional.empty(),
                    "Published: "
                            + describe(live)
                            + ", "
                            + live.publicKey().orElseThrow().fingerprint()
                            + "; planned: "
                            + describe(key.record())
                            + ", "
                            + planKey().fingerprint()
                            + ".",
                    "After a key rotation, publish the new key under a new selector and keep the"
                            + " old record until mail signed with it has been delivered; never"
                            + " replace the key behind a selector that is still signing.");
            return;
        }
        findings.compared(
                TxtComparison.compare(
                        expected, TxtComparison.Syntax.DKIM, at.records(), Optional.empty()));
        keySize(live.publicKey().orElseThrow(), findings);
        if (!live.allowsHash(SIGNING_HASH) || !live.allowsEmail()) {
            findings.problem(
                            CheckStatus.FAIL,
                            selector()
                                    + ": the record restricts the key so that email signatures"
                                    + " cannot use it ("
                                    + (live.allowsHash(SIGNING_HASH) ? "s=" : "h=")
                                    + ")",
                            "Remove h= and s= from the record, as the plan's record does.")
                    .fix(List.of(expected));
        }
        if (live.isTesting()) {
            findings.problem(
                            CheckStatus.WARN,
                            selector() + ": the key is in testing mode (t=y)",
                            "Receivers treat failing signatures leniently, as if the mail were"
                                    + " unsigned (RFC 6376 section 3.6.1). Remove t=y once mail"
                                    + " verifies.")
                    .fix(List.of(expected));
        }
    }

    private void keySize(DkimPublicKey published, StepFindings findings) {
        if (published.algorithm() != DkimAlgorithm.RSA
                || published.bits() >= RECOMMENDED_RSA_BITS) {
            return;
        }
        var weak = published.bits() < MIN_RSA_BITS;
        findings.problem(
                weak ? CheckStatus.FAIL : CheckStatus.WARN,
                selector() + ": the RSA key has only " + published.bits() + " bits",
                (weak
                                ? "Verifiers ignore signatures made with RSA keys under "
                                        + MIN_RSA_BITS
                                        + " bits (RFC 8301 section 3.2)."
                                : "RFC 8301 section 3.2 asks for at least "
                                        + RECOMMENDED_RSA_BITS
                                        + " bits; some receivers already distrust shorter keys.")
                        + " Generate a "
                        + RECOMMENDED_RSA_BITS
                        + "-bit key under a new selector (sendready dkim keygen --bits "
                        + RECOMMENDED_RSA_BITS
                        + "), publish it, then switch signing to it.");
    }

    private void fail(
            StepFindings findings, String headline, Optional<String> mistake, String... more) {
        var lines = new ArrayList<String>();
        mistake.map(DkimSelectorReview::sentence).ifPresent(lines::add);
        lines.addAll(List.of(more));
        findings.problem(CheckStatus.FAIL, headline, lines.toArray(String[]::new))
                .fix(List.of(expected))
                .compared(
                        TxtComparison.compare(
                                expected, TxtComparison.Syntax.DKIM, at.records(), mistake));
    }

    /// A mistake's text as a detail line: capitalised, unless it starts with a tag (`p=`).
    private static String sentence(String mistake) {
        return mistake.matches("^[a-z]+=.*")
                ? mistake
                : Character.toUpperCase(mistake.charAt(0)) + mistake.substring(1);
    }

    private DkimPublicKey planKey() {
        return key.record()
                .publicKey()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the plan's key record for " + selector() + " is revoked"));
    }

    private static String describe(DkimKeyRecord record) {
        return record.publicKey()
                .map(
                        k ->
                                k.algorithm() == DkimAlgorithm.RSA
                                        ? "RSA, " + k.bits() + " bits"
                                        : "Ed25519")
                .orElse("revoked");
    }
}
