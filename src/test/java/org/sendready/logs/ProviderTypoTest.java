package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderTypoTest {
    @ParameterizedTest
    @CsvSource({
        // a hyphen added
        "hot-mail.com, hotmail.com",
        // two letters swapped
        "gmial.com, gmail.com",
        // a letter dropped
        "yaho.com, yahoo.com",
        // wrong top-level domain letter
        "gmail.con, gmail.com",
        // a dot added inside the name
        "out.look.com, outlook.com",
        // a doubled letter and a dropped one (two edits on a long name)
        "iclouud.co, icloud.com",
        // one edit on a short name
        "gmx.dee, gmx.de"
    })
    void likelyIntended_suggestsProvider_forNearMisses(String domain, String provider) {
        assertThat(ProviderTypo.likelyIntended(domain)).contains(provider);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // providers themselves
                "gmail.com",
                "mail.com",
                "gmx.at",
                // two edits on a short name reach unrelated domains
                "gnx.dk",
                // far from every provider
                "example.org",
                // empty (a local recipient)
                ""
            })
    void likelyIntended_suggestsNothing_forProvidersAndUnrelatedDomains(String domain) {
        assertThat(ProviderTypo.likelyIntended(domain)).isEmpty();
    }
}
