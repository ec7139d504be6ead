package org.sendready.ui.spf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sendready.dns.DnsAnswer;
import org.sendready.dns.DnsResolver;
import org.sendready.dns.DomainName;
import org.sendready.dns.RrType;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.records.RecordData;
import org.sendready.spf.LintFinding;
import org.sendready.spf.LookupTally;
import org.sendready.spf.Qualifier;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfResult;
import org.sendready.spf.TermOutcome;
import org.sendready.testing.InMemoryDns;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.ProjectState;

class SpfBuilderViewModelTest {
    private static final String START = "v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 -all";

    private final ProjectState project = new ProjectState();
    private final InMemoryDns dns = new InMemoryDns();
    private SpfBuilderViewModel builder;

    static SetupPlan plan() {
        return SetupPlan.start(
                DomainName.parse("example.com"),
                List.of(PlanFixtures.host("mail.example.com", "192.0.2.10", "2001:db8::10")),
                List.of());
    }

    @BeforeEach
    void openStep() {
        project.loaded(plan(), null);
        builder = builderOn(dns);
        builder.entered();
    }

    private SpfBuilderViewModel builderOn(DnsResolver resolver) {
        return new SpfBuilderViewModel(
                project, DnsChoice::system, choice -> resolver, UiThreads.direct());
    }

    private String planned() {
        return project.plan().orElseThrow().spf().format();
    }

    private List<String> rowTexts() {
        return builder.terms().rows().stream().map(SpfTermRow::text).toList();
    }

    @Test
    void rows_showThePlansRecord_whenTheStepOpens() {
        assertThat(rowTexts()).containsExactly("ip4:192.0.2.10", "ip6:2001:db8::10", "-all");
        assertThat(builder.previewProperty().get()).isEqualTo(START);
        assertThat(builder.lengthTextProperty().get())
                .isEqualTo(START.length() + " characters, 1 DNS string");
        assertThat(project.dirtyProperty().get()).isFalse();
    }

    @Test
    void qualifierChange_updatesPreviewAndPlan() {
        builder.terms().rows().getLast().qualifierProperty().set(Qualifier.SOFTFAIL);

        assertThat(builder.previewProperty().get())
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 ~all");
        assertThat(planned()).isEqualTo(builder.previewProperty().get());
        assertThat(project.dirtyProperty().get()).isTrue();
    }

    @Test
    void add_putsAMechanismBeforeAll_andAModifierAtTheEnd() {
        builder.terms().add(SpfTermKind.MX);
        builder.terms().add(SpfTermKind.EXP).valueProperty().set("explain.example.com");

        assertThat(rowTexts())
                .containsExactly(
                        "ip4:192.0.2.10",
                        "ip6:2001:db8::10",
                        "mx",
                        "-all",
                        "exp=explain.example.com");
        assertThat(planned()).isEqualTo(builder.previewProperty().get());
    }

    @Test
    void invalidRow_keepsItsText_showsTheError_andLeavesThePlanUnchanged() {
        var row = builder.terms().rows().getFirst();

        row.valueProperty().set("192.0.2.300");

        assertThat(row.isValid()).isFalse();
        assertThat(row.errorFieldProperty().get()).isEqualTo(SpfTermRow.Field.VALUE);
        assertThat(row.error()).startsWith("ip4 address: ").contains("192.0.2.300");
        assertThat(builder.recordProperty().get()).isNull();
        assertThat(builder.recordErrorProperty().get()).startsWith("Term 1: ip4 address: ");
        assertThat(builder.previewProperty().get()).startsWith("v=spf1 ip4:192.0.2.300 ");
        assertThat(builder.lint()).isEmpty();
        assertThat(planned()).isEqualTo(START);
        assertThat(project.dirtyProperty().get()).isFalse();

        row.valueProperty().set("192.0.2.30");

        assertThat(planned()).isEqualTo("v=spf1 ip4:192.0.2.30 ip6:2001:db8::10 -all");
    }

