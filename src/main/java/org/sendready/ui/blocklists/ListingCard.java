package org.sendready.ui.blocklists;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sendready.dns.IpAddresses;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.ReturnCode;
import org.sendready.ui.common.Browser;
import org.sendready.ui.common.StatusBadge;
import org.sendready.ui.common.StatusStyle;

/// One answer that needs reading, as a card: who is listed where (or which list refused or
/// failed), what each return code means, the list's own reason (its TXT record), and links to
/// the list's removal and information pages.
final class ListingCard extends VBox {
    private final Browser browser;
    private final String idSuffix;
    private final VBox body = new VBox(4);

    /// `idSuffix` names the card's controls for tests: `<list>-<target index>`.
    ListingCard(Listing listing, String idSuffix, Browser browser) {
        super(6);
        this.browser = browser;
        this.idSuffix = idSuffix;
        setId("listing-" + idSuffix);
        getStyleClass().add("listing-card");
        var status = ListingLook.status(listing.status());
        StatusStyle.apply(this, Optional.of(status));

        var badge = new StatusBadge();
        badge.show(Optional.of(status));
        var title =
                new Label(
                        listing.target().display()
                                + " on "
                                + listing.list().title()
                                + ": "
                                + ListingLook.word(listing.status()).toLowerCase(Locale.ROOT));
        title.getStyleClass().add("listing-title");
        title.setWrapText(true);
        var header = new HBox(8, badge, title);
        header.setAlignment(Pos.CENTER_LEFT);
        body.getStyleClass().add("listing-body");
        getChildren().addAll(header, body);

        switch (listing.outcome()) {
            case Outcome.Listed listed -> {
                listed.codes().forEach(code -> line(code(code), "listing-code"));
                listed.unexplained()
                        .forEach(
                                answer ->
                                        line(
                                                "Also answered "
                                                        + answer
                                                        + ", a code sendready's table does not"
                                                        + " explain.",
                                                "muted"));
                listed.reasons().forEach(reason -> line("The list says: " + reason, "reason"));
                if (listed.reasons().isEmpty()) {
                    line("The list gave no reason (no TXT record).", "muted");
                }
                listing.list().removal().ifPresent(uri -> link("Removal", "removal", uri));
            }
            case Outcome.Refused refused -> {
                refused.codes().forEach(code -> line(code(code), "listing-code"));
                line(
                        "A refusal is not a listing: the list would not answer this resolver."
                                + " Scan again through your own resolver.",
                        "listing-advice");
                listing.list().note().ifPresent(note -> line(note, "muted"));
            }
            case Outcome.Failed failed -> {
                line("No verdict: " + failed.reason() + ".", "listing-advice");
                failed.codes().forEach(code -> line(code(code), "listing-code"));
            }
            case Outcome.Unexpected unexpected ->
                    line(
                            "Answered "
                                    + String.join(", ", unexpected.answers())
                                    + (unexpected.outsideLoopback()
                                            ? ", outside 127.0.0.0/8 where every list answer"
                                                    + " lies: the resolver seems to rewrite"
                                                    + " missing names. Not read as a listing."
                                            : ", which the list's documentation does not"
                                                    + " explain. Not read as a listing."),
                            "listing-advice");
            case Outcome.NotListed none -> line("Not listed.", "muted");
        }
        listing.list().info().ifPresent(uri -> link("About the list", "info", uri));
        listing.query()
                .ifPresent(name -> line("Asked: " + name.ascii() + " A", "mono", "muted", "query"));
    }

    /// `127.0.0.4: XBL: the address is exploited ...`.
    private static String code(ReturnCode code) {
        return IpAddresses.format(code.answer()) + ": " + code.meaning();
    }

    private void line(String text, String... styles) {
        var label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        body.getChildren().add(label);
    }

    private void link(String what, String idPrefix, URI uri) {
        var name = new Label(what + ":");
        name.getStyleClass().add("muted");
        name.setMinWidth(Label.USE_PREF_SIZE);
        var link = new Hyperlink(uri.toString());
        link.setId(idPrefix + "-" + idSuffix);
        link.setTooltip(new Tooltip("Open " + uri + " in your browser"));
        link.setOnAction(e -> browser.open(uri));
        var row = new HBox(4, name, link);
        row.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().add(row);
    }
}
