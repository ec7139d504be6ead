package org.sendready.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

class MtaValuesTest {

    private static final DomainName EXAMPLE = DomainName.parse("example.com");

    @Test
    void signingKey_lowerCasesSelector_andNamesItsKey() {
        var key = new SigningKey(EXAMPLE, " S2025.Mail ", "/etc/k.private");
        assertThat(key.selector()).isEqualTo("s2025.mail");
        assertThat(key.keyName().ascii()).isEqualTo("s2025.mail._domainkey.example.com");
    }

    @Test
    void signingKey_takesSelectorsAsDkimSelectorDoes_internationalisedAsALabels() {
        assertThat(new SigningKey(EXAMPLE, "bücher", "/k").selector()).isEqualTo("xn--bcher-kva");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | selector: is empty", // nothing
                "s_1 | selector: 's_1' is not a selector", // underscore
                "-s1 | selector: '-s1' is not a selector", // leading hyphen
                "s1. | selector: 's1.' is not a selector", // empty label
            })
    void signingKey_rejectsBadSelector(String selector, String message) {
        assertThatThrownBy(() -> new SigningKey(EXAMPLE, selector, "/k"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void signingKey_rejectsRelativePath() {
        assertThatThrownBy(() -> new SigningKey(EXAMPLE, "s1", "keys/s1.private"))
                .hasMessageStartingWith(
                        "private key path: 'keys/s1.private' is not an absolute path");
    }

    @Test
    void signingKey_rejectsNewlineInPath() {
        assertThatThrownBy(() -> new SigningKey(EXAMPLE, "s1", "/k\nMode s"))
                .hasMessageContaining("control character");
    }

    @ParameterizedTest
    @CsvSource({
        "inet:127.0.0.1:8891, inet:127.0.0.1:8891, inet:8891@127.0.0.1", // Postfix spelling
        "inet:8891@localhost, inet:localhost:8891, inet:8891@localhost", // libmilter spelling
        "INET:Localhost:11332, inet:localhost:11332, inet:11332@localhost", // case
        "unix:/run/opendkim/opendkim.sock, unix:/run/opendkim/opendkim.sock, local:/run/opendkim/opendkim.sock",
        "local:/run/x.sock, unix:/run/x.sock, local:/run/x.sock", // libmilter unix spelling
    })
    void milterSocket_parsesBothSpellings(String text, String postfix, String openDkim) {
        var socket = MilterSocket.parse(text, "socket");
        assertThat(socket.postfixForm()).isEqualTo(postfix);
        assertThat(socket.openDkimForm()).isEqualTo(openDkim);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tcp:127.0.0.1:8891 | is not a milter socket", // unknown kind
                "inet:127.0.0.1:99999 | port 99999 is out of range", // port too large
                "inet:127.0.0.1:http | is not a number from 1 to 65535", // port not numeric
                "inet:127.0.0.1:0 | port 0 is out of range", // port zero
                "inet:[::1]:8891 | IPv6 host '[::1]' is not supported", // IPv6
                "inet:127.0.0.01:8891 | leading zero", // sloppy IPv4
                "unix:run/x.sock | is not usable as a socket path", // relative
                "unix:/run/a,b.sock | is not usable as a socket path", // Postfix list separator
            })
    void milterSocket_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> MilterSocket.parse(text, "socket"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("socket: ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "192.0.2.10/24 | has bits set past the prefix; did you mean 192.0.2.0/24?",
                "192.0.2.0/33 | prefix /33 is out of range; expected 0 to 32",
                "192.0.2.0/ | has no prefix length",
                "192.0.2 | has 3 parts",
                "bad_host!.example | contains '!'",
            })
    void trustedHost_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> TrustedHost.parse(text, "trusted host"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("trusted host: ")
                .hasMessageContaining(reason);
    }

    @Test
    void trustedHost_acceptsIpv6Network() {
        assertThat(TrustedHost.parse("2001:db8:1::/48", "h").text()).isEqualTo("2001:db8:1::/48");
    }

    @Test
    void setup_givesPostfixAndOpenDkimFiles_forOpenDkim() {
        var setup =
                MtaSetup.of(
                        SigningFilter.OPENDKIM,
                        List.of(SigningKey.inOpenDkimLayout(EXAMPLE, "s1")),
                        List.of(TrustedHost.parse("192.0.2.10", "h")));
        var snippets = setup.snippets();
        assertThat(snippets)
                .extracting(MtaSnippet::path)
                .containsExactly(
                        "/etc/postfix/main.cf",
                        "/etc/opendkim.conf",
                        "/etc/opendkim/KeyTable",
                        "/etc/opendkim/SigningTable",
                        "/etc/opendkim/TrustedHosts");
        assertThat(snippets)
                .allSatisfy(s -> assertThat(s.text()).startsWith("# " + s.path() + "\n"));
        assertThat(snippets.get(4).text()).endsWith("localhost\n192.0.2.10\n");
    }

    @Test
    void setup_givesPostfixAndRspamdFiles_forRspamd() {
        var setup =
                MtaSetup.of(
                        SigningFilter.RSPAMD,
                        List.of(SigningKey.inRspamdLayout(EXAMPLE, "s1")),
                        List.of());
        assertThat(setup.snippets())
                .extracting(MtaSnippet::path)
                .containsExactly("/etc/postfix/main.cf", "/etc/rspamd/local.d/dkim_signing.conf");
        assertThat(setup.snippets().getFirst().text()).contains("inet:localhost:11332");
    }

    @Test
    void setup_rejectsNoKeys_andDuplicateSelectors() {
        assertThatThrownBy(() -> MtaSetup.of(SigningFilter.RSPAMD, List.of(), List.of()))
                .hasMessageStartingWith("signing keys: none given");
        var key = SigningKey.inRspamdLayout(EXAMPLE, "s1");
        assertThatThrownBy(() -> MtaSetup.of(SigningFilter.RSPAMD, List.of(key, key), List.of()))
                .hasMessageContaining("selector 's1' of example.com is listed twice");
    }
}
