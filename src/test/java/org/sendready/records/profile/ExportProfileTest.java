package org.sendready.records.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendready.input.InvalidInput;

class ExportProfileTest {

    @Test
    void exportProfile_idsAreTheCommandLineNames() {
        assertThat(Arrays.stream(ExportProfile.values()).map(ExportProfile::id))
                .containsExactly(
                        "dnscontrol",
                        "octodns",
                        "terraform-cloudflare",
                        "terraform-route53",
                        "cloudflare",
                        "route53",
                        "godaddy",
                        "cpanel",
                        "hetzner",
                        "generic");
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void parse_findsEveryProfile_byItsId(ExportProfile profile) {
        assertThat(ExportProfile.parse(profile.id())).isSameAs(profile);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({
        // case and surrounding blanks do not matter
        "' Route53 ', ROUTE53",
        "TERRAFORM-CLOUDFLARE, TERRAFORM_CLOUDFLARE"
    })
    void parse_ignoresCaseAndBlanks(String text, ExportProfile expected) {
        assertThat(ExportProfile.parse(text)).isSameAs(expected);
    }

    @Test
    void parse_rejectsUnknownIds_namingTheValidOnes() {
        assertThatThrownBy(() -> ExportProfile.parse("terraform"))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(
                        "profile: 'terraform' is not an export profile; expected one of"
                                + " dnscontrol, octodns, terraform-cloudflare, terraform-route53,"
                                + " cloudflare, route53, godaddy, cpanel, hetzner, generic");
    }

    @ParameterizedTest
    @EnumSource(ExportProfile.class)
    void render_writesEveryRecordOfTheSetup_andEndsWithANewline(ExportProfile profile) {
        var output = profile.render(Fixtures.setup());
        assertThat(output)
                .endsWith("\n")
                .contains("v=spf1 ip4:192.0.2.1 -all")
                .contains("2001:db8::25")
                .contains("mail.example.com")
                .contains("1.2.0.192.in-addr.arpa")
                // the first 200 characters of the key fit in any one string, split or not
                .contains(Fixtures.DKIM_4096.substring("v=DKIM1; k=rsa; p=".length(), 200));
    }
}
