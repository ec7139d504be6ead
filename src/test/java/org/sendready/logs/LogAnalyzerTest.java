package org.sendready.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogAnalyzerTest {
    @TempDir Path dir;

    private static LogAnalysis analyze(Path... paths) {
        return LogAnalyzer.analyze(
                List.of(paths).stream().map(p -> LogSource.of(p, ZoneId.systemDefault())).toList());
    }

    private static LogSource text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new LogSource(name, YearMonth.of(2026, 11), () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void analyze_countsFixture_asPflogsummDoes() {
        var analysis = analyze(LogFixtures.copy(dir, "mail.log"));
        var s = analysis.statuses();
        assertThat(s.sent()).isEqualTo(LogFixtures.DELIVERED);
        assertThat(s.deferredMessages()).isEqualTo(LogFixtures.DEFERRED);
        assertThat(s.bounced()).isEqualTo(LogFixtures.BOUNCED);
        assertThat(s).isEqualTo(new StatusCounts(5, 3, 1, 3, 2, 3, 1, 1, 6));
        assertThat(analysis.lines()).isEqualTo(new LineCounts(35, 32, 2, 1));
        assertThat(analysis.first()).contains(LocalDateTime.of(2026, 11, 26, 9, 59, 58));
        assertThat(analysis.last()).contains(LocalDateTime.of(2026, 11, 26, 11, 0, 7));
        assertThat(analysis.limits()).isEqualTo(new LogAnalysis.Limits(0, 0, 0));
    }

    @Test
    void analyze_aggregatesByDomainCodeReasonAndHour() {
        var analysis = analyze(LogFixtures.copy(dir, "mail.log"));
        assertThat(analysis.domains())
                .contains(
                        new DomainStats("example.org", 1, 1, 1, 0, 0),
                        new DomainStats("hot-mail.com", 0, 2, 0, 1, 2),
                        new DomainStats("gmail.com", 1, 0, 1, 0, 0));
        assertThat(analysis.topDomains(1))
                .extracting(DomainStats::domain)
                .containsExactly("example.org");
        assertThat(analysis.topProblemDomains(1))
                .extracting(DomainStats::domain)
                .containsExactly("hot-mail.com");
        assertThat(analysis.codes())
                .contains(new CodeCount("2.0.0", 3, 0, 0), new CodeCount("4.4.3", 0, 2, 0));
        assertThat(analysis.reasons().getFirst())
                .isEqualTo(
                        new ReasonCount(
                                DeliveryStatus.DEFERRED,
                                "4.4.3",
                                "Host or domain name not found. Name service error for"
                                        + " name=hot-mail.com type=MX: Host not found, try again",
                                2,
                                "erin@hot-mail.com"));
        assertThat(analysis.hourly())
                .containsExactly(
                        new TimeBucket(LocalDateTime.of(2026, 11, 26, 10, 0), 3, 2, 3, 0),
                        new TimeBucket(LocalDateTime.of(2026, 11, 26, 11, 0), 0, 1, 0, 1));
        assertThat(analysis.daily())
                .containsExactly(new TimeBucket(LocalDateTime.of(2026, 11, 26, 0, 0), 3, 3, 3, 1));
    }

    @Test
    void analyze_flagsDnsFailure_withLikelyTypoAndRecipients() {
        var analysis = analyze(LogFixtures.copy(dir, "mail.log"));
        assertThat(analysis.dnsProblems())
                .containsExactly(
                        new DnsProblem(
                                "hot-mail.com",
                                2,
                                Optional.of("hotmail.com"),
                                List.of("erin@hot-mail.com")));
    }

    @Test
    void analyze_readsGzip_likeThePlainFile() {
        var plain = analyze(LogFixtures.copy(dir, "mail.log"));
        var gz = analyze(LogFixtures.gzip(dir, "mail.log.1.gz"));
        assertThat(gz.statuses()).isEqualTo(plain.statuses());
        assertThat(gz.files().getFirst().bytes()).isEqualTo(plain.files().getFirst().bytes());
    }

    @Test
    void analyze_keepsWhatWasRead_whenGzipIsTruncated() throws IOException {
        var gz = LogFixtures.gzip(dir, "mail.log.2.gz");
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length - 20));
        var analysis = analyze(gz);
        assertThat(analysis.files().getFirst().problem())
                .hasValueSatisfying(p -> assertThat(p).startsWith("reading stopped after line"));
        assertThat(analysis.lines().total()).isPositive();
    }

    @Test
    void analyze_joinsFilesInOrder_acrossRotation() throws IOException {
        var lines = Files.readAllLines(LogFixtures.copy(dir, "all.log"));
        var older = dir.resolve("mail.log.1");
        var newer = dir.resolve("mail.log");
        Files.write(older, lines.subList(0, 20));
        Files.write(newer, lines.subList(20, lines.size()));
        LogFixtures.touch(older);
        LogFixtures.touch(newer);
        var split = analyze(older, newer);
        var whole = analyze(dir.resolve("all.log"));
        assertThat(split.statuses()).isEqualTo(whole.statuses());
        assertThat(split.files()).extracting(FileSummary::lines).containsExactly(20L, 15L);
    }

    @Test
    void analyze_handsOutLifecycles_withInterleavedQueueIds() {
        var log =
                """
                2026-11-26T10:00:00Z mx postfix/qmgr[1]: AAAAAA0001: from=<a@example.com>, size=10, nrcpt=2 (queue active)
                2026-11-26T10:00:00Z mx postfix/qmgr[1]: BBBBBB0002: from=<b@example.com>, size=20, nrcpt=1 (queue active)
                2026-11-26T10:00:01Z mx postfix/smtp[2]: AAAAAA0001: to=<x@one.example>, relay=mx[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (greylisted)
                2026-11-26T10:00:01Z mx postfix/smtp[3]: BBBBBB0002: to=<y@two.example>, relay=mx[192.0.2.2]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (ok)
                2026-11-26T10:00:02Z mx postfix/qmgr[1]: BBBBBB0002: removed
                2026-11-26T10:00:03Z mx postfix/smtp[2]: AAAAAA0001: to=<z@one.example>, relay=mx[192.0.2.1]:25, delay=3, delays=0/0/0/3, dsn=5.1.1, status=bounced (unknown)
                2026-11-26T10:30:00Z mx postfix/smtp[2]: AAAAAA0001: to=<x@one.example>, relay=mx[192.0.2.1]:25, delay=1800, delays=0/0/0/1, dsn=4.7.1, status=deferred (greylisted)
                2026-11-27T10:00:00Z mx postfix/qmgr[1]: AAAAAA0001: from=<a@example.com>, status=expired, returned to sender
                2026-11-27T10:00:00Z mx postfix/qmgr[1]: AAAAAA0001: removed
                """;
        var lifecycles = new ArrayList<MessageLifecycle>();
        var analysis = LogAnalyzer.analyze(List.of(text("mem", log)), lifecycles::add);
        assertThat(lifecycles)
                .extracting(
                        MessageLifecycle::queueId, MessageLifecycle::expired, MessageLifecycle::end)
                .containsExactly(
                        Tuple.tuple("BBBBBB0002", false, MessageLifecycle.End.REMOVED),
                        Tuple.tuple("AAAAAA0001", true, MessageLifecycle.End.REMOVED));
        assertThat(lifecycles.getLast().deliveries()).hasSize(3);
        assertThat(lifecycles.getLast().sender()).contains("a@example.com");
        var s = analysis.statuses();
        assertThat(s.deferrals()).isEqualTo(2);
        assertThat(s.deferredMessages()).isEqualTo(1);
        assertThat(s.expiredMessages()).isEqualTo(1);
        assertThat(s.expiredRecipients()).isEqualTo(1);
        assertThat(analysis.domains()).contains(new DomainStats("one.example", 0, 2, 1, 1, 0));
    }

    @Test
    void analyze_keepsCounts_whenOpenMessagesAreEvicted() {
        var log = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            log.append(
                    "2026-11-26T10:00:00Z mx postfix/qmgr[1]: AB%08d: from=<a@example.com>,"
                                    .formatted(i)
                            + " size=1, nrcpt=1 (queue active)\n");
        }
        for (int i = 0; i < 50; i++) {
            log.append(
                    ("2026-11-26T10:00:01Z mx postfix/smtp[2]: AB%08d: to=<x@one.example>,"
                                    + " relay=mx[192.0.2.1]:25, delay=1, delays=0/0/0/1,"
                                    + " dsn=2.0.0, status=sent (ok)\n")
                            .formatted(i));
        }
        var capped = LogAnalyzer.analyze(List.of(text("mem", log.toString())), null, 10);
        var free = LogAnalyzer.analyze(List.of(text("mem", log.toString())));
        assertThat(capped.statuses().sent()).isEqualTo(free.statuses().sent()).isEqualTo(50);
        assertThat(capped.limits().evictedMessages()).isEqualTo(90);
        assertThat(free.limits().evictedMessages()).isZero();
        assertThat(free.limits().openAtEnd()).isEqualTo(50);
    }

    @Test
    void analyze_stopsWithCancellation_whenTheThreadIsInterrupted() throws Exception {
        var file = LogFixtures.copy(dir, "mail.log");
        var outcome = new AtomicReference<Throwable>();
        var worker =
                new Thread(
                        () -> {
                            Thread.currentThread().interrupt();
                            try {
                                analyze(file);
                            } catch (CancellationException e) {
                                outcome.set(e);
                            }
                        });
        worker.start();
        worker.join();
        assertThat(outcome.get())
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("mail.log");
    }

    @Test
    void analyze_countsOtherProgramsAndMalformedLines_withoutFailing() {
        var analysis =
                LogAnalyzer.analyze(
                        List.of(
                                text(
                                        "mem",
                                        "garbage\r\n\r\nNov 26 10:00:00 mx sshd[1]: hello\n"
                                                + "Nov 26 10:00:00 mx postfix/smtpd[2]: connect"
                                                + " from x[192.0.2.1]")));
        assertThat(analysis.lines()).isEqualTo(new LineCounts(4, 1, 1, 2));
    }
}
