package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTextTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // host prefix goes, the address becomes <address>
                "host mx.example.org[203.0.113.5] said: 550 5.1.1 <dave@example.org>: User unknown"
                        + "|550 5.1.1 <address>: User unknown",
                // repeated continuation codes and the session id go, the first code stays
                "host g[142.250.27.26] said: 550-5.7.25 [192.0.2.10] The IP 550-5.7.25 PTR"
                        + " 550 5.7.25 d2e1a72fcca58-7a2b3c4d5e-gsmtp"
                        + "|550-5.7.25 [ip] The IP PTR 550 5.7.25 *",
                // provider markers stay
                "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred"
                        + "|421 4.7.0 [TSS04] Messages from * temporarily deferred",
                // IPv6 in brackets
                "connect to mx.example.net[2001:db8::25]:25: Connection timed out"
                        + "|connect to mx.example.net[ip]:25: Connection timed out",
                // DNS failures keep the domain: it names the problem
                "Host or domain name not found. Name service error for name=hot-mail.com type=MX"
                        + "|Host or domain name not found. Name service error for"
                        + " name=hot-mail.com type=MX"
            })
    void normalize_removesPerMessageDetail(String reason, String expected) {
        assertThat(ReasonText.normalize(reason)).isEqualTo(expected);
    }

    @Test
    void normalize_cutsLongReasons() {
        assertThat(ReasonText.normalize("word ".repeat(100))).hasSize(ReasonText.MAX_CHARS);
    }
}
