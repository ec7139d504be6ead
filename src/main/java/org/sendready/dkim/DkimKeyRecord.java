package org.sendready.dkim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/// A DKIM key record, the TXT value at `selector._domainkey.domain` (RFC 6376 section 3.6.1).
///
/// [#parse] reads what DNS serves; [#format] writes the canonical text
/// `v=DKIM1; k=...; [h=...; ][s=...; ][t=...; ][n=...; ][unknown tags; ]p=...`, so that
/// `parse(r.format()).equals(r)` and `parse(s).format()` is canonical. Unknown tags are kept in
/// their order; unknown `t=` flags are dropped, as verifiers ignore them (section 3.6.1).
///
/// @param algorithm the `k=` key type; RSA when the tag is absent (section 3.6.1)
/// @param key the public key, or [Key.Revoked] for an empty `p=`
/// @param flags the `t=` flags sendready knows
/// @param hashAlgorithms the `h=` names in lower case; empty when the tag is absent (all
///     allowed)
/// @param serviceTypes the `s=` names in lower case; empty when the tag is absent (`*`, all)
/// @param notes the `n=` text as written (quoted-printable), if the tag is present
/// @param unknownTags tags sendready does not know, in their original order
public record DkimKeyRecord(
        DkimAlgorithm algorithm,
        Key key,
        Set<DkimKeyFlag> flags,
        List<String> hashAlgorithms,
        List<String> serviceTypes,
        Optional<String> notes,
        List<ExtraTag> unknownTags) {

    /// The field name errors of [#parse] carry.
    public static final String FIELD = "dkim record";

    /// RFC 6376 section 3.6.1: the only version; records with another `v=` are discarded.
    public static final String VERSION = "DKIM1";

    /// The tags this type models; others become [#unknownTags()].
    static final Set<String> KNOWN_TAGS = Set.of("v", "k", "p", "t", "h", "s", "n");

    /// The key material of a record: published, or revoked by an empty `p=`.
    public sealed interface Key {
        /// A `p=` with a key.
        record Published(DkimPublicKey publicKey) implements Key {
            public Published {
                Objects.requireNonNull(publicKey);
            }
        }

        /// An empty `p=`: RFC 6376 section 3.6.1, "An empty value means that this public key
        /// has been revoked"; signatures made with it must fail.
        record Revoked() implements Key {}
    }

    /// A tag outside RFC 6376's key record tags, kept as written.
    public record ExtraTag(String name, String value) {
        public ExtraTag {
            Objects.requireNonNull(name);
            if (KNOWN_TAGS.contains(name) || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an unknown tag name: " + name);
            }
            value = normalizeValue(value);
        }
    }

    public DkimKeyRecord {
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(key);
        if (key instanceof Key.Published(var publicKey) && publicKey.algorithm() != algorithm) {
            throw new IllegalArgumentException(
                    "k=" + algorithm + " with a " + publicKey.algorithm() + " key");
        }
        flags = Set.copyOf(flags);
        hashAlgorithms = tokens(hashAlgorithms, "h");
        serviceTypes = tokens(serviceTypes, "s");
        notes = notes.map(DkimKeyRecord::normalizeValue);
        unknownTags = List.copyOf(unknownTags);
    }

    /// A record publishing `publicKey` with no optional tags.
    public static DkimKeyRecord of(DkimPublicKey publicKey) {
        return new DkimKeyRecord(
                publicKey.algorithm(),
                new Key.Published(publicKey),
                Set.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of());
    }

    /// A record revoking the `algorithm` key published under its selector (empty `p=`).
    public static DkimKeyRecord revoked(DkimAlgorithm algorithm) {
        return new DkimKeyRecord(
                algorithm,
                new Key.Revoked(),
                Set.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of());
    }

    /// This record with `t=` set to `newFlags`.
    public DkimKeyRecord withFlags(Set<DkimKeyFlag> newFlags) {
        return new DkimKeyRecord(
                algorithm, key, newFlags, hashAlgorithms, serviceTypes, notes, unknownTags);
    }

    /// This record with `h=` set to `names` (empty removes the tag).
    public DkimKeyRecord withHashAlgorithms(List<String> names) {
        return new DkimKeyRecord(algorithm, key, flags, names, serviceTypes, notes, unknownTags);
    }

    /// This record with `n=` set to `text`, which must already be quoted-printable.
    public DkimKeyRecord withNotes(String text) {
        return new DkimKeyRecord(
                algorithm,
                key,
                flags,
                hashAlgorithms,
                serviceTypes,
                Optional.of(text),
                unknownTags);
    }

    /// The published key; empty when revoked.
    public Optional<DkimPublicKey> publicKey() {
        return key instanceof Key.Published(var publicKey)
                ? Optional.of(publicKey)
                : Optional.empty();
    }

    /// True when `p=` is empty (RFC 6376 section 3.6.1).
    public boolean isRevoked() {
        return key instanceof Key.Revoked;
    }

    /// True when this record publishes exactly `publicKey`, e.g. the public half of the key a
    /// signer uses.
    public boolean publishes(DkimPublicKey publicKey) {
        return publicKey().filter(publicKey::equals).isPresent();
    }

    /// True when `t=y` is set: verifiers treat failures as if unsigned (RFC 6376 section 3.6.1).
    public boolean isTesting() {
        return flags.contains(DkimKeyFlag.TESTING);
    }

    /// True when signatures with `hash` (e.g. `sha256`) may use this key: `h=` absent, or
    /// listing it.
    public boolean allowsHash(String hash) {
        return hashAlgorithms.isEmpty() || hashAlgorithms.contains(hash.toLowerCase(Locale.ROOT));
    }

    /// True when the key may sign email: `s=` absent, or listing `email` or `*`.
    public boolean allowsEmail() {
        return serviceTypes.isEmpty()
                || serviceTypes.contains("email")
                || serviceTypes.contains("*");
    }

    /// The canonical text, tags joined by `; `, `p=` last (it is long).
    public String format() {
        var parts = new ArrayList<String>();
        parts.add("v=" + VERSION);
        parts.add("k=" + algorithm.tag());
        if (!hashAlgorithms.isEmpty()) {
            parts.add("h=" + String.join(":", hashAlgorithms));
        }
        if (!serviceTypes.isEmpty()) {
            parts.add("s=" + String.join(":", serviceTypes));
        }
        if (!flags.isEmpty()) {
            parts.add(
                    "t="
                            + Arrays.stream(DkimKeyFlag.values())
                                    .filter(flags::contains)
                                    .map(DkimKeyFlag::tag)
                                    .collect(Collectors.joining(":")));
        }
        notes.ifPresent(text -> parts.add("n=" + text));
        unknownTags.forEach(tag -> parts.add(tag.name() + "=" + tag.value()));
        parts.add("p=" + publicKey().map(DkimPublicKey::base64).orElse(""));
        return String.join("; ", parts);
    }

    /// Parses a key record's TXT value (character-strings already joined, no zone-file
    /// quotes). Errors are [InvalidInput] on [#FIELD], naming the tag at fault.
    public static DkimKeyRecord parse(String text) {
        return DkimKeyRecordParser.parse(text);
    }

    private static List<String> tokens(List<String> names, String tag) {
        for (var name : names) {
            if (name.isEmpty()
                    || !name.equals(name.toLowerCase(Locale.ROOT))
                    || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ';' || c == ':')) {
                throw new IllegalArgumentException("not a " + tag + "= name: '" + name + "'");
            }
        }
        return List.copyOf(names);
    }

    /// Values as [TagList] returns them: trimmed, inner whitespace runs as one space.
    private static String normalizeValue(String value) {
        if (value.indexOf(';') >= 0) {
            throw new IllegalArgumentException("a tag value cannot contain ';': " + value);
        }
        return value.strip().replaceAll("[ \\t\\r\\n]+", " ");
    }
}
