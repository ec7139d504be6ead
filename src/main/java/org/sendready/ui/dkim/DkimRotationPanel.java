package org.sendready.ui.dkim;

import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.check.CheckStatus;
import org.sendready.check.KeyOnServer;
import org.sendready.plan.DkimRotation;
import org.sendready.plan.RotationStage;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.RecordCard;
import org.sendready.ui.common.StatusBadge;

/// The key rotation in progress: its steps with the current one marked, what the stage means,
/// each name server's answer, the action of the stage, and what to publish or configure.
final class DkimRotationPanel extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final RotationViewModel model;
    private final Copier copier;
    private final HBox steps = new HBox(6);
    private final GridPane servers = new GridPane();
    private final HBox actions = new HBox(8);
    private final VBox extra = new VBox(10);
    private final Label title = new Label();

    DkimRotationPanel(RotationViewModel model, Copier copier) {
        this.model = model;
        this.copier = copier;
        setId("dkim-rotation");
        getStyleClass().add("dkim-rotation");
        title.getStyleClass().add("section-title");
        steps.getStyleClass().add("dkim-steps");
        var text = new Label();
        text.setId("dkim-rotation-stage");
        text.setWrapText(true);
        text.getStyleClass().add("dkim-stage-text");
        text.textProperty().bind(model.stageTextProperty());
        var summary = new Label();
        summary.setId("dkim-check-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("dkim-note");
        summary.textProperty().bind(model.checkSummaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        servers.setId("dkim-servers");
        servers.getStyleClass().add("dkim-servers");
        var message = new Label();
        message.setId("dkim-rotation-message");
        message.setWrapText(true);
        DkimPage.showMessage(message, model.messageProperty());
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, steps, text, actions, message, summary, servers, extra);

        model.stageProperty().subscribe(this::show);
        model.rotationProperty().subscribe(r -> show(model.stageProperty().get()));
        model.servers().subscribe(this::showServers);
    }

    private void show(RotationStage stage) {
        var rotation = model.rotationProperty().get();
        managedProperty().set(stage != null);
        setVisible(stage != null);
        if (stage == null || rotation == null) {
            return;
        }
        title.setText("Key rotation: " + rotation.retiring() + " to " + rotation.incoming());
        showSteps(stage);
        actions.getChildren().setAll(actions(stage, rotation));
        extra.getChildren().setAll(extra(stage, rotation));
    }

    private void showSteps(RotationStage stage) {
        steps.getChildren().clear();
        for (var each : RotationStage.values()) {
            if (each == RotationStage.DONE) {
                continue;
            }
            var step = new Label(each.number() + "  " + stepName(each));
            step.getStyleClass().add("dkim-step");
            step.setId("dkim-step-" + each.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            step.pseudoClassStateChanged(CURRENT, each == stage);
            step.pseudoClassStateChanged(DONE, each.ordinal() < stage.ordinal());
            if (each.ordinal() < stage.ordinal()) {
                step.setGraphic(new FontIcon(Material2AL.CHECK));
            }
            steps.getChildren().add(step);
        }
    }

    private static String stepName(RotationStage stage) {
        return switch (stage) {
            case PUBLISH_NEW -> "Publish the new key";
            case WAIT_PROPAGATION -> "Wait for caches";
            case SWITCH_SIGNER -> "Switch the signer";
            case OVERLAP -> "Overlap (" + DkimRotation.OVERLAP.toDays() + " days)";
            case REVOKE_OLD, DONE -> "Revoke the old key";
        };
    }

    private Node[] actions(RotationStage stage, DkimRotation rotation) {
        var check = button("_Check the name servers", Material2MZ.REFRESH, "dkim-check-servers");
        check.setTooltip(
                new Tooltip(
                        "Ask every authoritative name server of the zone directly for "
                                + rotation.incoming()));
        check.disableProperty().bind(model.checkingProperty());
        check.setOnAction(e -> model.check());
        var spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.checkingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        var cancel = button("Cancel _rotation", Material2AL.BLOCK, "dkim-cancel-rotation");
        cancel.getStyleClass().add("flat");
        cancel.setTooltip(
                new Tooltip(
                        "Remove "
                                + rotation.incoming()
                                + "; "
                                + rotation.retiring()
                                + " keeps signing"));
        cancel.setOnAction(e -> model.cancel());
        return switch (stage) {
            case PUBLISH_NEW, WAIT_PROPAGATION -> new Node[] {check, spinner, cancel};
            case SWITCH_SIGNER -> {
                var switched =
                        button(
                                "I have _switched the signer",
                                Material2MZ.SWAP_HORIZ,
                                "dkim-switch");
                switched.getStyleClass().add("accent");
                switched.setTooltip(
                        new Tooltip(
                                "Confirm that the signing filter now signs with "
                                        + rotation.incoming()));
                switched.setOnAction(e -> model.switchSigner());
                yield new Node[] {switched, check, spinner, cancel};
            }
            case OVERLAP -> new Node[0];
            case REVOKE_OLD -> {
                var revoke =
                        button("Re_voke " + rotation.retiring(), Material2AL.BLOCK, "dkim-revoke");
                revoke.getStyleClass().add("accent");
                revoke.setTooltip(
                        new Tooltip(
                                "Put the revocation record of "
                                        + rotation.retiring()
                                        + " into the plan, in place of its key"));
                revoke.setOnAction(e -> model.revokeOld());
                yield new Node[] {revoke};
            }
            case DONE -> {
                var finish = button("_Finish the rotation", Material2AL.DONE_ALL, "dkim-finish");
                finish.getStyleClass().add("accent");
                finish.setOnAction(e -> model.finish());
                yield new Node[] {finish};
            }
        };
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String id) {
        var button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    private Node[] extra(RotationStage stage, DkimRotation rotation) {
        return switch (stage) {
            case PUBLISH_NEW, WAIT_PROPAGATION, OVERLAP -> new Node[0];
            case SWITCH_SIGNER -> {
                var intro =
                        new Label(
                                "The signing filter's lines with "
                                        + rotation.incoming()
                                        + " in place of "
                                        + rotation.retiring()
                                        + ". Replace the old lines with these and reload the"
                                        + " filter (systemctl reload opendkim, or rspamd).");
                intro.setWrapText(true);
                intro.getStyleClass().add("dkim-note");
                yield new Node[] {
                    intro, new DkimMtaView(model.switchLinesProperty(), copier, "dkim-switch")
                };
            }
            case REVOKE_OLD, DONE -> {
                var intro =
                        new Label(
                                "The revocation record of "
                                        + rotation.retiring()
                                        + ": the same name, an empty p=.");
                intro.getStyleClass().add("dkim-note");
                var card =
                        Optional.ofNullable(model.revocationProperty().get())
                                .map(r -> (Node) new RecordCard(r, copier))
                                .orElse(new Label());
                card.setId("dkim-revocation");
                yield new Node[] {intro, card};
            }
        };
    }

    private void showServers() {
        servers.getChildren().clear();
        int row = 0;
        for (var server : model.servers()) {
            var badge = new StatusBadge();
            badge.show(Optional.of(status(server.state())));
            var name = new Label(server.label());
            name.getStyleClass().add("mono");
            var said = new Label(server.summary());
            said.setWrapText(true);
            var ttl = new Label("TTL " + TimeText.of(server.ttl()));
            ttl.getStyleClass().add("dkim-note");
            servers.addRow(row++, badge, name, said, ttl);
        }
    }

    private static CheckStatus status(KeyOnServer.State state) {
        return switch (state) {
            case SERVES_KEY -> CheckStatus.PASS;
            case NO_RECORD -> CheckStatus.PENDING;
            case SERVES_OTHER -> CheckStatus.FAIL;
            case NO_ANSWER -> CheckStatus.ERROR;
        };
    }
}