    @Test
    void newEmptyInclude_isInvalid_untilItHasADomain() {
        var row = builder.terms().add(SpfTermKind.INCLUDE);

        assertThat(row.error())
                .isEqualTo("include domain: is empty; expected e.g. _spf.example.net");
        assertThat(planned()).isEqualTo(START);

        row.valueProperty().set("_spf.example.net");

        assertThat(planned())
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 include:_spf.example.net -all");
    }

    @Test
    void ip4Row_acceptsAPrefixInTheValue_butNotTwice() {
        var row = builder.terms().rows().getFirst();

        row.valueProperty().set("192.0.2.0/24");
        assertThat(row.text()).isEqualTo("ip4:192.0.2.0/24");

        row.ip4PrefixProperty().set("24");
        assertThat(row.error()).contains("give it once");

        row.valueProperty().set("192.0.2.0");
        assertThat(row.text()).isEqualTo("ip4:192.0.2.0/24");

        row.ip4PrefixProperty().set("33");
        assertThat(row.errorFieldProperty().get()).isEqualTo(SpfTermRow.Field.IP4_PREFIX);
        assertThat(row.error())
                .isEqualTo("IPv4 prefix length: 33 is more than 32; expected 0 to 32");
    }

    @Test
    void aRow_writesBothPrefixLengths() {
        var row = builder.terms().add(SpfTermKind.A);
        row.valueProperty().set("mail.example.com");
        row.ip4PrefixProperty().set("24");
        row.ip6PrefixProperty().set("64");

        assertThat(row.text()).isEqualTo("a:mail.example.com/24//64");
        assertThat(SpfTermRow.of(row.term()).ip6PrefixProperty().get()).isEqualTo("64");
    }

    @Test
    void move_reordersTheRecord_andStopsAtTheEnds() {
        var ip6 = builder.terms().rows().get(1);

        assertThat(builder.terms().move(ip6, -1)).isTrue();
        assertThat(builder.terms().move(ip6, -1)).isFalse();
        assertThat(planned()).isEqualTo("v=spf1 ip6:2001:db8::10 ip4:192.0.2.10 -all");

        builder.terms().moveTo(ip6, 2);
        assertThat(planned()).isEqualTo("v=spf1 ip4:192.0.2.10 -all ip6:2001:db8::10");
        assertThat(builder.lint())
                .extracting(LintFinding::rule)
                .contains(LintFinding.Rule.TERMS_AFTER_ALL);
    }

    @Test
    void duplicate_insertsACopyAfterTheRow_whichLintFlags() {
        var copy = builder.terms().duplicate(builder.terms().rows().getFirst());

        assertThat(builder.terms().rows().indexOf(copy)).isEqualTo(1);
        assertThat(planned())
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip4:192.0.2.10 ip6:2001:db8::10 -all");
        assertThat(builder.lint())
                .extracting(LintFinding::rule)
                .contains(LintFinding.Rule.DUPLICATE_TERM);

        copy.valueProperty().set("192.0.2.11");
        assertThat(builder.terms().rows().getFirst().text()).isEqualTo("ip4:192.0.2.10");
    }

    @Test
    void remove_dropsTheTerm() {
        builder.terms().remove(builder.terms().rows().get(1));

        assertThat(planned()).isEqualTo("v=spf1 ip4:192.0.2.10 -all");
    }

    @Test
    void preset_addsTheProvidersIncludeBeforeAll_once() {
        var row = builder.addPreset(SpfPreset.GOOGLE_WORKSPACE);

        assertThat(planned())
                .isEqualTo("v=spf1 ip4:192.0.2.10 ip6:2001:db8::10 include:_spf.google.com -all");
        assertThat(builder.statusProperty().get()).contains(SpfPreset.CAVEAT);

        assertThat(builder.addPreset(SpfPreset.GOOGLE_WORKSPACE)).isSameAs(row);
        assertThat(builder.terms().rows()).hasSize(4);
        assertThat(builder.statusProperty().get()).contains("already in the record");
    }

