package org.sendready.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.input.InvalidInput;

class ServerTest {

    @ParameterizedTest
    @CsvSource({
        "192.0.2.53, 192.0.2.53:53", // IPv4, default port
        "192.0.2.53:5353, 192.0.2.53:5353", // IPv4 with port
        "' 127.0.0.1:53 ', 127.0.0.1:53", // spaces trimmed
        "2001:db8::53, [2001:db8:0:0:0:0:0:53]:53", // bare IPv6 cannot carry a port
        "'[::1]:5353', '[0:0:0:0:0:0:0:1]:5353'", // bracketed IPv6 with port
        "'[::1]', '[0:0:0:0:0:0:0:1]:53'", // bracketed IPv6 without port
    })
    void parse_readsAddressAndPort(String text, String display) {
        assertThat(Server.Endpoint.parse(text, "--dns").display()).isEqualTo(display);
    }

    @ParameterizedTest
    @CsvSource({
        "'', is empty", // nothing
        "dns.example.com, is not an IP address", // host names are not looked up
        "1.2.3, is not an IP address", // the JDK would read this as 1.2.0.3
        "192.0.2.1:0, is not a number from 1 to 65535", // port zero
        "192.0.2.1:dns, is not a number from 1 to 65535", // port not a number
        "'[::1', has '[' without ']'", // unclosed bracket
        "'[::1]5353', expected ':port'", // missing colon
    })
    void parse_rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> Server.Endpoint.parse(text, "--dns"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("--dns: ")
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "SYSTEM, system", // the machine's resolvers
        "PLANNED, planned", // the preview overlay
    })
    void source_displaysItsName(Server.Source source, String display) {
        assertThat(source.display()).isEqualTo(display);
    }
}
