package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendready.dmarc.MailAddress;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// Return-Path tokens: made short and case-proof, verified in constant time, forged and old
/// ones recognised.
class TokenSignerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final MailAddress RECIPIENT = MailAddress.parse("Nobody@Example.net", "to");

    private final TokenSigner signer = BounceCorpus.signer();

    @Test
    void issue_makesTheCorpusToken_forTheTestKey() {
        assertThat(signer.issue(MailAddress.parse("nobody@example.net", "to"), DAY).text())
                .isEqualTo("b1.vq2khmgdkara.s5zizoaea63vaeqc");
    }

    @Test
    void returnPath_fitsALocalPart_andUsesLowerCaseBase32Only() {
        var address = signer.returnPath(RECIPIENT, DAY, DomainName.parse("e.example.com"));
        var local = address.substring(0, address.indexOf('@'));

        assertThat(local).hasSize(32).matches("b1\\.[a-z2-7]{12}\\.[a-z2-7]{16}");
        assertThat(local.length()).isLessThanOrEqualTo(MailAddress.MAX_LOCAL_PART_LENGTH);
        assertThat(address).endsWith("@e.example.com");
    }

    @Test
    void verify_acceptsItsOwnToken_andItsRecipientInAnyCase() {
        var token = signer.issue(RECIPIENT, DAY);

        var verdict = signer.verify(token, DAY.plusDays(3));

        assertThat(verdict).isInstanceOf(TokenVerdict.Valid.class);
        var valid = (TokenVerdict.Valid) verdict;
        assertThat(valid.issued()).isEqualTo(DAY);
        assertThat(signer.madeFor(valid, "nobody@example.NET")).isTrue();
        assertThat(signer.madeFor(valid, "<NOBODY@example.net>")).isTrue();
        assertThat(signer.madeFor(valid, "somebody@example.net")).isFalse();
    }

    @Test
    void verify_acceptsAToken_thatAMailServerUpperCased() {
        var upper = signer.issue(RECIPIENT, DAY).text().toUpperCase(Locale.ROOT);

        assertThat(signer.verifyAddress(upper + "@E.EXAMPLE.COM", DAY))
                .isInstanceOf(TokenVerdict.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // one letter of the signature changed
                "b1.vq2khmgdkara.s5zizoaea63vaeqd",
                // one letter of the payload changed: another recipient, same signature
                "b1.vq2khmgdkbra.s5zizoaea63vaeqc"
            })
    void verify_callsAlteredTokensForged(String altered) {
        assertThat(signer.verify(new ReturnPathToken(altered), DAY))
                .isInstanceOf(TokenVerdict.Forged.class);
    }

    @Test
    void verify_callsATokenOfAnotherKeyForged() {
        var other = new TokenSigner(BounceKey.generate(new SecureRandom()));

        assertThat(other.verify(signer.issue(RECIPIENT, DAY), DAY))
                .isInstanceOf(TokenVerdict.Forged.class);
    }

    @Test
    void verify_callsATokenPastItsAgeExpired() {
        var token = signer.issue(RECIPIENT, DAY);

        assertThat(signer.verify(token, DAY.plus(TokenSigner.DEFAULT_MAX_AGE)))
                .isInstanceOf(TokenVerdict.Valid.class);
        assertThat(signer.verify(token, DAY.plus(TokenSigner.DEFAULT_MAX_AGE).plusDays(1)))
                .isEqualTo(new TokenVerdict.Expired(token, DAY));
    }

    @Test
    void verify_refusesATokenIssuedInTheFuture() {
        var token = signer.issue(RECIPIENT, DAY.plusDays(2));

        assertThat(signer.verify(token, DAY))
                .isEqualTo(new TokenVerdict.Malformed("issued 2026-03-04, in the future"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another version
                "b2.vq2khmgdkara.s5zizoaea63vaeqc",
                // '1' and '8' are not base32
                "b1.vq2khmgdkar1.s5zizoaea63vaeq8",
                // a payload of 60 bits whose 4 spare bits are not zero
                "b1.vq2khmgdkarb.s5zizoaea63vaeqc"
            })
    void verify_tellsMalformedFromForged(String text) {
        assertThat(signer.verify(new ReturnPathToken(text), DAY))
                .isInstanceOf(TokenVerdict.Malformed.class);
    }

    @Test
    void verifyAddress_saysWhenTheAddressHasNoToken() {
        assertThat(signer.verifyAddress("bounces@e.example.com", DAY))
                .isEqualTo(
                        new TokenVerdict.Malformed(
                                "'bounces@e.example.com' has no b1. token before '@'"));
    }

    @Test
    void issue_refusesDaysOutsideTheTwoBytes() {
        assertThatThrownBy(() -> signer.issue(RECIPIENT, LocalDate.of(2150, 1, 1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("date: 2150-01-01 is outside");
    }

    @Test
    void key_neverShowsItsSecret() {
        assertThat(BounceCorpus.key().toString()).isEqualTo("BounceKey[secret]");
    }
}