    @ParameterizedTest
    @EnumSource(SpfPreset.class)
    void preset_isAValidInclude_labelledAsAPreset_withItsSource(SpfPreset preset) {
        assertThat(preset.directive().format()).isEqualTo("include:" + preset.includeDomain());
        assertThat(preset.label())
                .startsWith(preset.provider())
                .endsWith("(" + SpfPreset.CAVEAT + ")");
        assertThat(preset.documentation()).startsWith("https://");
    }

    @Test
    void parsePasted_replacesTheRows_withAValidRecord() {
        builder.pasteTextProperty().set("v=spf1 mx include:_spf.example.net ~all");

        assertThat(builder.parsePasted()).isTrue();

        assertThat(rowTexts()).containsExactly("mx", "include:_spf.example.net", "~all");
        assertThat(planned()).isEqualTo("v=spf1 mx include:_spf.example.net ~all");
    }

    @Test
    void parsePasted_showsTheErrorWithItsPosition_andKeepsTheRows() {
        builder.pasteTextProperty().set("v=spf1 ipv4:192.0.2.1 -all");

        assertThat(builder.parsePasted()).isFalse();

        assertThat(builder.pasteErrorProperty().get())
                .startsWith("spf: position 8: ")
                .contains("'ipv4'");
        assertThat(builder.pasteErrorOffsetProperty().get()).isEqualTo(7);
        assertThat(builder.pasteTextProperty().get()).isEqualTo("v=spf1 ipv4:192.0.2.1 -all");
        assertThat(planned()).isEqualTo(START);

        builder.pasteTextProperty().set("v=spf1 ip4:192.0.2.1 -all");
        assertThat(builder.pasteErrorProperty().get()).isEmpty();
    }

    @Test
    void startFromSendingIps_replacesTheRows() {
        builder.load(SpfParser.parse("v=spf1 mx ?all"));

        builder.startFromSendingIps();

        assertThat(planned()).isEqualTo(START);
    }

    @Test
    void externalPlanChange_reloadsTheRows_butNotOverAnInvalidRow() {
        project.edit(p -> p.withSpf(SpfParser.parse("v=spf1 a -all")));
        assertThat(rowTexts()).containsExactly("a", "-all");

        builder.terms().rows().getFirst().valueProperty().set("not a domain");
        project.edit(p -> p.withReceivesMail(true));

        assertThat(builder.terms().rows().getFirst().valueProperty().get())
                .isEqualTo("not a domain");
    }

    @Test
    void spfDnsRecord_followsThePlan() {
        builder.terms().rows().getLast().qualifierProperty().set(Qualifier.SOFTFAIL);

        var record = builder.spfDnsRecordProperty().get();
        assertThat(record.owner().ascii()).isEqualTo("example.com");
        assertThat(((RecordData.Txt) record.data()).text()).endsWith("~all");
    }

    // ---- the lookup gauge ----

    @Test
    void gauge_countsTheRecordAlone_whenItIncludesNothing() {
        var gauge = builder.gauge();

        assertThat(gauge.tallyProperty().get().lookups()).isZero();
        assertThat(gauge.textProperty().get()).isEqualTo("0 of 10 DNS lookups, 0 of 2 void");
        assertThat(dns.asked()).isEmpty();
    }

    @Test
    void gauge_countsThroughIncludes_whenDnsAnswers() {
        dns.txt(
                        "_spf.google.com",
                        "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all")
                .txt("_netblocks.google.com", "v=spf1 ip4:198.51.100.0/24 ~all")
                .txt("_netblocks2.google.com", "v=spf1 ip6:2001:db8:f::/48 ~all");

        builder.addPreset(SpfPreset.GOOGLE_WORKSPACE);

        var tally = builder.gauge().tallyProperty().get();
        assertThat(tally.lookups()).isEqualTo(3);
        assertThat(tally.complete()).isTrue();
        assertThat(tally.level()).isEqualTo(LookupTally.Level.OK);
        assertThat(builder.gauge().textProperty().get())
                .isEqualTo("3 of 10 DNS lookups, 0 of 2 void");
        assertThat(builder.gauge().noteProperty().get()).contains("counted through every include");
    }

