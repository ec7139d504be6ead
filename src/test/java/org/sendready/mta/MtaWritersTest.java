package org.sendready.mta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;

/// Exact text of every snippet, for one key and for two (dual RSA + Ed25519 signing of one
/// domain, or two domains).
class MtaWritersTest {

    private static final DomainName EXAMPLE = DomainName.parse("example.com");
    private static final DomainName OTHER = DomainName.parse("example.org");

    private static final SigningKey ONE = SigningKey.inOpenDkimLayout(EXAMPLE, "s2025");
    private static final List<SigningKey> TWO_DOMAINS =
            List.of(ONE, SigningKey.inOpenDkimLayout(OTHER, "mail"));
    private static final List<SigningKey> DUAL =
            List.of(
                    SigningKey.inRspamdLayout(EXAMPLE, "rsa2025"),
                    SigningKey.inRspamdLayout(EXAMPLE, "ed2025"));

    @Test
    void postfix_writesMilterLines_forOpenDkim() {
        assertThat(
                        PostfixMilterWriter.write(
                                SigningFilter.OPENDKIM, SigningFilter.OPENDKIM.defaultSocket()))
                .isEqualTo(
                        """
                        # /etc/postfix/main.cf
                        # DKIM signing through OpenDKIM. Add these lines, then run: postfix reload
                        # If smtpd_milters is already set, keep its milters and add this one, separated by ','.
                        milter_default_action = accept
                        milter_protocol = 6
                        smtpd_milters = inet:127.0.0.1:8891
                        non_smtpd_milters = $smtpd_milters
                        """);
    }

    @Test
    void postfix_writesMilterLines_forRspamd_andUnixSocketNote() {
        assertThat(
                        PostfixMilterWriter.write(
                                SigningFilter.RSPAMD, SigningFilter.RSPAMD.defaultSocket()))
                .contains("DKIM signing through rspamd.")
                .contains("smtpd_milters = inet:localhost:11332\n");
        assertThat(
                        PostfixMilterWriter.write(
                                SigningFilter.OPENDKIM,
                                new MilterSocket.Unix("/run/opendkim/opendkim.sock")))
                .contains("relative to it.\n")
                .contains("smtpd_milters = unix:/run/opendkim/opendkim.sock\n");
    }

    @Test
    void openDkimConf_writesEssentials_forOneKey() {
        assertThat(OpenDkimConfWriter.write(List.of(ONE), SigningFilter.OPENDKIM.defaultSocket()))
                .isEqualTo(
                        """
                        # /etc/opendkim.conf
                        # Signing essentials. Merge into the distribution's file (keep its UserID, PidFile, UMask),
                        # then run: systemctl restart opendkim
                        Mode                sv
                        Canonicalization    relaxed/simple
                        Socket              inet:8891@127.0.0.1
                        KeyTable            file:/etc/opendkim/KeyTable
                        SigningTable        refile:/etc/opendkim/SigningTable
                        ExternalIgnoreList  refile:/etc/opendkim/TrustedHosts
                        InternalHosts       refile:/etc/opendkim/TrustedHosts
                        OversignHeaders     From
                        """);
    }

    @Test
    void openDkimConf_addsMultipleSignatures_onlyForTwoKeysOfOneDomain() {
        var socket = new MilterSocket.Unix("/run/opendkim/opendkim.sock");
        assertThat(OpenDkimConfWriter.write(TWO_DOMAINS, socket))
                .doesNotContain("MultipleSignatures")
                .contains("Socket              local:/run/opendkim/opendkim.sock\n");
        assertThat(OpenDkimConfWriter.write(DUAL, socket))
                .endsWith("OversignHeaders     From\nMultipleSignatures  yes\n");
    }

    @Test
    void keyTable_writesOneLinePerKey() {
        assertThat(OpenDkimKeyTableWriter.write(List.of(ONE)))
                .isEqualTo(
                        """
                        # /etc/opendkim/KeyTable
                        # key name, then domain:selector:private key file
                        s2025._domainkey.example.com example.com:s2025:/etc/opendkim/keys/example.com/s2025.private
                        """);
        assertThat(OpenDkimKeyTableWriter.write(TWO_DOMAINS))
                .isEqualTo(
                        """
                        # /etc/opendkim/KeyTable
                        # key name, then domain:selector:private key file
                        s2025._domainkey.example.com example.com:s2025:/etc/opendkim/keys/example.com/s2025.private
                        mail._domainkey.example.org example.org:mail:/etc/opendkim/keys/example.org/mail.private
                        """);
    }

