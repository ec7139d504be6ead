package org.sendready.ui.blocklists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendready.check.CheckStatus;
import org.sendready.dns.DomainName;
import org.sendready.dns.Server;
import org.sendready.dnsbl.BlocklistCatalogue;
import org.sendready.dnsbl.BlocklistFile;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingStatus;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.Target;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;
import org.sendready.testing.Fault;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.testing.ScriptedFileDialogs;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardViewModel;

/// The Blocklists page's view-model on direct threads (a scan runs to its end inside the call
/// that starts it) against two test blocklists on a loopback DNS server.
class BlocklistsViewModelTest {
    /// Generous for a loaded machine; loopback answers come in milliseconds.
    private static final BlocklistsTuning TUNING = new BlocklistsTuning(4, Duration.ofSeconds(3));

    /// How long a test with real threads waits for them.
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /// example.com sent from 45.67.89.10 and a documentation address, which is left out.
    private static final SetupPlan PLAN =
            SetupPlan.start(
                    DomainName.parse("example.com"),
                    List.of(PlanFixtures.host("mail.example.com", "45.67.89.10", "192.0.2.10")),
                    List.of());

    @TempDir Path folder;

    private final BlocklistsTestDns dns = new BlocklistsTestDns();
    private final WizardViewModel wizard = new WizardViewModel();
    private final ScriptedFileDialogs files = new ScriptedFileDialogs();
    private BlocklistsViewModel model;

    @BeforeEach
    void openWithTheTestLists() {
        model = model(UiThreads.direct(), TUNING);
        wizard.project().set(PLAN);
        wizard.dnsProperty().set(dns.choice());
        files.answer(dns.listsFile(folder));
        model.lists().load().join();
    }

    @AfterEach
    void stop() {
        dns.close();
    }

    private BlocklistsViewModel model(UiThreads threads, BlocklistsTuning tuning) {
        return new BlocklistsViewModel(wizard, threads, dns.access(), files, tuning);
    }

