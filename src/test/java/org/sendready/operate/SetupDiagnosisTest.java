package org.sendready.operate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.LogAnalyzer;
import org.sendready.logs.LogFixtures;
import org.sendready.logs.LogSource;

class SetupDiagnosisTest {
    @TempDir Path dir;

    @Test
    void of_linksFixtureBounces_toPtrAndBlocklist() {
        var analysis =
                LogAnalyzer.analyze(
                        List.of(
                                LogSource.of(
                                        LogFixtures.copy(dir, "mail.log"),
                                        ZoneId.systemDefault())));
        var findings = SetupDiagnosis.of(analysis);
        assertThat(findings)
                .extracting(SetupFinding::rejection)
                .containsExactlyInAnyOrder(
                        KnownRejection.GMAIL_PTR, KnownRejection.MICROSOFT_BLOCK_LIST);
        var ptr =
                findings.stream()
                        .filter(f -> f.rejection() == KnownRejection.GMAIL_PTR)
                        .findFirst()
                        .orElseThrow();
        assertThat(ptr.steps()).containsExactly(FixStep.PTR);
        assertThat(ptr.attempts()).isEqualTo(1);
        assertThat(ptr.statuses()).containsExactly(DeliveryStatus.BOUNCED);
        assertThat(ptr.exampleRecipient()).isEqualTo("frank@gmail.com");
        assertThat(ptr.exampleDsn()).isEqualTo("5.7.25");
    }
}
