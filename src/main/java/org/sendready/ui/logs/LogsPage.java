package org.sendready.ui.logs;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The Postfix logs page: choose log files, analyze them, then see the outcome tiles, the
/// setup problems with a jump to the step that fixes each, recipient domains that fail DNS,
/// the charts and the filterable table.
public final class LogsPage implements StepPage {
    /// Where Debian, Ubuntu and Red Hat write the mail log.
    static final Path SYSTEM_LOG_FOLDER = Path.of("/var/log");

    private final LogsViewModel model;
    private final VBox root = new VBox();

    public LogsPage(WizardContext context) {
        var zone = context.clock().getZone();
        this.model = new LogsViewModel(context.model(), context.threads(), SYSTEM_LOG_FOLDER, zone);
        root.getStyleClass().addAll("page", "logs-page");
        root.setId("logs-page");
        root.getStylesheets().add(LogsPage.class.getResource("LogsPage.css").toExternalForm());
        var lead =
                new Label(
                        "Read your Postfix logs to see what happened to the mail: how much was"
                                + " delivered, deferred, bounced or expired, which recipient"
                                + " domains and reasons stand out, which rejections your own"
                                + " setup causes (with the step that fixes each), and which"
                                + " recipient domains do not exist, often typos of a big"
                                + " provider. The files are only read, never changed.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        root.getChildren()
                .addAll(
                        lead,
                        SectionTitle.of("Log files"),
                        new LogFilesView(model, context.files(), zone),
                        results(context));
    }

    /// The view-model, for tests that drive the page.
    public LogsViewModel viewModel() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        model.entered();
    }

    @Override
    public void left() {
        model.left();
    }

    private Node results(WizardContext context) {
        var summary = new Label();
        summary.setId("log-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        var warnings =
                new Message(
                        "Some files stopped early", "", new FontIcon(Material2AL.ERROR_OUTLINE));
        warnings.setId("log-file-warnings");
        warnings.getStyleClass().add(Styles.WARNING);
        warnings.descriptionProperty().bind(model.fileWarningsProperty());
        warnings.visibleProperty().bind(Bindings.isNotEmpty(model.fileWarningsProperty()));
        warnings.managedProperty().bind(warnings.visibleProperty());

        var results =
                new VBox(
                        14,
                        SectionTitle.of("Outcomes"),
                        summary,
                        warnings,
                        new LogTilesView(model),
                        SectionTitle.of("Setup problems"),
                        new SetupFindingsView(model),
                        SectionTitle.of("Recipient domains with DNS failures"),
                        new DnsProblemsView(model, context.copier()),
                        new LogChartsView(model),
                        SectionTitle.of("Details"),
                        new LogTableView(model));
        results.setId("log-results");
        results.visibleProperty().bind(model.reportProperty().isNotNull());
        results.managedProperty().bind(results.visibleProperty());
        return results;
    }
}