    private Listing listing(String list, String target) {
        return model.reportProperty().get().listings().stream()
                .filter(l -> l.list().name().equals(list) && l.target().display().equals(target))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void targets_comeFromThePlan_leavingOutTheDocumentationAddressWithTheReason() {
        assertThat(model.targets().targets())
                .extracting(Target::display)
                .containsExactly("45.67.89.10", "example.com");
        assertThat(model.targets().skipped())
                .singleElement()
                .satisfies(why -> assertThat(why).startsWith("192.0.2.10 is in 192.0.2.0/24"));
    }

    @Test
    void targets_followAChangedPlan_keepingWhatTheUserAdded() {
        model.targets().textProperty().set("mail.example.net");
        model.targets().add();

        wizard.project()
                .set(PLAN.withHosts(List.of(PlanFixtures.host("mail.example.com", "45.67.89.11"))));

        assertThat(model.targets().targets())
                .extracting(Target::display)
                .containsExactly("45.67.89.11", "example.com", "mail.example.net");
        assertThat(model.targets().skipped()).isEmpty();
    }

    @Test
    void lists_areTheLoadedFile_allTicked() {
        assertThat(model.lists().lists())
                .extracting(c -> c.list().name() + " " + c.selected())
                .containsExactly("zen true", "dbl true");
        assertThat(model.lists().sourceProperty().get()).isEqualTo("test-lists.json");
        assertThat(model.lists().sourcePathProperty().get())
                .isEqualTo(folder.resolve("test-lists.json").toAbsolutePath().toString());
        assertThat(model.messageProperty().get().text()).startsWith("Loaded 2 lists from ");
    }

    @Test
    void scan_showsTheListingWithItsMeaningReasonAndRemovalPage_whenTheAddressIsListed() {
        dns.listAddress();

        model.scan().join();

        var listed = listing("zen", "45.67.89.10");
        assertThat(listed.status()).isEqualTo(ListingStatus.LISTED);
        assertThat(listed.outcome())
                .isInstanceOfSatisfying(
                        Outcome.Listed.class,
                        l -> {
                            assertThat(l.codes().getFirst().meaning()).isEqualTo("XBL: exploited");
                            assertThat(l.reasons())
                                    .containsExactly(
                                            "Exploited host, see"
                                                    + " https://zen.test/query/45.67.89.10");
                        });
        assertThat(listed.list().removal())
                .hasValueSatisfying(uri -> assertThat(uri).hasToString("https://zen.test/remove"));
        assertThat(listing("dbl", "example.com").status()).isEqualTo(ListingStatus.NOT_LISTED);
        assertThat(model.summaryProperty().get())
                .isEqualTo(
                        new BlocklistsSummary(
                                CheckStatus.FAIL,
                                "Listed on 1 of 2 lists: 45.67.89.10 on Test ZEN."));
        assertThat(model.listings()).hasSize(2);
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void scan_saysNotListed_andWhichServerItAsked_whenNoListHasTheTargets() {
        model.scan().join();

        assertThat(model.summaryProperty().get())
                .isEqualTo(
                        new BlocklistsSummary(
                                CheckStatus.PASS, "Not listed on any of the 2 lists."));
        assertThat(model.askedThroughProperty().get())
                .isEqualTo("Asked through " + dns.server().endpoint().display() + ".");
        assertThat(dns.server().queries(BlocklistsTestDns.ZEN_NAME, "A")).isEqualTo(1);
        assertThat(dns.server().queries(BlocklistsTestDns.DBL_NAME, "A")).isEqualTo(1);
    }

    @Test
    void scan_readsTheRefusalCodeAsNoVerdict_neverAsListed() {
        dns.refuseAddress();

        model.scan().join();

        var refused = listing("zen", "45.67.89.10");
        assertThat(refused.status()).isEqualTo(ListingStatus.REFUSED);
        assertThat(ListingLook.status(refused.status())).isEqualTo(CheckStatus.ERROR);
        assertThat(model.reportProperty().get().listed()).isFalse();
        assertThat(model.summaryProperty().get())
                .isEqualTo(
                        new BlocklistsSummary(
                                CheckStatus.ERROR,
                                "Not listed on any of the 1 list that answered; 1 refused: use"
                                        + " your own resolver."));
    }

    @Test
    void scan_reportsASilentListAsNoVerdict_byTheDeadline() {
        dns.server().fault(BlocklistsTestDns.ZEN_NAME, Fault.drop());
        model = model(UiThreads.direct(), new BlocklistsTuning(4, Duration.ofMillis(500)));
        files.answer(dns.listsFile(folder));
        model.lists().load().join();

        model.scan().join();

        var silent = listing("zen", "45.67.89.10");
        assertThat(silent.status()).isEqualTo(ListingStatus.ERROR);
        assertThat(ListingLook.status(silent.status())).isEqualTo(CheckStatus.ERROR);
        assertThat(((Outcome.Failed) silent.outcome()).reason())
                .startsWith("no answer within 500 ms");
        assertThat(model.summaryProperty().get())
                .isEqualTo(
                        new BlocklistsSummary(
                                CheckStatus.ERROR,
                                "Not listed on any of the 1 list that answered; 1 gave no answer"
                                        + " in time or failed: scan again later."));
    }

    @Test
    void cancel_dropsTheRunningScan_andSaysNothingWasConcluded() throws Exception {
        dns.server().latency(Duration.ofMillis(300));
        var fx = new ManualFxThread();
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        try {
            model =
                    model(
                            new UiThreads(fx, background),
                            new BlocklistsTuning(1, TUNING.deadline()));
            files.answer(dns.listsFile(folder));
            model.lists().load();
            fx.runUntil(() -> model.lists().lists().size() == 2, PATIENCE);

            var scan = model.scan();
            fx.runUntil(() -> dns.server().queries(BlocklistsTestDns.ZEN_NAME, "A") > 0, PATIENCE);
            model.cancel();

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.scanProperty().get()).isNull();
            assertThat(model.messageProperty().get().text())
                    .isEqualTo("Scan cancelled after 0 of 2 answers; nothing was concluded.");
            assertThatThrownBy(() -> scan.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(CancellationException.class);
            fx.runQueued();
            assertThat(model.listings()).as("no late answer").isEmpty();
            assertThat(model.reportProperty().get()).as("no late result").isNull();
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void left_cancelsTheRunningScan() throws Exception {
        dns.server().latency(Duration.ofMillis(300));
        var fx = new ManualFxThread();
        ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
        try {
            model = model(new UiThreads(fx, background), TUNING);
            model.scan();
            assertThat(model.busyProperty().get()).isTrue();

            model.left();

            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.scanProperty().get()).isNull();
        } finally {
            background.shutdownNow();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # a private address: no public list lists it
            192.168.1.10 | Address or domain: 192.168.1.10 is in 192.168.0.0/16
            # not four octets
            45.67.89     | Address or domain: '45.67.89'
            # an empty label
            mail..example.com | Address or domain: 'mail..example.com' has an empty label
            # nothing typed
            ''           | Address or domain: is empty; type a sending IP address
            # already there, from the plan
            45.67.89.10  | Address or domain: 45.67.89.10 is in the list already
            """)
    void add_refusesBadInput_namingTheField_andKeepsTheText(String typed, String error) {
        model.targets().textProperty().set(typed);

        assertThat(model.targets().add()).isFalse();

        assertThat(model.targets().errorProperty().get()).startsWith(error);
        assertThat(model.targets().textProperty().get()).isEqualTo(typed);
        assertThat(model.targets().targets()).hasSize(2);
    }

    @Test
    void add_takesAnIpv6AddressAndADomain_andClearsTheField() {
        model.targets().textProperty().set("2a0e:1d80::10");
        assertThat(model.targets().add()).isTrue();
        model.targets().textProperty().set("Bücher.example");
        assertThat(model.targets().add()).isTrue();

        assertThat(model.targets().targets())
                .extracting(Target::display)
                .containsExactly(
                        "45.67.89.10", "example.com", "2a0e:1d80::10", "xn--bcher-kva.example");
        assertThat(model.targets().textProperty().get()).isEmpty();
        assertThat(model.targets().errorProperty().get()).isEmpty();
    }

    @Test
    void reset_goesBackToThePlansTargets() {
        model.targets().remove(model.targets().targets().getFirst());
        model.targets().textProperty().set("example.net");
        model.targets().add();

        model.targets().reset();

        assertThat(model.targets().targets())
                .extracting(Target::display)
                .containsExactly("45.67.89.10", "example.com");
    }

    @Test
    void scan_refusesToStart_namingWhatToChange_whenNothingIsToBeAsked() {
        model.targets().targets().clear();

        model.scan().join();

        assertThat(model.messageProperty().get())
                .isEqualTo(
                        BlocklistsMessage.error(
                                "Nothing to look up: add a public sending IP address or a"
                                        + " domain above."));
        assertThat(model.scanProperty().get()).isNull();
        assertThat(dns.server().queries(BlocklistsTestDns.ZEN_NAME, "A")).isZero();
    }

    @Test
    void scan_refusesToStart_whenNoTickedListCoversTheTargets() {
        model.targets().remove(model.targets().targets().getFirst());
        model.lists().lists().get(1).selectedProperty().set(false);

        model.scan().join();

        assertThat(model.messageProperty().get().text())
                .startsWith("None of the ticked lists covers these targets");
    }

    @Test
    void serversField_setsTheWizardsDns_andWarnsOfAPublicResolver() {
        model.serversTextProperty().set("8.8.8.8");

        assertThat(wizard.dnsProperty().get().servers())
                .containsExactly(Server.Endpoint.parse("8.8.8.8", "test"));
        assertThat(model.publicResolverWarning().getValue())
                .startsWith("8.8.8.8 is Google Public DNS, a public resolver");
        assertThat(model.dnsDescription().getValue()).isEqualTo("8.8.8.8:53");

        model.serversTextProperty().set("");

        assertThat(wizard.dnsProperty().get()).isEqualTo(DnsChoice.system());
        assertThat(model.dnsDescription().getValue()).isEqualTo("the system's resolvers");
        assertThat(model.publicResolverWarning().getValue()).isEmpty();
    }

    @Test
    void serversField_showsTheError_andKeepsTheLastGoodDns_whenTheTextDoesNotParse() {
        model.serversTextProperty().set("dns.example.com");

        assertThat(model.serversErrorProperty().get()).startsWith("DNS servers: ");
        assertThat(wizard.dnsProperty().get()).isEqualTo(dns.choice());

        model.scan().join();

        assertThat(model.messageProperty().get().text()).startsWith("DNS servers: ");
    }

    @Test
    void serversField_showsAChoiceMadeOnTheLiveCheck() {
        wizard.dnsProperty()
                .set(new DnsChoice(List.of(Server.Endpoint.parse("192.0.2.53:5353", "t")), false));

        assertThat(model.serversTextProperty().get()).isEqualTo("192.0.2.53:5353");
    }

    @Test
    void save_writesTheTickedLists_inTheFormatTheCommandLineReads() {
        model.lists().lists().get(1).selectedProperty().set(false);
        var target = folder.resolve("mine.json");
        files.answer(target);

        model.lists().save().join();

        assertThat(BlocklistFile.read(target))
                .containsExactly(model.lists().lists().getFirst().list());
        assertThat(model.messageProperty().get().text())
                .isEqualTo(
                        "Saved 1 list to "
                                + target
                                + "; sendready dnsbl --lists-file reads it too.");
    }

    @Test
    void load_explainsABadFile_andKeepsTheLists() throws Exception {
        var bad = Files.writeString(folder.resolve("bad.json"), "{\"lists\": [{\"name\": \"x\"}]}");
        files.answer(bad);

        model.lists().load().join();

        assertThat(model.messageProperty().get().error()).isTrue();
        assertThat(model.messageProperty().get().text())
                .startsWith("Not loaded: lists file " + bad + ": lists[0]");
        assertThat(model.lists().lists()).hasSize(2);
    }

    @Test
    void useBuiltIn_bringsBackTheCatalogue() {
        model.lists().useBuiltIn();

        assertThat(model.lists().lists())
                .extracting(BlocklistChoice::list)
                .containsExactlyElementsOf(BlocklistCatalogue.standard());
        assertThat(model.lists().sourceProperty().get()).isEqualTo("the built-in lists");
        assertThat(Optional.ofNullable(model.scanProperty().get())).isEmpty();
    }
}
