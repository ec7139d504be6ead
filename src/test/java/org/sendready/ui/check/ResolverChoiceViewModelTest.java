package org.sendready.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dns.Server;
import org.sendready.ui.wizard.DnsChoice;

class ResolverChoiceViewModelTest {
    private final ResolverChoiceViewModel form = new ResolverChoiceViewModel();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    # a custom resolver needs an address
                    CUSTOM        | ''                  | DNS servers: is empty; type a resolver's IP address
                    # host names are refused, so parsing never touches the network
                    CUSTOM        | dns.example.net     | DNS servers: 'dns.example.net' is not an IP address
                    # a port beyond 65535
                    CUSTOM        | 192.0.2.53:70000    | DNS servers: port '70000' is not a number from 1 to 65535
                    # one bad entry spoils the list
                    CUSTOM        | 192.0.2.53, 1.2.3   | DNS servers: '1.2.3' is not an IP address
                    # a bracket left open
                    AUTHORITATIVE | [2001:db8::53       | DNS servers: '[2001:db8::53' has '[' without ']'
                    """)
    void error_namesTheFieldAndWhatWouldBeRight(ResolverMode mode, String text, String error) {
        form.modeProperty().set(mode);
        form.serversTextProperty().set(text);

        assertThat(form.valid()).isFalse();
        assertThat(form.errorProperty().get()).startsWith(error);
    }

    @Test
    void choice_listsEveryServerTyped_withTheirPorts() {
        form.modeProperty().set(ResolverMode.CUSTOM);
        form.serversTextProperty().set(" 192.0.2.53, [2001:db8::53]:5353  198.51.100.7 ");

        assertThat(form.errorProperty().get()).isEmpty();
        assertThat(form.choiceProperty().get())
                .isEqualTo(
                        new DnsChoice(
                                List.of(
                                        new Server.Endpoint(
                                                InetAddress.ofLiteral("192.0.2.53"), 53),
                                        new Server.Endpoint(
                                                InetAddress.ofLiteral("2001:db8::53"), 5353),
                                        new Server.Endpoint(
                                                InetAddress.ofLiteral("198.51.100.7"), 53)),
                                false));
    }

    @Test
    void choice_keepsTheLastValidOne_whileTheTextDoesNotParse() {
        form.modeProperty().set(ResolverMode.CUSTOM);
        form.serversTextProperty().set("192.0.2.53");
        var valid = form.choiceProperty().get();

        form.serversTextProperty().set("192.0.2.");

        assertThat(form.valid()).isFalse();
        assertThat(form.choiceProperty().get()).isEqualTo(valid);
    }

    @Test
    void authoritative_findsNameServersThroughTheSystem_whenNoServerIsTyped() {
        form.modeProperty().set(ResolverMode.AUTHORITATIVE);

        assertThat(form.valid()).isTrue();
        assertThat(form.choiceProperty().get()).isEqualTo(new DnsChoice(List.of(), true));
    }

    @Test
    void system_ignoresTheTextTyped_andClearsTheError() {
        form.modeProperty().set(ResolverMode.CUSTOM);
        form.serversTextProperty().set("not an address");

        form.modeProperty().set(ResolverMode.SYSTEM);

        assertThat(form.valid()).isTrue();
        assertThat(form.choiceProperty().get()).isEqualTo(DnsChoice.system());
        assertThat(form.serversTextProperty().get())
                .as("typed input is never lost")
                .isEqualTo("not an address");
    }

    @Test
    void load_showsTheWizardsChoice() {
        var server = new Server.Endpoint(InetAddress.ofLiteral("192.0.2.53"), 5353);

        form.load(new DnsChoice(List.of(server), true));

        assertThat(form.modeProperty().get()).isEqualTo(ResolverMode.AUTHORITATIVE);
        assertThat(form.serversTextProperty().get()).isEqualTo("192.0.2.53:5353");
    }

    @Test
    void previewing_isOff_inAuthoritativeMode() {
        form.previewProperty().set(true);
        assertThat(form.previewing()).isTrue();

        form.modeProperty().set(ResolverMode.AUTHORITATIVE);

        assertThat(form.previewing()).isFalse();
    }
}
