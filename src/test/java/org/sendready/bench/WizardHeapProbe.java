package org.sendready.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.sendready.check.CheckReport;
import org.sendready.plan.PlanFixtures;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.PlanRecords;
import org.sendready.testing.TestDnsServer;
import org.sendready.ui.DesktopWiring;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardViewModel;

/// The heap the wizard holds after a full live check: the real window (headless platform),
/// every page opened once, the Live check run until green against a loopback DNS server that
/// serves the plan, then garbage collected. Issue target: under 150 MB.
///
/// `mvn -q -Pbench test-compile exec:exec -Dbench.main=org.sendready.bench.WizardHeapProbe
/// -Dbench.args=`
public final class WizardHeapProbe {
    private WizardHeapProbe() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        var plan = PlanFixtures.example();
        var records = PlanRecords.of(plan);
        try (var dns = TestDnsServer.start();
                var background = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var zone : records.zones()) {
                dns.zone(zone.ascii(), BindZoneWriter.absolute().exportZone(records, zone));
            }
            var started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            var settings = Files.createTempDirectory("sendready-heap");
            var green = new CompletableFuture<CheckReport>();
            Platform.runLater(
                    () -> {
                        var context =
                                new WizardContext(
                                        new WizardViewModel(),
                                        new UiThreads(Platform::runLater, background),
                                        Copier.systemClipboard(),
                                        FileDialogs.system(null),
                                        DnsAccess.on(background),
                                        Clock.systemDefaultZone(),
                                        settings);
                        var wiring = new DesktopWiring(new Stage(), context, background, List.of());
                        wiring.show();
                        var model = context.model();
                        model.project().set(plan);
                        model.dnsProperty().set(new DnsChoice(List.of(dns.endpoint()), false));
                        for (var step : WizardStep.values()) {
                            model.goTo(step);
                        }
                        model.lastReportProperty()
                                .addListener(
                                        (obs, old, now) -> {
                                            if (now != null && now.ok()) {
                                                green.complete(now);
                                            }
                                        });
                        model.goTo(WizardStep.CHECK);
                    });
            var report = green.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            var runtime = Runtime.getRuntime();
            long committed = runtime.totalMemory();
            long used = committed - runtime.freeMemory();
            System.out.printf(
                    Locale.ROOT,
                    "after a full check (%d steps, all green): heap used %.1f MB, committed %.1f"
                            + " MB%n",
                    report.steps().size(),
                    used / 1e6,
                    committed / 1e6);
            Platform.exit();
            deleteQuietly(settings);
        }
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
