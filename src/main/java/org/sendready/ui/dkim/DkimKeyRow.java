package org.sendready.ui.dkim;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimPublicKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.plan.DkimKeyRef;
import org.sendready.plan.SetupPlan;
import org.sendready.records.DnsRecord;
import org.sendready.records.RecordData;
import org.sendready.records.RecordPurpose;

/// One DKIM key of the plan as the page shows it.
///
/// @param selector the selector it is published under
/// @param algorithm the `k=` key type
/// @param bits the key size; 0 for a revoked key, whose record carries no key
/// @param fingerprint the public key's fingerprint; empty when revoked
/// @param file where its private key is, as far as this machine knows
/// @param role what the key does now
/// @param record the DNS record to publish for it
public record DkimKeyRow(
        DkimSelector selector,
        DkimAlgorithm algorithm,
        int bits,
        Optional<String> fingerprint,
        KeyFile file,
        Role role,
        DnsRecord record) {

    public DkimKeyRow {
        Objects.requireNonNull(selector);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(fingerprint);
        Objects.requireNonNull(file);
        Objects.requireNonNull(role);
        Objects.requireNonNull(record);
    }

    /// Where the private key is.
    public sealed interface KeyFile {
        /// In a file (saved here, or imported from there).
        record Saved(Path path) implements KeyFile {}

        /// Generated in this session and only in memory: lost unless saved.
        record InMemory() implements KeyFile {}

        /// Neither: the project names no file and this session did not make the key (a plan
        /// from another machine, or a revoked key that needs none).
        record Elsewhere() implements KeyFile {}
    }

    /// What the key does now.
    public enum Role {
        /// Signs mail.
        SIGNING("Signs mail"),
        /// The new key of a rotation, published but not signing yet.
        INCOMING("New key, not signing yet"),
        /// The old key of a rotation after the switch: still published, no longer signing.
        RETIRING("Retired, still published"),
        /// Its record is the revocation, an empty `p=`.
        REVOKED("Revoked");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        /// The words on the key's role chip.
        public String label() {
            return label;
        }
    }

    /// The row of `key` in `plan`; `inMemory` says whether this session holds its private key.
    static DkimKeyRow of(SetupPlan plan, DkimKeyRef key, boolean inMemory) {
        var selector = key.selector();
        var publicKey = key.record().publicKey();
        KeyFile file =
                key.privateKeyFile()
                        .<KeyFile>map(KeyFile.Saved::new)
                        .orElse(inMemory ? new KeyFile.InMemory() : new KeyFile.Elsewhere());
        var owner = selector.ownerName(plan.domain());
        var record =
                new DnsRecord(
                        owner,
                        plan.domain(),
                        plan.ttls().dkim(),
                        new RecordData.Txt(key.record().format()),
                        RecordPurpose.DKIM);
        return new DkimKeyRow(
                selector,
                key.record().algorithm(),
                publicKey.map(DkimPublicKey::bits).orElse(0),
                publicKey.map(DkimPublicKey::fingerprint),
                file,
                role(plan, key),
                record);
    }

    private static Role role(SetupPlan plan, DkimKeyRef key) {
        if (key.record().isRevoked()) {
            return Role.REVOKED;
        }
        var rotation = plan.dkimRotation();
        if (rotation.isPresent() && !rotation.get().signsWith(key.selector())) {
            return key.selector().equals(rotation.get().incoming()) ? Role.INCOMING : Role.RETIRING;
        }
        return Role.SIGNING;
    }

    /// `RSA 2048 bits`, `Ed25519`, `RSA (revoked)`.
    public String keyDescription() {
        return switch (algorithm) {
            case RSA -> bits == 0 ? "RSA (revoked)" : "RSA " + bits + " bits";
            case ED25519 -> bits == 0 ? "Ed25519 (revoked)" : "Ed25519";
        };
    }
}
