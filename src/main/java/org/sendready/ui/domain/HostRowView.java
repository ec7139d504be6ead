package org.sendready.ui.domain;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/// One server row of the Domain page: host name and addresses fields, a remove button, and
/// the row's error and warning lines. Made once per [HostRow]; [#number] renumbers it when
/// rows above it come or go.
final class HostRowView extends VBox {
    static final double HOSTNAME_WIDTH = 300;

    private final TextField name = new TextField();
    private final TextField addresses = new TextField();
    private final Button remove = new Button(null, new FontIcon(Material2MZ.REMOVE_CIRCLE_OUTLINE));
    private final Label nameError;
    private final Label addressesError;
    private final Label warning;

    HostRowView(HostRow row, Runnable onRemove) {
        super(4);
        getStyleClass().add("host-row");
        name.setPromptText("mail.example.com");
        name.setPrefWidth(HOSTNAME_WIDTH);
        name.setMinWidth(HOSTNAME_WIDTH);
        name.textProperty().bindBidirectional(row.hostnameProperty());
        DomainPage.markInvalid(name, row.hostnameErrorProperty());

        addresses.setPromptText("192.0.2.10, 2001:db8::10");
        addresses.textProperty().bindBidirectional(row.addressesProperty());
        DomainPage.markInvalid(addresses, row.addressesErrorProperty());
        HBox.setHgrow(addresses, Priority.ALWAYS);

        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> onRemove.run());

        nameError = DomainPage.message(row.hostnameErrorProperty(), Styles.DANGER);
        addressesError = DomainPage.message(row.addressesErrorProperty(), Styles.DANGER);
        warning = DomainPage.message(row.warningProperty(), Styles.WARNING);
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));

        var fields = new HBox(8, name, addresses, remove);
        fields.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(fields, nameError, addressesError, warning);
    }

    /// Gives the row its place: ids for tests, and what screen readers and tooltips say.
    void number(int number, int count) {
        name.setId("host-name-" + number);
        addresses.setId("host-addresses-" + number);
        remove.setId("remove-host-" + number);
        nameError.setId("host-name-error-" + number);
        addressesError.setId("host-addresses-error-" + number);
        warning.setId("host-warning-" + number);
        name.setAccessibleText("Host name of server " + number);
        addresses.setAccessibleText("IP addresses of server " + number);
        var what = count == 1 ? "Clear server " + number : "Remove server " + number;
        remove.setTooltip(new Tooltip(what));
        remove.setAccessibleText(what);
    }
}
