package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dkim.DkimKeyRecord.ExtraTag;
import org.sendready.input.InvalidInput;

class DkimKeyRecordTest {

    /// The RSA 1024-bit key of RFC 6376 appendix C (brisbane._domainkey.example.com).
    static final String RFC6376_KEY =
            "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFC"
                    + "jxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4"
                    + "OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";

    /// The Ed25519 key of RFC 8463 appendix A.2 (brisbane._domainkey.football.example.com).
    static final String RFC8463_KEY = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

    @Test
    void parse_readsRfc6376AppendixCRecord() {
        var parsed = DkimKeyRecord.parse("v=DKIM1; p=" + RFC6376_KEY);
        assertThat(parsed.algorithm()).isEqualTo(DkimAlgorithm.RSA);
        assertThat(parsed.publicKey()).get().extracting(DkimPublicKey::bits).isEqualTo(1024);
        assertThat(parsed.isRevoked()).isFalse();
        assertThat(parsed.format()).isEqualTo("v=DKIM1; k=rsa; p=" + RFC6376_KEY);
    }

    @Test
    void parse_readsRfc8463Ed25519Record() {
        var parsed = DkimKeyRecord.parse("v=DKIM1; k=ed25519; p=" + RFC8463_KEY);
        assertThat(parsed.algorithm()).isEqualTo(DkimAlgorithm.ED25519);
        assertThat(parsed.publicKey().orElseThrow().recordBytes()).hasSize(32);
        assertThat(parsed.publicKey().orElseThrow().bits()).isEqualTo(256);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // folding whitespace around tags and inside p= (RFC 6376 section 3.2)
                "' v = DKIM1 ;\r\n\tk = rsa ;\r\n p = MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFC\r\n\t jxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4 OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB ;' | v=DKIM1; k=rsa; p=RFC6376_KEY",
                // no v=, no k=: both default (section 3.6.1)
                "p=RFC6376_KEY | v=DKIM1; k=rsa; p=RFC6376_KEY",
                // k= is case-insensitive ABNF, written in lower case
                "k=RSA; p=RFC6376_KEY | v=DKIM1; k=rsa; p=RFC6376_KEY",
                // optional tags in canonical order, p= last
                "v=DKIM1; p=RFC6376_KEY; t=s:y; n=hello  world; s=email; h=SHA256 | v=DKIM1; k=rsa; h=sha256; s=email; t=y:s; n=hello world; p=RFC6376_KEY",
                // unknown tags kept in their order, unknown flags dropped
                "v=DKIM1; zz=1; p=RFC6376_KEY; g=*; t=x:y | v=DKIM1; k=rsa; t=y; zz=1; g=*; p=RFC6376_KEY",
                // empty p= revokes the key
                "v=DKIM1; k=ed25519; p= | v=DKIM1; k=ed25519; p=",
                // empty optional lists are dropped
                "v=DKIM1; h=; t=; p= | v=DKIM1; k=rsa; p=",
            })
    void format_isCanonical_afterParse(String text, String canonical) {
        var input = text.replace("RFC6376_KEY", RFC6376_KEY);
        var parsed = DkimKeyRecord.parse(input);
        assertThat(parsed.format()).isEqualTo(canonical.replace("RFC6376_KEY", RFC6376_KEY));
        assertThat(DkimKeyRecord.parse(parsed.format())).isEqualTo(parsed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // p= is required (section 3.6.1)
                "v=DKIM1; k=rsa | has no p= tag",
                // v= must come first when present
                "k=rsa; v=DKIM1; p= | v= must be the first tag when present (RFC 6376 section 3.6.1); it is at position 7",
                // only DKIM1 exists
                "v=DKIM2; p= | v=DKIM2 is not DKIM1",
                // k= outside rsa and ed25519
                "k=ecdsa; p= | k=ecdsa is not a key type verifiers know",
                // duplicate tags (TagList)
                "v=DKIM1; p=; p= | tag 'p' appears twice",
                // quoted zone-file text pasted as a value
                "'\"v=DKIM1; p=\"' | starts with a quote",
                // not base64
                "p=abc$def | p= is not valid base64",
                // base64, but not an RSA SubjectPublicKeyInfo
                "p=AAAA | p= is not an RSA public key",
                // Ed25519 key of the wrong length
                "k=ed25519; p=AAAA | p= of a k=ed25519 key decodes to 3 bytes; RFC 8463 section 4.2 requires the raw 32-byte key",
                // names in h= separated by spaces, not colons
                "h=sha1 sha256; p= | h= has 'sha1 sha256'; separate names with ':'",
                // nothing at all
                "'' | is empty",
            })
    void parse_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> DkimKeyRecord.parse(text))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("dkim record: ")
                .hasMessageContaining(reason);
    }

    @Test
    void parse_explainsEd25519KeyPublishedAsSubjectPublicKeyInfo() {
        var spki =
                Base64.getEncoder()
                        .encodeToString(
                                HexFormat.of()
                                        .parseHex(
                                                "302a300506032b6570032100"
                                                        + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        assertThatThrownBy(() -> DkimKeyRecord.parse("k=ed25519; p=" + spki))
                .hasMessageContaining("decodes to 44 bytes")
                .hasMessageContaining("looks like a SubjectPublicKeyInfo");
    }

    @Test
    void parse_modelsRevokedKeyExplicitly() {
        var revoked = DkimKeyRecord.parse("v=DKIM1; p=");
        assertThat(revoked.key()).isInstanceOf(DkimKeyRecord.Key.Revoked.class);
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.publicKey()).isEmpty();
        assertThat(revoked).isEqualTo(DkimKeyRecord.revoked(DkimAlgorithm.RSA));
    }

    @Test
    void parse_keepsHashesServicesNotesAndFlags() {
        var parsed =
                DkimKeyRecord.parse(
                        "v=DKIM1; h=sha1:sha256; s=email; t=y; n=rotated=202025; p=" + RFC6376_KEY);
        assertThat(parsed.hashAlgorithms()).containsExactly("sha1", "sha256");
        assertThat(parsed.allowsHash("sha256")).isTrue();
        assertThat(parsed.allowsEmail()).isTrue();
        assertThat(parsed.isTesting()).isTrue();
        assertThat(parsed.flags()).containsExactly(DkimKeyFlag.TESTING);
        assertThat(parsed.notes()).contains("rotated=202025");
    }

    @Test
    void allowsHash_isFalse_whenHashTagListsOnlyOthers() {
        var parsed = DkimKeyRecord.parse("h=sha1; s=other; p=" + RFC6376_KEY);
        assertThat(parsed.allowsHash("sha256")).isFalse();
        assertThat(parsed.allowsEmail()).isFalse();
    }

    static List<DkimKeyRecord> records() {
        var rsa = DkimKeyRecord.parse("p=" + RFC6376_KEY);
        var ed = DkimKeyRecord.parse("k=ed25519; p=" + RFC8463_KEY);
        return List.of(
                rsa,
                ed,
                ed.withFlags(Set.of(DkimKeyFlag.TESTING, DkimKeyFlag.STRICT)),
                rsa.withHashAlgorithms(List.of("sha256")).withNotes("a note"),
                new DkimKeyRecord(
                        DkimAlgorithm.RSA,
                        new DkimKeyRecord.Key.Revoked(),
                        Set.of(DkimKeyFlag.STRICT),
                        List.of("sha256", "future1"),
                        List.of("*"),
                        Optional.of(""),
                        List.of(new ExtraTag("x1", "one  two "), new ExtraTag("g", "*"))));
    }

    @ParameterizedTest
    @MethodSource("records")
    void parse_inversesFormat(DkimKeyRecord keyRecord) {
        assertThat(DkimKeyRecord.parse(keyRecord.format())).isEqualTo(keyRecord);
    }

    @Test
    void publishes_comparesKeys() {
        var rsa = DkimKeyRecord.parse("p=" + RFC6376_KEY);
        var ed = DkimKeyRecord.parse("k=ed25519; p=" + RFC8463_KEY);
        assertThat(rsa.publishes(rsa.publicKey().orElseThrow())).isTrue();
        assertThat(rsa.publishes(ed.publicKey().orElseThrow())).isFalse();
        assertThat(
                        DkimKeyRecord.revoked(DkimAlgorithm.RSA)
                                .publishes(rsa.publicKey().orElseThrow()))
                .isFalse();
    }

    @Test
    void constructor_rejectsKeyOfOtherAlgorithm() {
        var ed = DkimKeyRecord.parse("k=ed25519; p=" + RFC8463_KEY).publicKey().orElseThrow();
        assertThatThrownBy(
                        () ->
                                new DkimKeyRecord(
                                        DkimAlgorithm.RSA,
                                        new DkimKeyRecord.Key.Published(ed),
                                        Set.of(),
                                        List.of(),
                                        List.of(),
                                        Optional.empty(),
                                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
