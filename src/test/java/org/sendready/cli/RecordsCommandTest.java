package org.sendready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dns.DomainName;
import org.sendready.plan.ProjectFile;
import org.sendready.storage.WriteMode;
import org.sendready.testing.NamedCheckzone;
import org.xbill.DNS.Master;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class RecordsCommandTest {
    private static final Pattern ZONE_HEADER = Pattern.compile("(?m)^; ---- Zone (\\S+).*$");

    @TempDir static Path keys;

    /// A 4096-bit key made by our own `dkim keygen`, as a user would make it.
    @BeforeAll
    static void generateKey() {
        var run =
                CliRun.of(
                        "dkim",
                        "keygen",
                        "--domain",
                        "bücher.example",
                        "--selector",
                        "big",
                        "--bits",
                        "4096",
                        "--out",
                        keys.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static String[] inline(String... extra) {
        var args =
                new ArrayList<>(
                        List.of(
                                "records",
                                "--domain",
                                "bücher.example",
                                "--hostname",
                                "mail.bücher.example",
                                "--ip",
                                "192.0.2.10,2001:db8::10",
                                "--selector",
                                "big",
                                "--dkim-key",
                                keys.resolve("big.private").toString(),
                                "--receives-mail",
                                "--dmarc",
                                "v=DMARC1; p=reject; rua=mailto:dmarc+x@xn--bcher-kva.example,"
                                        + "mailto:d%21m@reports.example.org!10m"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    /// Splits the bind output into its zone sections.
    private static List<String[]> sections(String bind) {
        var matcher = ZONE_HEADER.matcher(bind);
        var starts = new ArrayList<int[]>();
        var names = new ArrayList<String>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start()});
            names.add(matcher.group(1));
        }
        var sections = new ArrayList<String[]>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : bind.length();
            sections.add(new String[] {names.get(i), bind.substring(starts.get(i)[0], end)});
        }
        return sections;
    }

    @ParameterizedTest
    @CsvSource({
        "bind, ''", // $ORIGIN-relative names
        "bind, --absolute", // fully qualified names
    })
    void bindOutput_loadsInNamedCheckzone_forEveryZone(
            String format, String absolute, @TempDir Path work) throws Exception {
        var args =
                absolute.isEmpty()
                        ? inline("--format", format)
                        : inline("--format", format, absolute);
        var run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();

        var checker = NamedCheckzone.in(work);
        var zones = sections(run.out());
        assertThat(zones)
                .extracting(z -> z[0])
                .containsExactly(
                        "xn--bcher-kva.example",
                        "reports.example.org",
                        "2.0.192.in-addr.arpa",
                        "0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
        for (var zone : zones) {
            var result = checker.check(DomainName.parse(zone[0]), zone[1]);
            assertThat(result.loadedCleanly()).as(zone[0] + ": " + result.messages()).isTrue();
        }
    }

    @Test
    void bindOutput_carriesThe4096BitKey_throughBind_backToTheSameKey(@TempDir Path work)
            throws Exception {
        var run = CliRun.of(inline());
        var forward = sections(run.out()).getFirst();
        var dump = NamedCheckzone.in(work).canonicalDump(DomainName.parse(forward[0]), forward[1]);

        String joined = null;
        try (var master = new Master(new java.io.ByteArrayInputStream(dump.getBytes()))) {
            for (var record = master.nextRecord(); record != null; record = master.nextRecord()) {
                if (record.getType() == Type.TXT
                        && record.getName().toString().startsWith("big._domainkey.")) {
                    joined = String.join("", ((TXTRecord) record).getStrings());
                }
            }
        }
        var key = PemKeyReader.read(keys.resolve("big.private")).publicKey();
        assertThat(joined).isEqualTo("v=DKIM1; k=rsa; p=" + key.base64());
        assertThat(key.bits()).isEqualTo(4096);
    }

    @Test
    void projectFile_givesTheSameRecordsAsTheInlineOptions(@TempDir Path work) throws Exception {
        var inlineRun = CliRun.of(inline("--format", "json"));
        var plan =
                org.sendready.plan.SetupPlan.start(
                                DomainName.parse("bücher.example"),
                                List.of(
                                        new org.sendready.plan.SendingHost(
                                                DomainName.parse("mail.bücher.example"),
                                                List.of(
                                                        org.sendready.dns.IpAddresses.parse(
                                                                "192.0.2.10", "ip"),
                                                        org.sendready.dns.IpAddresses.parse(
                                                                "2001:db8::10", "ip")))),
                                List.of(
                                        new org.sendready.plan.DkimKeyRef(
                                                org.sendready.dkim.DkimSelector.parse("big"),
                                                java.util.Optional.of(keys.resolve("big.private")),
                                                org.sendready.dkim.DkimKeyRecord.of(
                                                        PemKeyReader.read(
                                                                        keys.resolve("big.private"))
                                                                .publicKey()))))
                        .withReceivesMail(true)
                        .withDmarc(
                                org.sendready.dmarc.DmarcPolicy.parse(
                                        "v=DMARC1; p=reject; rua=mailto:dmarc+x@xn--bcher-kva.example,"
                                                + "mailto:d%21m@reports.example.org!10m"));
        var file = work.resolve("p.json");
        ProjectFile.save(file, plan, WriteMode.CREATE_NEW);

        var projectRun = CliRun.of("records", "--project", file.toString(), "--format", "json");

        assertThat(projectRun.exitCode()).as(projectRun.err()).isZero();
        var mapper = new ObjectMapper();
        assertThat(mapper.readTree(projectRun.out())).isEqualTo(mapper.readTree(inlineRun.out()));
    }

    @Test
    void profile_rendersForTheChosenTool() {
        var run = CliRun.of(inline("--profile", "octodns"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("v=DMARC1\\; p=reject");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a malformed domain
                "--domain|exa mple.com|--domain: 'exa mple.com' contains a space",
                // an IP that is not one
                "--ip|192.0.2.300|--ip: ",
                // an unknown output format
                "--format|yaml|'yaml' is not a format",
                // an unknown profile
                "--profile|bind9|--profile",
                // a selector that is not a DNS label
                "--selector|bad selector|--selector: ",
            })
    void badInput_isOneLineWithExitTwo(String option, String value, String message) {
        var args = new ArrayList<>(List.of(inline()));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.add(option);
            args.add(value);
        }

        var run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines().filter(l -> l.startsWith("sendready:")).count()).isEqualTo(1);
    }

    @Test
    void noPlanGiven_saysWhatToGive() {
        var run = CliRun.of("records", "--domain", "example.com");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .startsWith("sendready: --hostname: is missing; give --project FILE, or --domain");
    }

    @Test
    void missingKeyFile_namesTheFile() {
        var args = inline();
        for (int i = 0; i < args.length; i++) {
            if (args[i].endsWith("big.private")) {
                args[i] = keys.resolve("missing.private").toString();
            }
        }
        var run = CliRun.of(args);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("missing.private");
    }

    @Test
    void projectAndInlineTogether_isAUsageError(@TempDir Path work) throws Exception {
        var file = work.resolve("p.json");
        Files.writeString(file, "{}");

        var run = CliRun.of(inline("--project", file.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--project: cannot be combined with --domain");
    }
}