    @Test
    void gauge_isOver_whenIncludesAddUpPastTen() {
        dns.txt(
                        "big.example.net",
                        "v=spf1 a:h.example.net a:h.example.net a:h.example.net"
                                + " a:h.example.net a:h.example.net a:h.example.net a:h.example.net"
                                + " a:h.example.net a:h.example.net a:h.example.net ~all")
                .address("h.example.net", "198.51.100.1");

        builder.terms().add(SpfTermKind.INCLUDE).valueProperty().set("big.example.net");

        assertThat(builder.gauge().tallyProperty().get().lookups()).isEqualTo(11);
        assertThat(builder.gauge().tallyProperty().get().level()).isEqualTo(LookupTally.Level.OVER);
        assertThat(builder.gauge().noteProperty().get()).startsWith("Over the limit");
    }

    @Test
    void gauge_saysSo_whenAnIncludeCannotBeFetched() {
        dns.fail("_spf.example.net", RrType.TXT, DnsAnswer.Failure.SERVFAIL);

        builder.terms().add(SpfTermKind.INCLUDE).valueProperty().set("_spf.example.net");

        assertThat(builder.gauge().tallyProperty().get().complete()).isFalse();
        assertThat(builder.gauge().noteProperty().get())
                .contains("counted as far as DNS answered")
                .contains("SERVFAIL");
    }

    // ---- the IP tester ----

    @Test
    void tester_startsWithTheFirstSendingIp_whichPasses() {
        var tester = builder.tester();

        assertThat(tester.ipProperty().get()).isEqualTo("192.0.2.10");
        assertThat(tester.evaluationProperty().get().result()).isEqualTo(SpfResult.PASS);
        assertThat(tester.headlineProperty().get())
                .isEqualTo("pass: 192.0.2.10 may send as postmaster@example.com");
    }

    @Test
    void tester_failsAnotherIp_andSaysWhatItMeans() {
        var tester = builder.tester();
        tester.ipProperty().set("198.51.100.7");

        tester.test();

        assertThat(tester.evaluationProperty().get().result()).isEqualTo(SpfResult.FAIL);
        assertThat(tester.headlineProperty().get())
                .isEqualTo("fail: 198.51.100.7 may not send as postmaster@example.com");
        assertThat(tester.explanationProperty().get())
                .startsWith("Receivers may reject the mail")
                .contains("-all matched");
    }

    @Test
    void tester_followsTheRecord_softfailAndNeutral() {
        var tester = builder.tester();
        tester.ipProperty().set("198.51.100.7");
        var all = builder.terms().rows().getLast();

        all.qualifierProperty().set(Qualifier.SOFTFAIL);
        assertThat(tester.evaluationProperty().get().result()).isEqualTo(SpfResult.SOFTFAIL);

        all.qualifierProperty().set(Qualifier.NEUTRAL);
        assertThat(tester.evaluationProperty().get().result()).isEqualTo(SpfResult.NEUTRAL);
    }

    @Test
    void tester_passesAnIpOfAnIncludedProvider_andTheTraceShowsTheInclude() {
        dns.txt("_spf.google.com", "v=spf1 ip4:198.51.100.0/24 ~all");
        builder.addPreset(SpfPreset.GOOGLE_WORKSPACE);
        var tester = builder.tester();
        tester.ipProperty().set("198.51.100.7");
        tester.senderProperty().set("alice@example.com");

        tester.test();

        assertThat(tester.evaluationProperty().get().result()).isEqualTo(SpfResult.PASS);
        assertThat(tester.headlineProperty().get()).endsWith("may send as alice@example.com");
        var include = tester.trace().terms().get(2);
        assertThat(include.term()).isEqualTo("include:_spf.google.com");
        assertThat(include.outcome()).isEqualTo(TermOutcome.MATCHED);
        assertThat(include.child().orElseThrow().domain()).isEqualTo("_spf.google.com");
    }

