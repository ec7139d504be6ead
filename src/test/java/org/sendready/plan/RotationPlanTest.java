package org.sendready.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.input.InvalidInput;
import org.sendready.storage.WriteMode;

/// The plan's DKIM rotation state: which keys sign, and the project file's optional
/// `dkimRotation` object (format 1).
class RotationPlanTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir Path dir;

    private final DkimKeyRef oldKey = PlanFixtures.rsaKey("s202605", 1024, Optional.empty());
    private final DkimKeyRef newKey =
            PlanFixtures.rsaKey("s202611", 1024, Optional.of(Path.of("/keys/s202611.private")));
    private final DkimKeyRef edKey = PlanFixtures.rsaKey("ed202605", 1024, Optional.empty());

    private SetupPlan rotating(DkimRotation rotation) {
        return PlanFixtures.example()
                .withDkim(List.of(oldKey, newKey, edKey), Optional.of(rotation));
    }

    private static DkimRotation switched() {
        return DkimRotation.start(
                        DkimSelector.parse("s202605"), DkimSelector.parse("s202611"), START)
                .seenEverywhere(new DkimRotation.Propagated(START, Duration.ofHours(1)))
                .switchedAt(START.plus(Duration.ofHours(1)));
    }

    @Test
    void signingKeys_areEveryKey_withoutRotation() {
        var plan = PlanFixtures.example().withDkimKeys(List.of(oldKey, edKey));

        assertThat(plan.signingKeys()).containsExactly(oldKey, edKey);
    }

    @Test
    void signingKeys_leaveOutTheNewSelector_untilTheSwitch() {
        var plan = rotating(DkimRotation.start(oldKey.selector(), newKey.selector(), START));

        assertThat(plan.signingKeys()).containsExactly(oldKey, edKey);
    }

    @Test
    void signingKeys_leaveOutTheOldSelector_afterTheSwitch_andARevokedKey() {
        var revokedEd =
                new DkimKeyRef(
                        edKey.selector(),
                        Optional.empty(),
                        DkimKeyRecord.revoked(edKey.record().algorithm()));
        var plan =
                PlanFixtures.example()
                        .withDkim(List.of(oldKey, newKey, revokedEd), Optional.of(switched()));

        assertThat(plan.signingKeys()).containsExactly(newKey);
    }

    @Test
    void new_refusesARotationOfASelectorNotInThePlan() {
        var plan = PlanFixtures.example().withDkimKeys(List.of(oldKey));

        assertThatThrownBy(
                        () ->
                                plan.withDkim(
                                        List.of(oldKey),
                                        Optional.of(
                                                DkimRotation.start(
                                                        oldKey.selector(),
                                                        newKey.selector(),
                                                        START))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("dkim rotation: selector 's202611' is not among the plan's DKIM keys");
    }

    @Test
    void saveThenLoad_keepsTheRotation() {
        var file = dir.resolve("p.sendready.json");
        var plan = rotating(switched());

        ProjectFile.save(file, plan, WriteMode.CREATE_NEW);

        assertThat(ProjectFile.load(file)).isEqualTo(plan);
    }

    @Test
    void save_writesNoRotationField_whenNoneIsInProgress() throws IOException {
        var file = dir.resolve("p.sendready.json");

        ProjectFile.save(file, PlanFixtures.example(), WriteMode.CREATE_NEW);

        assertThat(Files.readString(file)).doesNotContain("dkimRotation");
    }

    @Test
    void load_readsAFileWrittenBeforeRotationsExisted() throws IOException {
        var file = dir.resolve("old.sendready.json");
        Files.writeString(
                file,
                """
                {
                  "sendready" : "project",
                  "version" : 1,
                  "domain" : "example.com",
                  "hosts" : [ { "hostname" : "mail.example.com", "addresses" : [ "192.0.2.10" ] } ],
                  "receivesMail" : false,
                  "dkim" : [ ],
                  "spf" : "v=spf1 ip4:192.0.2.10 -all",
                  "dmarc" : "v=DMARC1; p=none",
                  "bounceDomain" : null,
                  "ttls" : { "host" : 3600, "ptr" : 3600, "mx" : 3600, "spf" : 3600, "dkim" : 3600, "dmarc" : 3600 }
                }
                """);

        var plan = ProjectFile.load(file);

        assertThat(plan.dkimRotation()).isEmpty();
        assertThat(plan.domain().ascii()).isEqualTo("example.com");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a time that is not ISO-8601 UTC
                "\"started\" : \"2026-11-02T09:00:00Z\" | \"started\" : \"yesterday\" | dkimRotation.started: 'yesterday' is not a UTC time",
                // a selector with a character selectors cannot have
                "\"incoming\" : \"s202611\" | \"incoming\" : \"s_1\" | dkimRotation.incoming: ",
                // a negative wait
                "\"cacheTtl\" : 3600 | \"cacheTtl\" : -5 | dkimRotation.propagated.cacheTtl: -5 is out of range",
                // a rotation naming a selector the plan does not have
                "\"retiring\" : \"s202605\" | \"retiring\" : \"s1999\" | dkim rotation: selector 's1999' is not among",
            })
    void load_namesTheRotationFieldAtFault(String good, String bad, String message)
            throws IOException {
        var file = dir.resolve("p.sendready.json");
        ProjectFile.save(file, rotating(switched()), WriteMode.CREATE_NEW);
        var text = Files.readString(file);
        assertThat(text).contains(good);
        Files.writeString(file, text.replace(good, bad));

        assertThatThrownBy(() -> ProjectFile.load(file))
                .isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("project file " + file + ": " + message);
    }
}
