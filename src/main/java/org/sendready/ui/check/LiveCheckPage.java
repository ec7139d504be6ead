package org.sendready.ui.check;

import java.util.EnumMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.check.CheckReport;
import org.sendready.check.StepId;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The Live check step: the board of every step's live status with its fix, re-check now or
/// automatically with a countdown, the DNS to ask (system, typed servers, or each
/// authoritative name server with a per-server view), and a banner once everything is green.
public final class LiveCheckPage implements StepPage {
    /// How often the countdown is redrawn and a due re-check started.
    private static final Duration TICK = Duration.millis(500);

    /// The notification's style class: sendready.css paints it in the theme's colours (a
    /// popup sees only the scene's stylesheets, not the page's).
    private static final String NOTICE_STYLE = "green-notice";

    /// How long a "turned green" notification stays.
    private static final Duration NOTICE_SHOWN = Duration.seconds(8);

    private static final KeyCombination RECHECK_KEY = new KeyCodeCombination(KeyCode.F5);

    private final LiveCheckViewModel model;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox board = new VBox();
    private final Map<StepId, LiveCheckRow> rows = new EnumMap<>(StepId.class);
    private final PropagationGrid propagation = new PropagationGrid();
    private final Timeline ticker;
    private final Runnable recheck;
    private Scene acceleratorScene;

    public LiveCheckPage(WizardContext context) {
        this(context, LiveCheckTuning.standard());
    }

    public LiveCheckPage(WizardContext context, LiveCheckTuning tuning) {
        this.model = new LiveCheckViewModel(context, this::notify, tuning);
        this.copier = context.copier();
        this.recheck = model::checkNow;
        ticker = new Timeline(new KeyFrame(TICK, e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);

        root.getStyleClass().addAll("page", "live-check");
        root.setId("live-check");
        root.getStylesheets().add(getClass().getResource("LiveCheckPage.css").toExternalForm());
        var lead =
                new Label(
                        "sendready asks DNS whether each record of your plan is published and"
                                + " right. Publish the fix shown for a step, then re-check;"
                                + " automatic re-check keeps asking until everything is green.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);

        board.getStyleClass().add("check-board");
        board.setId("check-board");
        root.getChildren()
                .addAll(
                        lead,
                        toolbar(),
                        new ResolverChoiceView(model.resolver(), model::checkNow),
                        blocklistsOption(),
                        statusLine(),
                        banner(),
                        headline(),
                        board,
                        propagationSection());
        model.reportProperty().addListener((obs, old, now) -> showBoard(now));
    }

    /// The view-model, for tests that drive the page.
    public LiveCheckViewModel viewModel() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        acceleratorScene = root.getScene();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().put(RECHECK_KEY, recheck);
        }
        ticker.play();
        model.entered();
    }

