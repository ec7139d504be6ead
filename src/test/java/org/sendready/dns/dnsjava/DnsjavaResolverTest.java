package org.sendready.dns.dnsjava;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsAnswer.Failure;
import org.sendready.dns.DomainName;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.ResourceRecord;
import org.sendready.dns.RrType;
import org.sendready.dns.Server;
import org.sendready.records.TxtStrings;
import org.sendready.testing.Fault;
import org.sendready.testing.TestDnsServer;
import org.sendready.testing.TestDnsServer.Transport;

/// The live resolver against [TestDnsServer] on 127.0.0.1, over real UDP and TCP.
class DnsjavaResolverTest {

    /// Short timing so failure tests are quick: 300 ms per try, two tries, 1 s in all.
    static final Duration TRY = Duration.ofMillis(300);

    static final Duration DEADLINE = Duration.ofSeconds(1);

    /// "Never hangs": a generous bound, three deadlines, for futures to complete.
    static final long NEVER_HANGS_MS = 3 * DEADLINE.toMillis();

    private ExecutorService executor;
    private TestDnsServer dns;

    @BeforeEach
    void start() {
        executor = Executors.newVirtualThreadPerTaskExecutor();
        dns =
                TestDnsServer.start()
                        .zone(
                                "example.com",
                                """
                                @ 3600 SOA ns1 hostmaster 7 3600 600 86400 300
                                @ 3600 NS ns1
                                ns1 A 127.0.0.1
                                @ 600 TXT "v=spf1 -all"
                                @ 600 A 192.0.2.10
                                """);
    }

    @AfterEach
    void stop() {
        dns.close();
        executor.shutdownNow();
    }

    private DnsjavaResolver resolver(Server.Endpoint... servers) {
        return new DnsjavaResolver(
                new ResolverOptions(List.of(servers), TRY, 2, DEADLINE), executor);
    }

