package org.sendready.ui.check;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The "DNS to ask" form: a radio per [ResolverMode], the servers field with its inline
/// error, and the preview switch.
final class ResolverChoiceView extends VBox {
    /// AtlantaFX's error look for text fields.
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final ToggleGroup group = new ToggleGroup();

    /// `onEnter` runs when the user presses Enter in the servers field.
    ResolverChoiceView(ResolverChoiceViewModel choice, Runnable onEnter) {
        super(6);
        getStyleClass().add("check-dns");
        setId("check-dns");

        var system = radio("_System resolvers", "dns-system", ResolverMode.SYSTEM);
        var custom = radio("C_ustom servers", "dns-custom", ResolverMode.CUSTOM);
        var authoritative =
                radio(
                        "Au_thoritative name servers",
                        "dns-authoritative",
                        ResolverMode.AUTHORITATIVE);
        select(choice.modeProperty().get());
        group.selectedToggleProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now == null) {
                                group.selectToggle(old); // a radio group always has a choice
                            } else {
                                choice.modeProperty().set((ResolverMode) now.getUserData());
                            }
                        });
        choice.modeProperty().addListener((obs, old, now) -> select(now));

        var title = new Label("DNS to ask");
        title.getStyleClass().add("check-dns-title");
        var modes = new HBox(20, system, custom, authoritative);
        modes.setAlignment(Pos.CENTER_LEFT);

        var servers = serversField(choice, onEnter);
        var serversLabel = new Label("Serv_ers");
        serversLabel.setMnemonicParsing(true);
        serversLabel.setLabelFor(servers);
        serversLabel.setMinWidth(Label.USE_PREF_SIZE);
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var serversRow = new HBox(10, serversLabel, servers, spacer, previewBox(choice));
        serversRow.setAlignment(Pos.CENTER_LEFT);

        var error = new Label();
        error.setId("dns-servers-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(choice.errorProperty());
        error.visibleProperty().bind(choice.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        var explanation = new Label();
        explanation.getStyleClass().add("check-dns-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(choice.modeProperty().map(ResolverMode::explanation));

        getChildren().addAll(title, modes, serversRow, error, explanation);
    }

    private RadioButton radio(String text, String id, ResolverMode mode) {
        var radio = new RadioButton(text);
        radio.setId(id);
        radio.setMnemonicParsing(true);
        radio.setUserData(mode);
        radio.setToggleGroup(group);
        radio.setMinWidth(RadioButton.USE_PREF_SIZE);
        return radio;
    }

    private void select(ResolverMode mode) {
        group.getToggles().stream()
                .filter(t -> t.getUserData() == mode)
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    private static TextField serversField(ResolverChoiceViewModel choice, Runnable onEnter) {
        var servers = new TextField();
        servers.setId("dns-servers");
        servers.setPromptText("e.g. 192.0.2.53, [2001:db8::53]:5353");
        servers.setAccessibleText("DNS servers");
        servers.setPrefColumnCount(28);
        servers.textProperty().bindBidirectional(choice.serversTextProperty());
        servers.disableProperty().bind(choice.modeProperty().isEqualTo(ResolverMode.SYSTEM));
        servers.setOnAction(e -> onEnter.run());
        servers.setTooltip(
                new Tooltip(
                        "Resolvers to ask, by IP address with an optional port; Enter checks."
                                + " For authoritative name servers: the resolver that finds"
                                + " them (empty: the system's)."));
        servers.pseudoClassStateChanged(DANGER, !choice.valid());
        choice.errorProperty()
                .addListener(
                        (obs, old, now) -> servers.pseudoClassStateChanged(DANGER, !now.isEmpty()));
        return servers;
    }

    private static CheckBox previewBox(ResolverChoiceViewModel choice) {
        var preview = new CheckBox("_Preview with the planned records");
        preview.setId("dns-preview");
        preview.setMnemonicParsing(true);
        preview.setMinWidth(CheckBox.USE_PREF_SIZE);
        preview.selectedProperty().bindBidirectional(choice.previewProperty());
        preview.disableProperty().bind(choice.modeProperty().isEqualTo(ResolverMode.AUTHORITATIVE));
        preview.setTooltip(
                new Tooltip(
                        "Lay the plan's records over live DNS: the board as it will be once"
                                + " they are published"));
        return preview;
    }
}
