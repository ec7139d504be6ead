package org.sendready.ui.bounces;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sendready.bounce.MailProtocol;
import org.sendready.bounce.MailboxSecurity;
import org.sendready.ui.bounces.MailboxSettings.Afterwards;

/// The mailbox form: protocol, server, protection, login, password, folder, and what happens
/// to recognised messages (kept unless the user asks, deletion only once confirmed).
final class MailboxFormView {
    private static final double FIELD_WIDTH = 300;

    private final MailboxSettings settings;
    private final PasswordField password;

    MailboxFormView(MailboxSettings settings, PasswordField password) {
        this.settings = settings;
        this.password = password;
    }

    Node view() {
        var protocols = new ToggleGroup();
        var imap = BouncesPage.radio("IMAP", "bounces-imap", protocols);
        imap.setUserData(MailProtocol.IMAP);
        var pop3 = BouncesPage.radio("POP3", "bounces-pop3", protocols);
        pop3.setUserData(MailProtocol.POP3);
        BouncesPage.bindToggle(protocols, settings.protocolProperty());

        var server = field("bounces-server", "imap.example.com or imap.example.com:993");
        server.textProperty().bindBidirectional(settings.serverProperty());
        var port = new Label();
        port.textProperty().bind(settings.defaultPortProperty());
        port.getStyleClass().add(Styles.TEXT_MUTED);

        var securities = new ToggleGroup();
        var tls = BouncesPage.radio("TLS", "bounces-tls", securities);
        tls.setUserData(MailboxSecurity.TLS);
        tls.setTooltip(new Tooltip("Encrypted from the first byte (ports 993 and 995)"));
        var starttls = BouncesPage.radio("STARTTLS", "bounces-starttls", securities);
        starttls.setUserData(MailboxSecurity.STARTTLS);
        starttls.setTooltip(new Tooltip("Plain connection upgraded to TLS (ports 143 and 110)"));
        BouncesPage.bindToggle(securities, settings.securityProperty());

        var user = field("bounces-user", "bounces@example.com");
        user.textProperty().bindBidirectional(settings.userProperty());
        password.setId("bounces-password");
        password.setPrefWidth(FIELD_WIDTH);
        password.setMaxWidth(FIELD_WIDTH);
        password.setTooltip(
                new Tooltip("Used for this run only: never saved, cleared once it is sent"));
        var folder = field("bounces-folder", "INBOX");
        folder.textProperty().bindBidirectional(settings.folderProperty());
        folder.disableProperty().bind(settings.imapProperty().not());

        var grid = new GridPane();
        grid.getStyleClass().add("bounces-form");
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, "Protocol", new HBox(14, imap, pop3));
        var serverRow = new HBox(10, server, port);
        serverRow.setAlignment(Pos.CENTER_LEFT);
        row(grid, 1, "Server", serverRow);
        row(grid, 2, "Protection", new HBox(14, tls, starttls));
        row(grid, 3, "User", user);
        row(grid, 4, "Password", password);
        row(grid, 5, "Folder", folder);
        row(grid, 6, "Afterwards", afterwards());
        var note =
                new Label(
                        "The password is kept in memory for this run only, never written to the"
                                + " project or the settings.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        return new VBox(8, grid, note);
    }

    private Node afterwards() {
        var group = new ToggleGroup();
        var keep = BouncesPage.radio("Keep on the server", "bounces-keep", group);
        keep.setUserData(Afterwards.KEEP);
        var move = BouncesPage.radio("Move to", "bounces-move", group);
        move.setUserData(Afterwards.MOVE);
        move.disableProperty().bind(settings.imapProperty().not());
        var delete = BouncesPage.radio("Delete", "bounces-delete", group);
        delete.setUserData(Afterwards.DELETE);
        BouncesPage.bindToggle(group, settings.afterwardsProperty());
        var moveTo = new TextField();
        moveTo.setId("bounces-move-to");
        moveTo.setPromptText("Processed-bounces");
        moveTo.setPrefColumnCount(14);
        moveTo.textProperty().bindBidirectional(settings.moveToProperty());
        moveTo.disableProperty().bind(settings.afterwardsProperty().isNotEqualTo(Afterwards.MOVE));
        var confirm =
                new CheckBox(
                        "Yes, delete every recognised bounce and auto-reply from the server after"
                                + " reading it");
        confirm.setId("bounces-delete-confirm");
        confirm.selectedProperty().bindBidirectional(settings.deleteConfirmedProperty());
        confirm.visibleProperty().bind(settings.afterwardsProperty().isEqualTo(Afterwards.DELETE));
        confirm.managedProperty().bind(confirm.visibleProperty());
        confirm.getStyleClass().add(Styles.DANGER);
        var choices = new HBox(14, keep, new HBox(6, move, moveTo), delete);
        choices.setAlignment(Pos.CENTER_LEFT);
        ((HBox) choices.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, choices, confirm);
    }

    private static TextField field(String id, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(FIELD_WIDTH);
        field.setMaxWidth(FIELD_WIDTH);
        return field;
    }

    private static void row(GridPane grid, int index, String label, Node control) {
        var name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setLabelFor(control);
        grid.addRow(index, name, control);
    }
}
