package org.sendready.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.FileSummary;
import org.sendready.logs.LineCounts;
import org.sendready.logs.LogAnalysis;
import org.sendready.logs.ReasonCount;
import org.sendready.logs.StatusCounts;

/// The page's small pieces: shares, byte sizes, axis ticks, reason labels, background tasks.
class LogsPagePartsTest {
    @ParameterizedTest
    @CsvSource({
        // nothing of nothing
        "0, 0, 0%",
        // a share rounded to a whole percent
        "3, 7, 43%",
        "2, 3, 67%",
        // all
        "5, 5, 100%",
        // some, however few, is not 0%
        "1, 1000, <1%",
        // not all, however close, is not 100%
        "999, 1000, >99%",
    })
    void percent_isHonestAtTheEnds(long part, long whole, String text) {
        assertThat(SummaryTile.percent(part, whole)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        // bytes as they are
        "0, 0 bytes",
        "1, 1 byte",
        "999, 999 bytes",
        // powers of 1000, one decimal
        "1000, 1.0 KB",
        "1234567, 1.2 MB",
        // no "1000.0 KB"
        "999999, 1.0 MB",
        "5000000000, 5.0 GB",
    })
    void byteSize_readsLikeAFileManager(long bytes, String text) {
        assertThat(ByteSize.text(bytes)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        // small counts tick at whole numbers
        "0, 1",
        "3, 1",
        "5, 1",
        // 1, 2 or 5 times a power of ten, about five ticks
        "8, 2",
        "23, 5",
        "60, 20",
        "1234, 500",
        "1000000, 200000",
    })
    void countAxis_ticksAtRoundWholeNumbers(long max, long unit) {
        assertThat(CountAxis.tickUnit(max)).isEqualTo(unit);
    }

    @Test
    void reasonLabels_areCutAndUnique() {
        var longReason = "550 5.7.1 " + "x".repeat(80);
        var labels =
                LogChartsView.reasonLabels(
                        List.of(
                                new ReasonCount(
                                        DeliveryStatus.BOUNCED,
                                        "5.7.1",
                                        longReason,
                                        3,
                                        "a@b.example"),
                                new ReasonCount(
                                        DeliveryStatus.DEFERRED,
                                        "5.7.1",
                                        longReason,
                                        2,
                                        "a@b.example"),
                                new ReasonCount(
                                        DeliveryStatus.DEFERRED,
                                        "",
                                        "greylisted",
                                        1,
                                        "a@b.example")));

        assertThat(labels.getFirst())
                .startsWith("5.7.1  xxx")
                .endsWith("…")
                .hasSize("5.7.1  ".length() + LogChartsView.REASON_LABEL_CHARS);
        assertThat(labels.get(1)).isEqualTo(labels.getFirst() + " (2)");
        assertThat(labels.get(2)).isEqualTo("greylisted");
    }

    @ParameterizedTest
    @CsvSource({
        // the reply code and the enhanced code the label shows anyway
        "'550 5.7.1 Relay denied', 5.7.1, 'Relay denied'",
        // a continuation line's hyphen
        "'550-5.7.27 SPF did not pass', 5.7.27, 'SPF did not pass'",
        // another enhanced code stays
        "'450 4.2.0 Greylisted', 4.7.1, '4.2.0 Greylisted'",
        // no codes at all
        "'Host or domain name not found', 5.4.4, 'Host or domain name not found'",
    })
    void reasonLabels_dropTheCodesAtTheStart(String reason, String dsn, String text) {
        assertThat(LogChartsView.withoutCodes(reason, dsn)).isEqualTo(text);
    }

    @Test
    void summary_namesWhatTheAnalysisCouldNotFollow() {
        var analysis =
                new LogAnalysis(
                        List.of(new FileSummary("mail.log", 3, 300, Optional.empty())),
                        new LineCounts(3, 2, 0, 1),
                        Optional.of(LocalDateTime.of(2026, 11, 26, 10, 0)),
                        Optional.of(LocalDateTime.of(2026, 11, 26, 10, 5)),
                        new StatusCounts(1, 1, 0, 0, 0, 0, 0, 0, 0),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        new LogAnalysis.Limits(2, 1, 1_500));

        assertThat(AnalysisSummary.of(analysis))
                .isEqualTo(
                        "Read 3 lines in 1 file: 2 from Postfix, 0 from other programs, 1 not"
                                + " understood. From Nov 26 10:00 to Nov 26 10:05 (the log's"
                                + " clock). 1 message still queued when the log ended; 2"
                                + " messages dropped while open (too many at once); 1,500"
                                + " outcomes outside the time chart's two years.");
    }

    @Test
    void suggestionText_namesTheLogAndCountsItsRotations() {
        assertThat(
                        LogFilesView.suggestionText(
                                List.of(
                                        Path.of("/var/log/mail.log.1"),
                                        Path.of("/var/log/mail.log"))))
                .isEqualTo(
                        "Found /var/log/mail.log and 1 rotated file. Use them, or add other files.");
    }

    @Test
    void interruptibleTask_cancelInterruptsTheWork() throws Exception {
        var running = new CountDownLatch(1);
        var interrupted = new CountDownLatch(1);
        var future =
                InterruptibleTask.start(
                        task -> Thread.ofVirtual().start(task),
                        () -> {
                            running.countDown();
                            try {
                                new CountDownLatch(1).await();
                            } catch (InterruptedException e) {
                                interrupted.countDown();
                            }
                            return "late";
                        });
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        future.cancel(false);

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(future.isCancelled()).isTrue();
    }

    @Test
    void interruptibleTask_handsResultsAndFailuresOn() throws Exception {
        assertThat(InterruptibleTask.start(Runnable::run, () -> "done").get()).isEqualTo("done");
        var failed =
                InterruptibleTask.start(
                        Runnable::run,
                        () -> {
                            throw new IllegalStateException("broken");
                        });
        assertThatThrownBy(failed::get)
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broken");
    }
}
