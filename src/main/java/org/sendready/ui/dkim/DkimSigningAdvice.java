package org.sendready.ui.dkim;

import java.util.ArrayList;
import java.util.stream.Collectors;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.DkimPublicKey;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.SetupPlan;

/// Advice about the keys that sign, as a whole: what no single key card can say.
final class DkimSigningAdvice {
    private DkimSigningAdvice() {}

    /// The advice for `plan`, one sentence per line; empty when there is none.
    static String of(SetupPlan plan) {
        var signing = plan.signingKeys();
        var advice = new ArrayList<String>();
        if (!signing.isEmpty()
                && signing.stream()
                        .allMatch(k -> k.record().algorithm() == DkimAlgorithm.ED25519)) {
            advice.add(
                    "Only Ed25519 keys sign: receivers that do not verify Ed25519 yet (RFC 8463)"
                            + " see your mail as unsigned. Add an RSA key, so every message"
                            + " carries a signature they can verify.");
        }
        var weak =
                signing.stream()
                        .filter(k -> k.record().algorithm() == DkimAlgorithm.RSA)
                        .filter(
                                k ->
                                        k.record()
                                                        .publicKey()
                                                        .map(DkimPublicKey::bits)
                                                        .orElse(DkimKeySpec.DEFAULT_RSA_BITS)
                                                < DkimKeySpec.DEFAULT_RSA_BITS)
                        .map(DkimKeyRef::selector)
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
        if (!weak.isEmpty()) {
            advice.add(
                    weak
                            + ": RSA keys under "
                            + DkimKeySpec.DEFAULT_RSA_BITS
                            + " bits are weak (RFC 8301 section 3.2); rotate to a "
                            + DkimKeySpec.DEFAULT_RSA_BITS
                            + "-bit key.");
        }
        return String.join("\n", advice);
    }
}
