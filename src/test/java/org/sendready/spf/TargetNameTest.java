package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetNameTest {

    @Test
    void expanded_dropsFinalDot_andLowersCase() {
        assertThat(TargetName.expanded("Mail.Example.COM."))
                .isEqualTo(
                        new TargetName.Valid(
                                org.sendready.dns.DomainName.parse("mail.example.com")));
    }

    @Test
    void expanded_dropsLabelsOnTheLeft_whenLongerThan253() {
        var label = "a".repeat(60);
        var text = String.join(".", label, label, label, label, label) + ".example.com";
        var target = TargetName.expanded(text);
        assertThat(target).isInstanceOf(TargetName.Valid.class);
        assertThat(target.text()).isEqualTo(String.join(".", label, label, label) + ".example.com");
        assertThat(target.text().length()).isLessThanOrEqualTo(253);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // an empty label
                "mail.example...com",
                // a label of 64 characters
                "a1234567890123456789012345678901234567890123456789012345678901234.example.com",
                // a URL-escaped HELO
                "JUMPIN%27%20JUPITER",
                // a character DNS allows but the port's DomainName does not
                "foo:bar/baz.example.com"
            })
    void expanded_isInvalid_forNamesThatCannotBeAsked(String text) {
        assertThat(TargetName.expanded(text)).isInstanceOf(TargetName.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // one label only (section 4.3 wants a multi-label name)
                "A2345678",
                // a domain literal
                "[1.2.3.5]",
                // empty (a sender without domain)
                ""
            })
    void checkedDomain_isInvalid_forWhatSection4_3GivesNone(String text) {
        assertThat(TargetName.checkedDomain(text)).isInstanceOf(TargetName.Invalid.class);
    }
}
