package org.sendready.plan;

import java.net.InetAddress;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimPublicKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;

/// Plans for tests: a typical one-host setup with a real public key.
public final class PlanFixtures {
    private PlanFixtures() {}

    public static SendingHost host(String hostname, String... ips) {
        List<InetAddress> addresses =
                java.util.Arrays.stream(ips).map(ip -> IpAddresses.parse(ip, "ip")).toList();
        return new SendingHost(DomainName.parseHostname(hostname, "hostname"), addresses);
    }

    public static DkimKeyRef rsaKey(String selector, int bits, Optional<Path> file) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            var publicKey = DkimPublicKey.of(generator.generateKeyPair().getPublic());
            return new DkimKeyRef(DkimSelector.parse(selector), file, DkimKeyRecord.of(publicKey));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /// example.com sent from mail.example.com at a public address, no DKIM key yet: checks of
    /// it are not warned about documentation address ranges.
    public static SetupPlan publicHost() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(host("mail.example.com", "45.67.89.10")),
                List.of());
    }

    /// example.com sent from mail.example.com (IPv4 and IPv6), one 2048-bit DKIM key.
    public static SetupPlan example() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(host("mail.example.com", "192.0.2.10", "2001:db8::10")),
                List.of(rsaKey("s2026", 2048, Optional.empty())));
    }
}
