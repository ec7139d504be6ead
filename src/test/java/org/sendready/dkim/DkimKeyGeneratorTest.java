package org.sendready.dkim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DkimKeyGeneratorTest {
    private final DkimKeyGenerator generator = new DkimKeyGenerator(new SecureRandom());

    @ParameterizedTest
    @ValueSource(ints = {1024, 2048, 3072, 4096}) // every offered RSA size
    void generate_rsa_hasRequestedSizeAndExponent65537(int bits) {
        var key = generator.generate(new DkimKeySpec(DkimAlgorithm.RSA, bits));
        assertThat(key.algorithm()).isEqualTo(DkimAlgorithm.RSA);
        assertThat(key.bits()).isEqualTo(bits);
        var jca = (RSAPublicKey) key.publicKey().toJcaKey();
        assertThat(jca.getModulus().bitLength()).isEqualTo(bits);
        assertThat(jca.getPublicExponent()).isEqualTo(BigInteger.valueOf(65537));
    }

    @Test
    void generate_ed25519_publishes32RawBytes() {
        var key = generator.generate(DkimKeySpec.ed25519());
        assertThat(key.publicKey().recordBytes()).hasSize(32);
        assertThat(key.publicKey().subjectPublicKeyInfo()).hasSize(44);
    }

    @Test
    void generate_givesDifferentKeysEachTime() {
        assertThat(generator.generate(DkimKeySpec.ed25519()).publicKey())
                .isNotEqualTo(generator.generate(DkimKeySpec.ed25519()).publicKey());
    }

    @Test
    void generatedKey_signsWhatItsRecordVerifies() throws Exception {
        for (var spec : new DkimKeySpec[] {DkimKeySpec.rsaDefault(), DkimKeySpec.ed25519()}) {
            var key = generator.generate(spec);
            var record = DkimKeyRecord.parse(DkimKeyRecord.of(key.publicKey()).format());
            var name = spec.algorithm() == DkimAlgorithm.RSA ? "SHA256withRSA" : "Ed25519";
            var data = "header hash".getBytes(StandardCharsets.US_ASCII);
            var signer = Signature.getInstance(name);
            signer.initSign(key.jcaKey());
            signer.update(data);
            var signature = signer.sign();
            var verifier = Signature.getInstance(name);
            verifier.initVerify(record.publicKey().orElseThrow().toJcaKey());
            verifier.update(data);
            assertThat(verifier.verify(signature)).as(spec.toString()).isTrue();
        }
    }

    @Test
    void privateKey_toString_showsFingerprintButNoKeyMaterial() {
        var key = generator.generate(DkimKeySpec.ed25519());
        var text = key.toString();
        assertThat(text)
                .isEqualTo("DkimPrivateKey[ed25519 256, " + key.publicKey().fingerprint() + "]");
        var encoded = Base64.getEncoder().encodeToString(key.jcaKey().getEncoded());
        assertThat(text).doesNotContain(encoded).doesNotContain(encoded.substring(20, 40));
    }

    @Test
    void fingerprint_isSha256OfRecordBytes_asOpensslComputesIt() {
        // echo -n <p=> | base64 -d | openssl dgst -sha256 -binary | base64
        var key = DkimKeyRecord.parse("k=ed25519; p=" + DkimKeyRecordTest.RFC8463_KEY);
        assertThat(key.publicKey().orElseThrow().fingerprint())
                .isEqualTo("SHA256:If4x36FUomFia/hUBG/SJxt77UtqvkWqWId+9H+XIbk");
    }
}