    @Test
    void tester_givesTemperror_whenAnIncludeTimesOut() {
        dns.fail("_spf.example.net", RrType.TXT, DnsAnswer.Failure.TIMEOUT);
        builder.terms()
                .rows()
                .addFirst(SpfTermRow.of(SpfParser.parseTerm("include:_spf.example.net")));

        assertThat(builder.tester().evaluationProperty().get().result())
                .isEqualTo(SpfResult.TEMPERROR);
        assertThat(builder.tester().headlineProperty().get())
                .isEqualTo("temperror: a DNS lookup failed; try again");
    }

    @Test
    void tester_namesTheFieldOfAnInvalidIp_orSender() {
        var tester = builder.tester();

        tester.ipProperty().set("mail.example.com");
        tester.test();
        assertThat(tester.ipErrorProperty().get()).startsWith("IP address: 'mail.example.com'");
        assertThat(tester.evaluationProperty().get()).isNull();

        tester.ipProperty().set("192.0.2.10");
        tester.senderProperty().set("alice");
        tester.test();
        assertThat(tester.senderErrorProperty().get()).startsWith("sender: 'alice' has no '@'");
    }

    @Test
    void tester_waits_whileARowIsInvalid() {
        builder.terms().rows().getFirst().valueProperty().set("nonsense");

        assertThat(builder.tester().evaluationProperty().get()).isNull();
        assertThat(builder.tester().explanationProperty().get()).startsWith("Fix the terms");
    }

    // ---- fetching the live record ----

    @Test
    void fetchLive_loadsThePublishedRecord() {
        dns.txt("example.com", "google-site-verification=abc")
                .txt("example.com", "v=spf1 mx include:_spf.example.net ~all");

        builder.fetchLive();

        assertThat(rowTexts()).containsExactly("mx", "include:_spf.example.net", "~all");
        assertThat(builder.fetch().statusProperty().get())
                .isEqualTo("Loaded the record example.com publishes now.");
        assertThat(builder.fetch().failedProperty().get()).isFalse();
    }

    @Test
    void fetchLive_putsABrokenLiveRecordInThePasteField() {
        dns.txt("example.com", "v=spf1 ip4:192.0.2.1 ~al");

        builder.fetchLive();

        assertThat(builder.pasteTextProperty().get()).isEqualTo("v=spf1 ip4:192.0.2.1 ~al");
        assertThat(builder.pasteErrorProperty().get()).startsWith("spf: position 23: ");
        assertThat(builder.fetch().statusProperty().get()).contains("has a syntax error");
        assertThat(planned()).isEqualTo(START);
    }

    @Test
    void fetchLive_saysWhenDnsDoesNotAnswerInTime() {
        dns.fail("example.com", RrType.TXT, DnsAnswer.Failure.TIMEOUT);

        builder.fetchLive();

        assertThat(builder.fetch().failedProperty().get()).isTrue();
        assertThat(builder.fetch().statusProperty().get())
                .startsWith("Could not fetch the record of example.com: no response in time");
        assertThat(planned()).isEqualTo(START);
    }

    @Test
    void fetchLive_saysWhenNothingIsPublished() {
        builder.fetchLive();

        assertThat(builder.fetch().statusProperty().get())
                .isEqualTo(
                        "example.com does not exist in DNS (NXDOMAIN), so it has no SPF record yet.");
    }

    @Test
    void leavingTheStep_cancelsAFetchStillWaiting() {
        DnsResolver silent = (name, type) -> new CompletableFuture<>();
        builder = builderOn(silent);
        builder.entered();

        builder.fetchLive();
        assertThat(builder.fetch().fetchingProperty().get()).isTrue();

        builder.left();

        assertThat(builder.fetch().fetchingProperty().get()).isFalse();
        assertThat(builder.fetch().statusProperty().get()).startsWith("Fetching cancelled");
    }
}
