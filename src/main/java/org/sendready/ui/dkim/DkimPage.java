package org.sendready.ui.dkim;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.check.KeyPropagationProbe;
import org.sendready.dkim.DkimKeyGenerator;
import org.sendready.dns.AuthoritativeResolver;
import org.sendready.dns.Server;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.wizard.DnsChoice;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;

/// The DKIM step: generate or import keys, save private keys, publish their records, configure
/// the signing filter, and rotate a key safely ([DkimViewModel], [RotationViewModel]).
public final class DkimPage implements StepPage {

    /// How often the rotation's stage is re-read while the page is shown: its waits last an
    /// hour to a week, so half a minute is precise enough and costs nothing.
    static final Duration TICK = Duration.seconds(30);

    private static final PseudoClass[] MESSAGE_KINDS = {
        PseudoClass.getPseudoClass("info"),
        PseudoClass.getPseudoClass("success"),
        PseudoClass.getPseudoClass("error")
    };

    private final DkimViewModel model;
    private final Copier copier;
    private final VBox root = new VBox();
    private final VBox cards = new VBox(14);
    private final Timeline ticker;
    private Map<CardKey, DkimKeyCard> shownCards = Map.of();

    /// The page of the real wizard: name servers are asked on port 53.
    public DkimPage(WizardContext context) {
        this(context, Server.Endpoint.DNS_PORT);
    }

    /// `nameServerPort` is where authoritative name servers are asked (tests run theirs on
    /// another port).
    DkimPage(WizardContext context, int nameServerPort) {
        var project = context.model().project();
        var rotation =
                new RotationViewModel(
                        project,
                        context.model().dnsProperty()::get,
                        context.threads(),
                        context.clock(),
                        choice -> probe(context, choice, nameServerPort));
        this.model =
                new DkimViewModel(
                        project,
                        context.threads(),
                        context.files(),
                        context.clock(),
                        new DkimKeyGenerator(new SecureRandom()),
                        rotation);
        this.copier = context.copier();
        this.ticker = new Timeline(new KeyFrame(TICK, e -> rotation.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        build();
    }

    private static KeyPropagationProbe probe(WizardContext context, DnsChoice choice, int port) {
        var resolver = context.dns().open(choice);
        return new KeyPropagationProbe(
                new AuthoritativeResolver(resolver, resolver, port, false), resolver);
    }

    /// The view-model, for tests.
    DkimViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void entered() {
        model.rotation().tick();
        ticker.play();
    }

    @Override
    public void left() {
        ticker.stop();
        model.cancelPending();
    }

    private void build() {
        root.getStyleClass().addAll("page", "dkim-page");
        root.getStylesheets().add(DkimPage.class.getResource("DkimPage.css").toExternalForm());
        var lead =
                new Label(
                        "DKIM signs every message with a private key on your mail server;"
                                + " receivers verify the signature with the public key you"
                                + " publish in DNS. Generate a key (or import one), save its"
                                + " private key, publish its record, and configure the signer.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);

        var warning = new Label(null, new FontIcon(Material2MZ.WARNING));
        warning.setId("dkim-warning");
        warning.getStyleClass().add("dkim-warning");
        warning.setWrapText(true);
        warning.textProperty().bind(model.signingWarningProperty());
        warning.managedProperty().bind(warning.textProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());

        var message = new Label();
        message.setId("dkim-message");
        message.setWrapText(true);
        showMessage(message, model.messageProperty());

        var keysTitle = SectionTitle.of("Keys in this plan");
        var empty =
                new Label("No DKIM key yet. Generate one above: RSA 2048 suits every receiver.");
        empty.getStyleClass().add("dkim-note");
        model.keys().subscribe(() -> showKeys(empty));
        showKeys(empty);

        var mtaTitle = SectionTitle.of("Signing filter");
        var mtaIntro =
                new Label(
                        "The lines that make OpenDKIM or rspamd sign with the keys that sign"
                                + " now. Key files are where each filter usually keeps them:"
                                + " copy each saved private key there, readable only by the"
                                + " filter's user.");
        mtaIntro.setWrapText(true);
        mtaIntro.getStyleClass().add("dkim-note");
        var mta = new DkimMtaView(model.mtaLinesProperty(), copier, "dkim-mta");
        var mtaSection = new VBox(8, mtaTitle, mtaIntro, mta);
        mtaSection.managedProperty().bind(model.mtaLinesProperty().isNotNull());
        mtaSection.visibleProperty().bind(mtaSection.managedProperty());

        root.getChildren()
                .addAll(
                        lead,
                        warning,
                        new DkimRotationPanel(model.rotation(), copier),
                        SectionTitle.of("New key"),
                        new DkimKeyForm(model),
                        message,
                        replaceBar(),
                        keysTitle,
                        cards,
                        mtaSection);
    }

    /// Shows a card per key; a key whose card would look the same keeps its card, so focus
    /// and scroll position survive unrelated plan changes.
    private void showKeys(Label empty) {
        if (model.keys().isEmpty()) {
            shownCards = Map.of();
            cards.getChildren().setAll(empty);
            return;
        }
        var next = new LinkedHashMap<CardKey, DkimKeyCard>();
        for (var row : model.keys()) {
            var key = new CardKey(row, model.canRotate(row), model.canRemove(row));
            var card = shownCards.get(key);
            next.put(key, card != null ? card : new DkimKeyCard(row, model, copier));
        }
        var children = List.<Node>copyOf(next.values());
        if (!children.equals(cards.getChildren())) {
            cards.getChildren().setAll(children);
        }
        shownCards = next;
    }

    /// What a key card shows: its row and which buttons it has.
    private record CardKey(DkimKeyRow row, boolean rotate, boolean remove) {}

    private Node replaceBar() {
        var text = new Label();
        text.setWrapText(true);
        var replace = new Button("_Replace the file");
        replace.setId("dkim-replace-confirm");
        replace.setMnemonicParsing(true);
        replace.getStyleClass().add("danger");
        replace.setOnAction(e -> model.confirmReplace());
        var keep = new Button("_Keep it, save elsewhere");
        keep.setId("dkim-replace-keep");
        keep.setMnemonicParsing(true);
        keep.setOnAction(e -> model.keepExisting());
        var buttons = new HBox(8, replace, keep);
        buttons.setAlignment(Pos.CENTER_LEFT);
        var bar = new VBox(8, text, buttons);
        bar.setId("dkim-replace");
        bar.getStyleClass().add("dkim-replace");
        model.replaceRequestProperty()
                .subscribe(
                        request -> {
                            bar.setManaged(request != null);
                            bar.setVisible(request != null);
                            if (request != null) {
                                text.setText(
                                        request.path()
                                                + " already exists. Replacing it loses the key it"
                                                + " holds: if that key still signs mail, its"
                                                + " signatures fail. Replace it with the key of "
                                                + request.selector()
                                                + "?");
                                keep.requestFocus();
                            }
                        });
        return bar;
    }

    /// Shows `message` in `label`, coloured by its kind; hides the label when there is none.
    static void showMessage(Label label, ObservableValue<PageMessage> message) {
        label.getStyleClass().add("dkim-message");
        message.subscribe(
                now -> {
                    label.setText(now == null ? "" : now.text());
                    label.setManaged(now != null);
                    label.setVisible(now != null);
                    for (var kind : PageMessage.Kind.values()) {
                        label.pseudoClassStateChanged(
                                MESSAGE_KINDS[kind.ordinal()], now != null && now.kind() == kind);
                    }
                });
    }
}
