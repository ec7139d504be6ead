package org.sendready.dkim;

import static org.sendready.dkim.DkimKeyRecord.FIELD;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sendready.dkim.DkimKeyRecord.ExtraTag;
import org.sendready.dkim.DkimKeyRecord.Key;
import org.sendready.input.InvalidInput;
import org.sendready.taglist.TagList;

/// Reads a key record per RFC 6376 section 3.6.1 on top of the shared [TagList] syntax
/// (section 3.2: whitespace and folding tolerated, duplicate tags rejected).
final class DkimKeyRecordParser {
    private DkimKeyRecordParser() {}

    static DkimKeyRecord parse(String text) {
        if (text != null && text.strip().startsWith("\"")) {
            throw new InvalidInput(
                    FIELD,
                    "starts with a quote; give the TXT value without zone-file quotes, its"
                            + " quoted strings joined");
        }
        var tags = TagList.parse(text, FIELD);
        checkVersion(tags);
        var algorithm = tags.get("k").map(DkimKeyRecordParser::algorithm).orElse(DkimAlgorithm.RSA);
        var p =
                tags.get("p")
                        .orElseThrow(
                                () ->
                                        new InvalidInput(
                                                FIELD,
                                                "has no p= tag; a key record must carry the public"
                                                        + " key (RFC 6376 section 3.6.1)"));
        var unknown = new ArrayList<ExtraTag>();
        for (var tag : tags.tags()) {
            if (!DkimKeyRecord.KNOWN_TAGS.contains(tag.name())) {
                unknown.add(new ExtraTag(tag.name(), tag.value()));
            }
        }
        return new DkimKeyRecord(
                algorithm,
                key(algorithm, p),
                flags(tags.get("t")),
                names("h", tags.get("h")),
                names("s", tags.get("s")),
                tags.get("n"),
                unknown);
    }

    /// RFC 6376 section 3.6.1: `v=`, if present, MUST be first and MUST be `DKIM1`.
    private static void checkVersion(TagList tags) {
        var version = tags.get("v");
        if (version.isEmpty()) {
            return;
        }
        if (!tags.tags().getFirst().name().equals("v")) {
            throw new InvalidInput(
                    FIELD,
                    "v= must be the first tag when present (RFC 6376 section 3.6.1); it is at"
                            + " position "
                            + tags.tags().stream()
                                    .filter(t -> t.name().equals("v"))
                                    .findFirst()
                                    .orElseThrow()
                                    .position());
        }
        if (!version.get().equals(DkimKeyRecord.VERSION)) {
            throw new InvalidInput(
                    FIELD,
                    "v="
                            + version.get()
                            + " is not "
                            + DkimKeyRecord.VERSION
                            + "; verifiers discard such records (RFC 6376 section 3.6.1)");
        }
    }

    private static DkimAlgorithm algorithm(String k) {
        var lower = k.toLowerCase(Locale.ROOT);
        return Arrays.stream(DkimAlgorithm.values())
                .filter(a -> a.tag().equals(lower))
                .findFirst()
                .orElseThrow(
                        () ->
                                new InvalidInput(
                                        FIELD,
                                        "k="
                                                + k
                                                + " is not a key type verifiers know; use k=rsa"
                                                + " (RFC 6376) or k=ed25519 (RFC 8463)"));
    }

    /// RFC 6376 section 3.6.1: `p=` is base64, whitespace inside it is ignored, and an empty
    /// value means the key is revoked.
    private static Key key(DkimAlgorithm algorithm, String p) {
        var base64 = p.replaceAll("[ \\t\\r\\n]", "");
        if (base64.isEmpty()) {
            return new Key.Revoked();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(FIELD, "p= is not valid base64: " + e.getMessage(), e);
        }
        return new Key.Published(DkimPublicKey.fromRecordBytes(algorithm, bytes, FIELD));
    }

    /// RFC 6376 section 3.6.1: "Unrecognized flags MUST be ignored."
    private static Set<DkimKeyFlag> flags(Optional<String> t) {
        var flags = EnumSet.noneOf(DkimKeyFlag.class);
        for (var name : names("t", t)) {
            Arrays.stream(DkimKeyFlag.values())
                    .filter(flag -> flag.tag().equals(name))
                    .forEach(flags::add);
        }
        return flags;
    }

    /// A colon-separated list (`h=`, `s=`, `t=`), lower case, blanks dropped. Names are
    /// case-insensitive (RFC 5234 section 2.3: ABNF strings are).
    private static List<String> names(String tag, Optional<String> value) {
        var names =
                value.stream()
                        .flatMap(v -> Arrays.stream(v.split(":")))
                        .map(name -> name.strip().toLowerCase(Locale.ROOT))
                        .filter(name -> !name.isEmpty())
                        .toList();
        for (var name : names) {
            if (name.indexOf(' ') >= 0) {
                throw new InvalidInput(
                        FIELD,
                        tag
                                + "= has '"
                                + name
                                + "'; separate names with ':' (RFC 6376 section 3.6.1)");
            }
        }
        return names;
    }
}