    private DnsAnswer ask(String name, RrType type) throws Exception {
        return resolver(dns.endpoint())
                .query(DomainName.parse(name), type)
                .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);
    }

    @Test
    void query_returnsRecordsWithTtlAndServer_whenTheNameHasTheType() throws Exception {
        var answer = ask("example.com", RrType.TXT);

        assertThat(answer)
                .isEqualTo(
                        new DnsAnswer.Records(
                                List.of(
                                        new ResourceRecord.Txt(
                                                DomainName.parse("example.com"),
                                                Duration.ofSeconds(600),
                                                List.of("v=spf1 -all"))),
                                Duration.ofSeconds(600),
                                dns.endpoint()));
    }

    @Test
    void query_seesAChangeAtOnce_becauseNothingIsCached() throws Exception {
        var resolver = resolver(dns.endpoint());
        var name = DomainName.parse("_dmarc.example.com");
        var before = resolver.query(name, RrType.TXT).get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

        dns.add("example.com", "_dmarc TXT \"v=DMARC1; p=none\"");
        var after = resolver.query(name, RrType.TXT).get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

        assertThat(before).isInstanceOf(DnsAnswer.NxDomain.class);
        assertThat(after).isInstanceOf(DnsAnswer.Records.class);
    }

    @Test
    void systemResolver_readsTheMachinesServers_withoutAskingThem() {
        var system = new DnsjavaResolver(ResolverOptions.system(), executor);

        assertThat(system.servers()).isNotEmpty();
    }

    @Test
    void query_returnsNxDomainWithSoaMinimum_whenTheNameDoesNotExist() throws Exception {
        assertThat(ask("nothing.example.com", RrType.TXT))
                .isEqualTo(new DnsAnswer.NxDomain(Duration.ofSeconds(300), dns.endpoint()));
    }

    @Test
    void query_returnsNoData_whenTheNameHasOtherTypesOnly() throws Exception {
        assertThat(ask("ns1.example.com", RrType.TXT))
                .isEqualTo(new DnsAnswer.NoData(Duration.ofSeconds(300), dns.endpoint()));
    }

    @Test
    void query_takesNegativeTtlFromSoaTtl_whenItIsBelowMinimum() throws Exception {
        dns.zone(
                "short.test",
                """
                @ 60 SOA ns1 hostmaster 1 3600 600 86400 900
                @ 60 NS ns1
                """);

        assertThat(ask("missing.short.test", RrType.A))
                .isEqualTo(new DnsAnswer.NxDomain(Duration.ofSeconds(60), dns.endpoint()));
    }

    @Test
    void query_returnsNoData_forAnEmptyNonTerminal() throws Exception {
        dns.add("example.com", "s1._domainkey TXT \"v=DKIM1; p=\"");

        assertThat(ask("_domainkey.example.com", RrType.TXT)).isInstanceOf(DnsAnswer.NoData.class);
    }

    @Test
    void query_followsCname_andTakesTheLowestTtlOfTheChain() throws Exception {
        dns.add(
                "example.com",
                """
                s1._domainkey 60 CNAME s1.keys
                s1.keys 900 TXT "v=DKIM1; p=abc"
                """);

        var answer = (DnsAnswer.Records) ask("s1._domainkey.example.com", RrType.TXT);

        assertThat(answer.ttl()).isEqualTo(Duration.ofSeconds(60));
        var txt = answer.recordsOf(ResourceRecord.Txt.class).getFirst();
        assertThat(txt.owner()).isEqualTo(DomainName.parse("s1.keys.example.com"));
        assertThat(txt.joined()).isEqualTo("v=DKIM1; p=abc");
    }

    @Test
    void query_returnsNxDomain_whenCnameTargetDoesNotExist() throws Exception {
        dns.add("example.com", "dangling CNAME gone");

        assertThat(ask("dangling.example.com", RrType.TXT)).isInstanceOf(DnsAnswer.NxDomain.class);
    }

    @Test
    void query_returnsNoData_whenCnameChainEndsWithoutTheType() throws Exception {
        dns.add("example.com", "alias CNAME ns1");

        assertThat(ask("alias.example.com", RrType.TXT)).isInstanceOf(DnsAnswer.NoData.class);
    }

    @Test
    void query_returnsTheAliasItself_whenCnameIsAsked() throws Exception {
        dns.add("example.com", "alias 120 CNAME ns1");

        var answer = (DnsAnswer.Records) ask("alias.example.com", RrType.CNAME);

        assertThat(answer.records())
                .containsExactly(
                        new ResourceRecord.Cname(
                                DomainName.parse("alias.example.com"),
                                Duration.ofSeconds(120),
                                DomainName.parse("ns1.example.com")));
    }

    @Test
    void query_readsAKeyOf4096Bits_inOneTxtRecordOfSeveralStrings() throws Exception {
        var value = dkimRecord();
        dns.add("example.com", "big._domainkey TXT " + quoted(value));

        var answer = (DnsAnswer.Records) ask("big._domainkey.example.com", RrType.TXT);

        assertThat(answer.recordsOf(ResourceRecord.Txt.class).getFirst().joined()).isEqualTo(value);
        // about 800 octets: EDNS (1232) lets it through UDP, where 512 would have cut it
        assertThat(dns.queries("big._domainkey.example.com", "TXT", Transport.TCP)).isZero();
    }

    @Test
    void query_retriesOverTcp_whenTwoBigKeysOverflowTheUdpSize() throws Exception {
        var old = dkimRecord();
        var fresh = old.replace("k=rsa;", "k=rsa; t=s;");
        dns.add("example.com", "roll TXT " + quoted(old) + "\nroll TXT " + quoted(fresh));

        var answer = (DnsAnswer.Records) ask("roll.example.com", RrType.TXT);

        assertThat(answer.recordsOf(ResourceRecord.Txt.class))
                .extracting(ResourceRecord.Txt::joined)
                .containsExactlyInAnyOrder(old, fresh);
        assertThat(dns.queries("roll.example.com", "TXT", Transport.UDP)).isEqualTo(1);
        assertThat(dns.queries("roll.example.com", "TXT", Transport.TCP)).isEqualTo(1);
    }

    @Test
    void query_retriesOverTcp_whenTheServerSetsTc() throws Exception {
        dns.fault("example.com", Fault.truncate());

        assertThat(ask("example.com", RrType.TXT)).isInstanceOf(DnsAnswer.Records.class);
        assertThat(dns.queries("example.com", "TXT", Transport.TCP)).isEqualTo(1);
    }

    @Test
    void query_timesOut_whenTheAnswerComesTooLate() throws Exception {
        dns.fault("example.com", Fault.delay(Duration.ofSeconds(10)));

        assertThat(ask("example.com", RrType.TXT))
                .isEqualTo(new DnsAnswer.Failed(Failure.TIMEOUT, dns.endpoint()));
    }

    @Test
    void query_completesByTheDeadline_whenTriesWouldTakeLonger() throws Exception {
        dns.fault("example.com", Fault.drop());
        var patient =
                new DnsjavaResolver(
                        new ResolverOptions(
                                List.of(dns.endpoint()),
                                Duration.ofSeconds(5),
                                3,
                                Duration.ofMillis(500)),
                        executor);

        // well before the first try's 5 s would end
        var answer =
                patient.query(DomainName.parse("example.com"), RrType.TXT)
                        .get(2500, TimeUnit.MILLISECONDS);

        assertThat(answer).isEqualTo(new DnsAnswer.Failed(Failure.TIMEOUT, dns.endpoint()));
    }

    @Test
    void query_timesOutAfterItsTries_whenQueriesAreDropped() throws Exception {
        dns.fault("example.com", Fault.drop());

        assertThat(ask("example.com", RrType.TXT))
                .isEqualTo(new DnsAnswer.Failed(Failure.TIMEOUT, dns.endpoint()));
        assertThat(dns.queries("example.com", "TXT", Transport.UDP)).isEqualTo(2);
    }

    @Test
    void query_answers_whenOnlyTheFirstTryIsDropped() throws Exception {
        dns.fault("example.com", Fault.drop(), 1);

        assertThat(ask("example.com", RrType.TXT)).isInstanceOf(DnsAnswer.Records.class);
        assertThat(dns.queries("example.com", "TXT", Transport.UDP)).isEqualTo(2);
    }

    @Test
    void query_reportsServfail() throws Exception {
        dns.fault("example.com", Fault.servfail());

        assertThat(ask("example.com", RrType.TXT))
                .isEqualTo(new DnsAnswer.Failed(Failure.SERVFAIL, dns.endpoint()));
    }

    @Test
    void query_reportsRefused_whenTheServerHasNoSuchZone() throws Exception {
        assertThat(ask("example.org", RrType.TXT))
                .isEqualTo(new DnsAnswer.Failed(Failure.REFUSED, dns.endpoint()));
    }

    @Test
    void query_runsIndependentQueriesConcurrently() throws Exception {
        var delay = Duration.ofMillis(200);
        var names = IntStream.range(0, 10).mapToObj(i -> "n" + i + ".example.com").toList();
        for (var name : names) {
            dns.add("example.com", name + ". TXT \"x\"").fault(name, Fault.delay(delay));
        }
        var resolver = resolver(dns.endpoint());

        long start = System.nanoTime();
        var futures =
                names.stream().map(n -> resolver.query(DomainName.parse(n), RrType.TXT)).toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(futures).allMatch(f -> f.join() instanceof DnsAnswer.Records);
        assertThat(elapsedMs).isLessThan(1500); // one after another would take 2000
        assertThat(dns.maxInFlight()).isGreaterThan(1);
    }

    @Test
    void query_asksTheNextServer_whenTheFirstIsSilent() throws Exception {
        try (var silent = TestDnsServer.start()) {
            silent.zone("example.com", "").fault("example.com", Fault.drop());

            var answer =
                    resolver(silent.endpoint(), dns.endpoint())
                            .query(DomainName.parse("example.com"), RrType.TXT)
                            .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

            assertThat(answer).isInstanceOf(DnsAnswer.Records.class);
            assertThat(answer.from()).isEqualTo(dns.endpoint());
            assertThat(silent.queries("example.com", "TXT")).isEqualTo(1);
        }
    }

    @Test
    void query_asksTheNextServer_whenTheFirstFails() throws Exception {
        try (var failing = TestDnsServer.start()) {
            failing.zone("example.com", "").fault("example.com", Fault.servfail());

            var answer =
                    resolver(failing.endpoint(), dns.endpoint())
                            .query(DomainName.parse("example.com"), RrType.TXT)
                            .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

            assertThat(answer.from()).isEqualTo(dns.endpoint());
        }
    }

    @Test
    void query_reportsTheServersVerdictOverSilence_whenAllFail() throws Exception {
        try (var silent = TestDnsServer.start()) {
            silent.zone("example.com", "").fault("example.com", Fault.drop());
            dns.fault("example.com", Fault.refused());

            var answer =
                    resolver(dns.endpoint(), silent.endpoint())
                            .query(DomainName.parse("example.com"), RrType.TXT)
                            .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

            assertThat(answer).isEqualTo(new DnsAnswer.Failed(Failure.REFUSED, dns.endpoint()));
        }
    }

    @Test
    void query_failsQuickly_whenNobodyListens() throws Exception {
        var gone = TestDnsServer.start();
        var endpoint = gone.endpoint();
        gone.close();

        var answer =
                resolver(endpoint)
                        .query(DomainName.parse("example.com"), RrType.TXT)
                        .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

        assertThat(answer).isInstanceOf(DnsAnswer.Failed.class);
        assertThat(((DnsAnswer.Failed) answer).kind()).isIn(Failure.NETWORK, Failure.TIMEOUT);
    }

    @Test
    void ask_returnsTheAuthoritativeAnswer() throws Exception {
        var answer =
                resolver()
                        .ask(dns.endpoint(), DomainName.parse("example.com"), RrType.A)
                        .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

        assertThat(answer).isInstanceOf(DnsAnswer.Records.class);
    }

    @Test
    void ask_reportsNotAuthoritative_whenTheServerRefersElsewhere() throws Exception {
        dns.add("example.com", "sub NS ns.sub\nns.sub A 127.0.0.9");

        var answer =
                resolver()
                        .ask(dns.endpoint(), DomainName.parse("www.sub.example.com"), RrType.A)
                        .get(NEVER_HANGS_MS, TimeUnit.MILLISECONDS);

        assertThat(answer)
                .isEqualTo(new DnsAnswer.Failed(Failure.NOT_AUTHORITATIVE, dns.endpoint()));
    }

    /// A DKIM record with a 4096-bit RSA key: `p=` holds about 736 base64 characters.
    private static String dkimRecord() {
        return Dkim4096.RECORD;
    }

    /// Made once, on first use: generating a 4096-bit key takes seconds.
    private static final class Dkim4096 {
        static final String RECORD = make();

        private static String make() {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(4096);
                var key = generator.generateKeyPair().getPublic().getEncoded();
                return "v=DKIM1; k=rsa; p=" + Base64.getEncoder().encodeToString(key);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has RSA", e);
            }
        }
    }

    /// Master-file form: 255-octet character-strings, each quoted.
    private static String quoted(String value) {
        return TxtStrings.split(value).stream()
                .map(s -> "\"" + s + "\"")
                .collect(Collectors.joining(" "));
    }
}