    @Test
    void keyTable_rejectsPathWithSpace_withReason() {
        var key = new SigningKey(EXAMPLE, "s1", "/srv/dkim keys/s1.private");
        assertThatThrownBy(() -> OpenDkimKeyTableWriter.write(List.of(key)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith(
                        "private key path: '/srv/dkim keys/s1.private' contains a space, which"
                                + " OpenDKIM's KeyTable cannot hold");
    }

    @Test
    void keyTable_rejectsPathWithColon() {
        var key = new SigningKey(EXAMPLE, "s1", "/srv/dkim:keys/s1.private");
        assertThatThrownBy(() -> OpenDkimKeyTableWriter.write(List.of(key)))
                .hasMessageContaining("contains ':'");
    }

    @Test
    void signingTable_writesOnePatternPerKey() {
        assertThat(OpenDkimSigningTableWriter.write(List.of(ONE)))
                .isEqualTo(
                        """
                        # /etc/opendkim/SigningTable
                        # sender pattern, then the KeyTable name of the key that signs its mail
                        *@example.com s2025._domainkey.example.com
                        """);
        assertThat(OpenDkimSigningTableWriter.write(DUAL))
                .isEqualTo(
                        """
                        # /etc/opendkim/SigningTable
                        # sender pattern, then the KeyTable name of the key that signs its mail
                        *@example.com rsa2025._domainkey.example.com
                        *@example.com ed2025._domainkey.example.com
                        """);
    }

    @Test
    void trustedHosts_listsLocalHostFirst_thenPlanHostsOnce() {
        assertThat(OpenDkimTrustedHostsWriter.write(List.of()))
                .isEqualTo(
                        """
                        # /etc/opendkim/TrustedHosts
                        # hosts whose mail OpenDKIM signs: addresses, CIDR networks, host names
                        127.0.0.1
                        ::1
                        localhost
                        """);
        var hosts =
                List.of(
                        TrustedHost.parse("192.0.2.10", "host"),
                        TrustedHost.parse("2001:DB8:0:0::25", "host"),
                        TrustedHost.parse("198.51.100.0/24", "host"),
                        TrustedHost.parse("Mail.Example.com", "host"),
                        TrustedHost.parse("127.0.0.1", "host"));
        assertThat(OpenDkimTrustedHostsWriter.write(hosts))
                .isEqualTo(
                        """
                        # /etc/opendkim/TrustedHosts
                        # hosts whose mail OpenDKIM signs: addresses, CIDR networks, host names
                        127.0.0.1
                        ::1
                        localhost
                        192.0.2.10
                        2001:db8::25
                        198.51.100.0/24
                        mail.example.com
                        """);
    }

    @Test
    void rspamd_writesOneSelector() {
        assertThat(
                        RspamdDkimSigningWriter.write(
                                List.of(SigningKey.inRspamdLayout(EXAMPLE, "s2025"))))
                .isEqualTo(
                        """
                        # /etc/rspamd/local.d/dkim_signing.conf
                        # rspamd signs mail from authenticated users and from local_addrs; its user (_rspamd)
                        # must be able to read the key files. Then run: systemctl reload rspamd
                        allow_username_mismatch = true;
                        use_esld = false;
                        try_fallback = false;

                        domain {
                          example.com {
                            selectors [
                              {
                                path = "/var/lib/rspamd/dkim/example.com.s2025.key";
                                selector = "s2025";
                              }
                            ]
                          }
                        }
                        """);
    }

    @Test
    void rspamd_groupsTwoSelectorsOfOneDomain_forDualSigning() {
        assertThat(RspamdDkimSigningWriter.write(DUAL))
                .endsWith(
                        """
                        domain {
                          example.com {
                            selectors [
                              {
                                path = "/var/lib/rspamd/dkim/example.com.rsa2025.key";
                                selector = "rsa2025";
                              },
                              {
                                path = "/var/lib/rspamd/dkim/example.com.ed2025.key";
                                selector = "ed2025";
                              }
                            ]
                          }
                        }
                        """);
    }

    @Test
    void rspamd_writesOneBlockPerDomain() {
        assertThat(RspamdDkimSigningWriter.write(TWO_DOMAINS))
                .contains(
                        """
                          example.com {
                            selectors [
                              {
                                path = "/etc/opendkim/keys/example.com/s2025.private";
                                selector = "s2025";
                              }
                            ]
                          }
                          example.org {
                        """);
    }

    @Test
    void rspamd_quotesPathWithSpacesAndEscapesQuotes() {
        var key = new SigningKey(EXAMPLE, "s1", "/srv/dkim keys/\"odd\\name\".key");
        assertThat(RspamdDkimSigningWriter.write(List.of(key)))
                .contains("        path = \"/srv/dkim keys/\\\"odd\\\\name\\\".key\";\n");
    }

    @Test
    void rspamd_rejectsPathWithDollar() {
        var key = new SigningKey(EXAMPLE, "s1", "/srv/$HOME/s1.key");
        assertThatThrownBy(() -> RspamdDkimSigningWriter.write(List.of(key)))
                .hasMessageStartingWith("private key path: '/srv/$HOME/s1.key' contains '$'");
    }
}