    @Override
    public void left() {
        ticker.stop();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().remove(RECHECK_KEY, recheck);
            acceleratorScene = null;
        }
        model.left();
    }

    private Node toolbar() {
        var recheckButton = new Button("_Re-check now", new FontIcon(Material2MZ.REFRESH));
        recheckButton.setId("recheck");
        recheckButton.setMnemonicParsing(true);
        recheckButton.getStyleClass().add("accent");
        recheckButton.setTooltip(new Tooltip("Ask DNS again now (F5)"));
        recheckButton.disableProperty().bind(model.busyProperty());
        recheckButton.setOnAction(e -> model.checkNow());

        var progress = new ProgressIndicator();
        progress.setId("check-progress");
        progress.getStyleClass().add("check-progress");
        progress.visibleProperty().bind(model.busyProperty());
        progress.managedProperty().bind(model.busyProperty());

        var cancel = new Button("_Cancel", new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancel-check");
        cancel.setMnemonicParsing(true);
        cancel.setTooltip(new Tooltip("Stop this check (automatic re-check stops too)"));
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.managedProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());

        var auto = new CheckBox("Re-check _automatically");
        auto.setId("auto-recheck");
        auto.setMnemonicParsing(true);
        auto.selectedProperty().bindBidirectional(model.autoRecheckProperty());
        auto.setTooltip(
                new Tooltip(
                        "Keep checking until every step is green, no faster than DNS caches"
                                + " can change"));

        var countdown = new Label();
        countdown.setId("countdown");
        countdown.getStyleClass().add("check-countdown");
        countdown.textProperty().bind(model.countdownProperty());

        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(10, recheckButton, progress, cancel, spacer, countdown, auto);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("check-toolbar");
        return bar;
    }

    /// The opt-in blocklist step (docs/decisions/0005-dnsbl-check-on-request.md).
    private Node blocklistsOption() {
        var blocklists = new CheckBox("Also check block_lists (DNSBL)");
        blocklists.setId("check-blocklists");
        blocklists.setMnemonicParsing(true);
        blocklists.selectedProperty().bindBidirectional(model.blocklistsProperty());
        blocklists.setTooltip(
                new Tooltip(
                        "Look your sending IPs up on Spamhaus ZEN, SpamCop, Barracuda and other IP"
                                + " blocklists, and your domain on Spamhaus DBL, SURBL and URIBL"));
        var note =
                new Label(
                        "Asks those lists about your addresses and domain. Spamhaus and URIBL"
                                + " refuse public resolvers: check through your own.");
        note.getStyleClass().add("check-dns-explanation");
        note.setWrapText(true);
        var row = new VBox(4, blocklists, note);
        row.setId("blocklists-option");
        return row;
    }

    private Node statusLine() {
        var status = new Label();
        status.setId("check-status-line");
        status.getStyleClass().add("check-status-line");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        return status;
    }

    private Node headline() {
        var headline = new Label();
        headline.setId("check-headline");
        headline.getStyleClass().add("check-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        headline.visibleProperty().bind(model.allGreenProperty().not());
        headline.managedProperty().bind(headline.visibleProperty());
        return headline;
    }

    private Node banner() {
        var icon = new FontIcon(Material2AL.CHECK_CIRCLE);
        icon.getStyleClass().add("check-banner-icon");
        var title = new Label();
        title.setId("check-banner-title");
        title.getStyleClass().add("check-banner-title");
        title.textProperty()
                .bind(
                        model.previewShownProperty()
                                .map(
                                        preview ->
                                                preview
                                                        ? "The planned records pass every check"
                                                        : "Everything is published and correct"));
        var text = new Label();
        text.setWrapText(true);
        text.textProperty()
                .bind(
                        model.previewShownProperty()
                                .map(
                                        preview ->
                                                preview
                                                        ? "This is a preview. Publish the"
                                                                + " records, then turn the preview"
                                                                + " off to check live DNS."
                                                        : "Every step of the setup passes in"
                                                                + " live DNS. What to do next:"));
        var steps = new VBox(4);
        steps.getStyleClass().add("check-next-steps");
        steps.visibleProperty().bind(model.previewShownProperty().not());
        steps.managedProperty().bind(steps.visibleProperty());
        model.allGreenProperty()
                .addListener(
                        (obs, old, green) -> {
                            if (green) {
                                steps.getChildren().clear();
                                int number = 1;
                                for (var step : model.nextSteps()) {
                                    var line = new Label(number++ + ". " + step);
                                    line.setWrapText(true);
                                    steps.getChildren().add(line);
                                }
                            }
                        });
        var content = new VBox(6, title, text, steps);
        HBox.setHgrow(content, Priority.ALWAYS);
        var banner = new HBox(14, icon, content);
        banner.setId("check-banner");
        banner.getStyleClass().add("check-banner");
        banner.visibleProperty().bind(model.allGreenProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node propagationSection() {
        var title = SectionTitle.of("Name servers");
        var text =
                new Label(
                        "Each name server of the domain was asked directly. A step is green"
                                + " only when every server serves its records.");
        text.setWrapText(true);
        text.getStyleClass().add("check-dns-explanation");
        var section = new VBox(8, title, text, propagation);
        section.setId("propagation");
        model.propagationProperty().addListener((obs, old, now) -> propagation.show(now));
        section.visibleProperty().bind(model.propagationProperty().map(p -> !p.isEmpty()));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void showBoard(CheckReport report) {
        if (report == null) {
            board.getChildren().clear();
            rows.clear();
            return;
        }
        var shown =
                report.steps().stream()
                        .map(
                                result -> {
                                    var row =
                                            rows.computeIfAbsent(
                                                    result.step(),
                                                    step -> new LiveCheckRow(step, model, copier));
                                    row.show(result);
                                    return (Node) row;
                                })
                        .toList();
        board.getChildren().setAll(shown);
    }

    /// A notification at the window's corner, where it is seen wherever the page is scrolled.
    private void notify(GreenNotice notice) {
        if (root.getScene() == null || root.getScene().getWindow() == null) {
            return;
        }
        Notifications.create()
                .owner(root.getScene().getWindow())
                .title(notice.title())
                .text(notice.text())
                .graphic(new FontIcon(Material2AL.CHECK_CIRCLE))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(NOTICE_SHOWN)
                .styleClass(NOTICE_STYLE)
                .show();
    }
}
