package org.sendready.ui.ptr;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.check.Checker;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The reverse DNS step's page: who publishes PTR records and where, what forward-confirmed
/// reverse DNS means, one card per sending address, and a check of this step alone.
public final class PtrPage implements StepPage {
    private final PtrViewModel viewModel;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox entries = new VBox();

    public PtrPage(WizardContext context) {
        var model = context.model();
        this.viewModel =
                new PtrViewModel(
                        model.project(),
                        model.dnsProperty(),
                        context.dns()::open,
                        context.threads(),
                        Checker.DEFAULT_DEADLINE);
        this.copier = context.copier();
        root.getStyleClass().addAll("page", "ptr-page");
        root.getStylesheets().add(PtrPage.class.getResource("PtrPage.css").toExternalForm());
        var lead =
                new Label(
                        "Reverse DNS turns each sending IP address back into your server's name."
                                + " Receivers look it up on every connection, and many refuse or"
                                + " spam-folder mail from an address without it.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);
        entries.getStyleClass().add("ptr-entries");
        entries.setId("ptr-entries");
        showEntries();
        viewModel.entries().addListener((ListChangeListener<PtrEntry>) change -> showEntries());
        root.getChildren()
                .addAll(
                        lead,
                        whoPublishes(),
                        SectionTitle.of("Forward-confirmed reverse DNS"),
                        fcrdns(),
                        SectionTitle.of("Records to ask for"),
                        entries,
                        SectionTitle.of("Check this step"),
                        checkSection());
    }

    public PtrViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void left() {
        viewModel.cancel();
    }

    private Node whoPublishes() {
        var message =
                new Message(
                        "Your hosting provider sets these, not your DNS zone",
                        "A PTR record lives in the reverse zone of the IP address, which belongs"
                                + " to whoever owns the address: usually your hosting provider or"
                                + " ISP. Look in their control panel for a setting called"
                                + " \"Reverse DNS\", \"rDNS\" or \"PTR\", usually next to the"
                                + " server's IP address (under Networking or IP addresses). If"
                                + " there is none, ask their support with the sentence shown"
                                + " for each address below.",
                        new FontIcon(Material2AL.INFO));
        message.getStyleClass().add(Styles.ACCENT);
        message.setId("ptr-who");
        return message;
    }

    private Node fcrdns() {
        var text =
                new Label(
                        "Receivers do not stop at the PTR record: they look the name it gives up"
                                + " again and expect the same IP address among its A (IPv4) or"
                                + " AAAA (IPv6) records. This round trip, address to name and back"
                                + " to the address, is called forward-confirmed reverse DNS"
                                + " (FCrDNS). The name's A/AAAA records are the host records of"
                                + " the Domain step; the name should also be the one the server"
                                + " greets with (HELO).");
        text.setWrapText(true);
        text.setId("ptr-fcrdns");
        return text;
    }

    private void showEntries() {
        var list = viewModel.entries();
        if (list.isEmpty()) {
            var none =
                    new Label("The plan has no sending address yet: add one in the Domain step.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            entries.getChildren().setAll(none);
            return;
        }
        entries.getChildren().setAll(list.stream().map(this::entry).toList());
    }

    private Node entry(PtrEntry entry) {
        var title = new Label(entry.ip() + "  →  " + entry.hostname().unicode());
        title.getStyleClass().addAll("ptr-entry-title", Styles.TEXT_BOLD);
        var where =
                new Label(
                        "Reverse name "
                                + entry.reverse().owner()
                                + ", in the reverse zone "
                                + entry.reverse().zone()
                                + " (the zone is a guess: your provider may have cut it"
                                + " differently).");
        where.setWrapText(true);
        where.getStyleClass().add(Styles.TEXT_MUTED);
        var ask =
                new Label(
                        "Ask for: \"Please set the reverse DNS (PTR record) of "
                                + entry.ip()
                                + " to "
                                + entry.hostname().absolute()
                                + "\"");
        ask.setWrapText(true);
        ask.getStyleClass().add("ptr-ask");
        var box = new VBox(6, title, where, ask);
        entry.unreachable()
                .ifPresent(
                        warning -> {
                            var label =
                                    new Label(
                                            warning
                                                    + ". Receivers see the public address your"
                                                    + " mail leaves from: put that one in the"
                                                    + " Domain step.",
                                            new FontIcon(Material2MZ.WARNING));
                            label.setWrapText(true);
                            label.getStyleClass().add(Styles.WARNING);
                            box.getChildren().add(label);
                        });
        box.getChildren().add(new RecordCard(entry.record(), copier));
        box.getStyleClass().add("ptr-entry");
        return box;
    }

    private Node checkSection() {
        var intro = new Label();
        intro.textProperty()
                .bind(
                        Bindings.concat(
                                "Asks ",
                                viewModel.askingProperty(),
                                " for the PTR record of every sending address and the A/AAAA"
                                        + " records of the name it gives. Nothing else is"
                                        + " checked here; the Live check step checks everything."));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        var check = new Button("_Check this step now", new FontIcon(Material2MZ.PLAY_ARROW));
        check.setId("ptr-check");
        check.setMnemonicParsing(true);
        check.getStyleClass().add(Styles.ACCENT);
        check.setTooltip(new Tooltip("Look up the reverse DNS of the sending addresses now"));
        check.disableProperty().bind(Bindings.isEmpty(viewModel.entries()));
        check.setOnAction(e -> viewModel.checkNow());

        var cancel = new Button("C_ancel", new FontIcon(Material2MZ.STOP));
        cancel.setId("ptr-cancel");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop waiting for the answers"));
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> viewModel.cancel());

        var progress = new ProgressIndicator();
        progress.setId("ptr-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        var buttons = new HBox(10, check, cancel, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);

        var badge = new StatusBadge();
        badge.setId("ptr-status-badge");
        var word = new Label();
        word.setId("ptr-status");
        word.getStyleClass().add(Styles.TEXT_BOLD);
        word.setMinWidth(Region.USE_PREF_SIZE); // "Warning" stays a word beside a long summary
        var summary = new Label();
        summary.setId("ptr-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        viewModel
                .statusProperty()
                .addListener(
                        (obs, old, now) -> {
                            badge.show(now);
                            word.setText(now.isPresent() ? StatusStyle.label(now) : "");
                        });
        var result = new HBox(8, badge, word, summary);
        result.setAlignment(Pos.CENTER_LEFT);
        result.getStyleClass().add("ptr-result");
        result.visibleProperty().bind(Bindings.isNotEmpty(viewModel.summaryProperty()));
        result.managedProperty().bind(result.visibleProperty());

        var details = new VBox(4);
        details.setId("ptr-details");
        details.getStyleClass().add("ptr-details");
        viewModel
                .details()
                .addListener(
                        (ListChangeListener<String>)
                                change -> details.getChildren().setAll(lines(viewModel.details())));
        return new VBox(10, intro, buttons, result, details);
    }

    private static List<Node> lines(List<String> texts) {
        return texts.stream()
                .map(
                        text -> {
                            var line = new Label(text);
                            line.setWrapText(true);
                            line.getStyleClass().add("ptr-detail");
                            return (Node) line;
                        })
                .toList();
    }
}
