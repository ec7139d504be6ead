package org.sendready.spf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class SpfRequestTest {

    private static final InetAddress IP = InetAddress.ofLiteral("192.0.2.3");

    @ParameterizedTest
    @CsvSource({
        // an ordinary address
        "alice@example.com, mail.example.org, alice, example.com",
        // the null sender: postmaster at the HELO name (section 2.4)
        "'', mail.example.org, postmaster, mail.example.org",
        // no local-part: postmaster (section 4.3)
        "@example.com, mail.example.org, postmaster, example.com",
        // an '@' inside the local-part: the domain follows the last one
        "\"a@b\"@example.com, mail.example.org, \"a@b\", example.com",
    })
    void identity_followsSections2_4And4_3(
            String mailFrom, String helo, String localPart, String domain) {
        var request = new SpfRequest(IP, mailFrom, helo);
        assertThat(request.localPart()).isEqualTo(localPart);
        assertThat(request.domain()).isEqualTo(domain);
        assertThat(request.sender()).isEqualTo(localPart + "@" + domain);
    }

    @Test
    void ip_isIpv4_whenIpv4Mapped() throws Exception {
        var bytes = new byte[16];
        bytes[10] = (byte) 0xff;
        bytes[11] = (byte) 0xff;
        bytes[12] = (byte) 192;
        bytes[15] = 1;
        var mapped = Inet6Address.getByAddress(null, bytes, -1);
        var request = new SpfRequest(mapped, "a@example.com", "");
        assertThat(request.ip()).isInstanceOf(Inet4Address.class);
        assertThat(request.ip().getHostAddress()).isEqualTo("192.0.0.1");
    }

    @ParameterizedTest
    @CsvSource({
        // angle brackets are dropped
        "<alice@example.com>, alice@example.com",
        // the null sender written as <>
        "<>, ''",
        // the null sender written as nothing
        "'', ''",
    })
    void parseMailFrom_acceptsAddressesAndTheNullSender(String text, String expected) {
        assertThat(SpfRequest.parseMailFrom(text, "--sender")).isEqualTo(expected);
    }

    @Test
    void parseMailFrom_namesTheProblem_withoutAt() {
        assertThatThrownBy(() -> SpfRequest.parseMailFrom("example.com", "--sender"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        "--sender: 'example.com' has no '@'; expected an address such as"
                                + " alice@example.com, or '' for the null sender");
    }

    @Test
    void parseMailFrom_namesTheProblem_withBadDomain() {
        assertThatThrownBy(() -> SpfRequest.parseMailFrom("alice@exa mple.com", "--sender"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "--sender: the domain of 'alice@exa mple.com' is not valid");
    }
}
