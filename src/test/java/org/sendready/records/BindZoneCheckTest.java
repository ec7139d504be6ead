package org.sendready.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendready.dns.DomainName;
import org.sendready.testing.NamedCheckzone;

/// Exported snippets load in BIND: every zone section passes `named-checkzone` with strict
/// flags and warns about nothing, and BIND's canonical dump of the loaded zone holds exactly
/// the records written. Skipped when BIND's tools are not installed.
class BindZoneCheckTest {

    /// RFC 8301 section 3.2: verifiers must accept RSA keys up to 4096 bits, the largest a
    /// DKIM record carries, so the longest TXT value sendready writes.
    private static final int DKIM_KEY_BITS = 4096;

    private static RSAPublicKey dkimKey;

    @BeforeAll
    static void generateKey() throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(DKIM_KEY_BITS);
        dkimKey = (RSAPublicKey) generator.generateKeyPair().getPublic();
    }

    /// RFC 6376 section 3.6.1: `p=` is the base64 of the DER SubjectPublicKeyInfo.
    private static String dkimValue(RSAPublicKey key) {
        return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static Stream<Arguments> cases() {
        return Stream.of(BindZoneWriter.Names.values())
                .flatMap(
                        names ->
                                Stream.of(
                                        // every purpose, with a 4096-bit DKIM key
                                        Arguments.of(
                                                "4096-bit DKIM",
                                                names,
                                                SampleRecords.exampleCom(dkimValue(dkimKey))),
                                        // bücher.example as A-labels, ü in TXT
                                        Arguments.of("IDN", names, SampleRecords.idn()),
                                        // AAAA and the ip6.arpa PTR zone
                                        Arguments.of("IPv6", names, SampleRecords.ipv6()),
                                        // DMARC rua with " \ ; and text with ü, tab, 𝄞
                                        Arguments.of(
                                                "odd characters",
                                                names,
                                                SampleRecords.oddCharacters())));
    }

    @ParameterizedTest(name = "[{index}] {0}, {1}")
    @MethodSource("cases")
    void exportZone_loadsInBind_andBindHoldsTheSameRecords(
            String label, BindZoneWriter.Names names, RecordSet set, @TempDir Path dir)
            throws IOException, InterruptedException {
        var bind = NamedCheckzone.in(dir);
        var writer = new BindZoneWriter(names);
        for (var zone : set.zones()) {
            var snippet = writer.exportZone(set, zone);

            var result = bind.check(zone, snippet);
            assertThat(result.loadedCleanly())
                    .as("named-checkzone %s said %s about:%n%s", zone, result.messages(), snippet)
                    .isTrue();

            var loaded = ZoneSnippetReader.read(bind.canonicalDump(zone, snippet));
            assertThat(loaded)
                    .as("records BIND loaded for %s", zone)
                    .containsExactlyInAnyOrderElementsOf(
                            Published.of(new RecordSet(set.inZone(zone))));
        }
    }

    @ParameterizedTest
    @EnumSource(BindZoneWriter.Names.class)
    void dkimKey4096_roundTrips_generatedExportedLoadedByBindJoined(
            BindZoneWriter.Names names, @TempDir Path dir)
            throws IOException, InterruptedException, GeneralSecurityException {
        var bind = NamedCheckzone.in(dir);
        var value = dkimValue(dkimKey);
        var set = SampleRecords.exampleCom(value);
        var zone = DomainName.parse("example.com");

        var dump = bind.canonicalDump(zone, new BindZoneWriter(names).exportZone(set, zone));
        var strings = ZoneSnippetReader.txtStrings(dump, zone.child("_domainkey").child("s1"));

        assertThat(strings).hasSizeGreaterThan(1);
        assertThat(strings).allSatisfy(s -> assertThat(s.length).isLessThanOrEqualTo(255));
        var joined = ZoneSnippetReader.joined(strings);
        assertThat(joined).isEqualTo(value);
        var der = Base64.getDecoder().decode(joined.substring(joined.indexOf("p=") + 2));
        var loadedKey =
                (RSAPublicKey)
                        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        assertThat(loadedKey.getModulus()).isEqualTo(dkimKey.getModulus());
        assertThat(loadedKey.getModulus().bitLength()).isEqualTo(DKIM_KEY_BITS);
        assertThat(loadedKey.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
    }

    /// The oracle must be able to fail: broken snippets are rejected or warned about.
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("brokenSnippets")
    void check_rejectsOrWarns_forBrokenSnippets(String label, String snippet, @TempDir Path dir)
            throws IOException, InterruptedException {
        var result = NamedCheckzone.in(dir).check(DomainName.parse("example.com"), snippet);

        assertThat(result.loadedCleanly()).as("%s", result.messages()).isFalse();
    }

    static Stream<Arguments> brokenSnippets() {
        return Stream.of(
                // RFC 1035 section 3.3: a character-string holds at most 255 octets
                Arguments.of("256-octet string", "@ 3600 IN TXT \"" + "a".repeat(256) + "\"\n"),
                // -i local: an MX target inside the zone must have an address
                Arguments.of("MX without address", "@ 3600 IN MX 10 mail.example.com.\n"),
                // -k fail: an MX target must be a host name
                Arguments.of("MX to non-host name", "@ 3600 IN MX 10 _mail.example.net.\n"),
                // a record outside the zone is ignored with a warning
                Arguments.of("out of zone", "mail.example.net. 3600 IN A 192.0.2.1\n"),
                // an unbalanced quote
                Arguments.of("unterminated quote", "@ 3600 IN TXT \"v=spf1 -all\n"));
    }
}
