package org.sendready.ui.spf;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.sendready.spf.Qualifier;
import org.sendready.ui.common.ChoiceLabels;

/// One term of the builder as a row of controls: drag handle, qualifier (word and symbol),
/// kind, value, prefix lengths, and buttons to move, duplicate and remove it. A field in error
/// is marked inline (red, with an error icon) and the row shows the message under it.
final class SpfTermRowView extends VBox {
    private final SpfTermRow row;
    private final Label handle = new Label(null, new FontIcon(Material2AL.DRAG_INDICATOR));
    private final ComboBox<Qualifier> qualifier =
            new ComboBox<>(FXCollections.observableArrayList(Qualifier.values()));
    private final ComboBox<SpfTermKind> kind =
            new ComboBox<>(FXCollections.observableArrayList(SpfTermKind.values()));
    private final CustomTextField value = new CustomTextField();
    private final CustomTextField ip4Prefix = new CustomTextField();
    private final CustomTextField ip6Prefix = new CustomTextField();
    private final Label ip4Slash = new Label("/");
    private final Label ip6Slash = new Label("//");
    private final Label error = new Label();
    final Button up = iconButton(Material2AL.ARROW_UPWARD, "spf-up");
    final Button down = iconButton(Material2AL.ARROW_DOWNWARD, "spf-down");
    final Button duplicate = iconButton(Material2AL.CONTENT_COPY, "spf-duplicate");
    final Button remove = iconButton(Material2AL.DELETE_OUTLINE, "spf-remove");

    SpfTermRowView(SpfTermRow row) {
        this.row = row;
        getStyleClass().add("spf-row");

        handle.getStyleClass().add("spf-handle");
        handle.setFocusTraversable(true);
        handle.setTooltip(
                new Tooltip("Drag to reorder, or use Alt+Up and Alt+Down; Delete removes"));

        qualifier.getStyleClass().add("spf-qualifier");
        qualifier.setConverter(QUALIFIERS);
        qualifier.valueProperty().bindBidirectional(row.qualifierProperty());
        qualifier.setTooltip(new Tooltip("The result when this term matches the sending server"));

        kind.getStyleClass().add("spf-kind");
        kind.valueProperty().bindBidirectional(row.kindProperty());

        value.getStyleClass().addAll("spf-value", "mono");
        value.textProperty().bindBidirectional(row.valueProperty());
        HBox.setHgrow(value, Priority.ALWAYS);

        prefixField(ip4Prefix, "spf-ip4-prefix", "IPv4 prefix length, 0 to 32 (empty: 32)");
        ip4Prefix.textProperty().bindBidirectional(row.ip4PrefixProperty());
        prefixField(ip6Prefix, "spf-ip6-prefix", "IPv6 prefix length, 0 to 128 (empty: 128)");
        ip6Prefix.textProperty().bindBidirectional(row.ip6PrefixProperty());
        ip4Slash.getStyleClass().add("spf-slash");
        ip6Slash.getStyleClass().add("spf-slash");

        error.getStyleClass().add("spf-row-error");
        error.setWrapText(true);

        var line =
                new HBox(
                        6, handle, qualifier, kind, value, ip4Slash, ip4Prefix, ip6Slash, ip6Prefix,
                        up, down, duplicate, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("spf-row-line");
        getChildren().addAll(line, error);

        row.kindProperty().addListener((obs, old, now) -> showKind());
        row.errorProperty().addListener((obs, old, now) -> showError());
        row.errorFieldProperty().addListener((obs, old, now) -> showError());
        showKind();
        showError();
    }

    SpfTermRow row() {
        return row;
    }

    Node handle() {
        return handle;
    }

    /// Labels the row's controls for its position: ids for tests, accessible names.
    void number(int index, int count) {
        setId("spf-row-" + index);
        var term = "term " + (index + 1);
        handle.setAccessibleText("Move " + term);
        qualifier.setAccessibleText("Qualifier of " + term);
        kind.setAccessibleText("Kind of " + term);
        value.setAccessibleText("Value of " + term);
        ip4Prefix.setAccessibleText("IPv4 prefix length of " + term);
        ip6Prefix.setAccessibleText("IPv6 prefix length of " + term);
        label(up, "Move " + term + " up (Alt+Up)");
        label(down, "Move " + term + " down (Alt+Down)");
        label(duplicate, "Duplicate " + term + " (Ctrl+D)");
        label(remove, "Remove " + term + " (Delete)");
        up.setDisable(index == 0);
        down.setDisable(index == count - 1);
    }

    private static void label(Button button, String text) {
        button.setAccessibleText(text);
        button.getTooltip().setText(text);
    }

    private void showKind() {
        var k = row.kindProperty().get();
        qualifier.setVisible(!k.isModifier());
        value.setVisible(k.hasValue());
        value.setPromptText(k.valueRequired() ? k.prompt() : "(" + k.prompt() + ")");
        kind.setTooltip(new Tooltip(k.label() + ": " + k.description()));
        show(ip4Slash, k.hasIp4Prefix());
        show(ip4Prefix, k.hasIp4Prefix());
        show(ip6Slash, k.hasIp6Prefix());
        show(ip6Prefix, k.hasIp6Prefix());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private void showError() {
        var message = row.error();
        error.setText(message);
        show(error, !message.isEmpty());
        var field = row.errorFieldProperty().get();
        decorate(value, field == SpfTermRow.Field.VALUE);
        decorate(ip4Prefix, field == SpfTermRow.Field.IP4_PREFIX);
        decorate(ip6Prefix, field == SpfTermRow.Field.IP6_PREFIX);
    }

    /// Marks `field` in error: AtlantaFX's danger state and an error icon inside the field;
    /// the message is under the row. (ControlsFX's `Decorator` would replace the scene's root
    /// with a pane that clears the theme's background, which breaks the dark theme.)
    private static void decorate(CustomTextField field, boolean wrong) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        if (wrong && field.getRight() == null) {
            var icon = new FontIcon(Material2AL.ERROR);
            icon.getStyleClass().add("spf-error-icon");
            field.setRight(icon);
        } else if (!wrong) {
            field.setRight(null);
        }
    }

    private static void prefixField(CustomTextField field, String styleClass, String tip) {
        field.getStyleClass().addAll(styleClass, "mono");
        field.setPrefColumnCount(3);
        field.setMaxWidth(52);
        field.setPromptText(styleClass.contains("ip4") ? "32" : "128");
        field.setTooltip(new Tooltip(tip));
    }

    private static Button iconButton(Ikon icon, String styleClass) {
        var button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(styleClass, Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip());
        return button;
    }

    /// A qualifier in words and symbol: `- fail`.
    static final StringConverter<Qualifier> QUALIFIERS =
            new ChoiceLabels<>(List.of(Qualifier.values()), q -> q.symbol() + " " + q.word());
}
