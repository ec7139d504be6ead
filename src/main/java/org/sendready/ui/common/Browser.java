package org.sendready.ui.common;

import java.net.URI;
import java.util.Objects;
import javafx.application.HostServices;

/// Opens a web page in the user's browser. A port, so tests can see which page a link opens
/// without starting a browser.
@FunctionalInterface
public interface Browser {
    void open(URI page);

    /// The desktop's default browser, through the application's host services.
    static Browser of(HostServices services) {
        Objects.requireNonNull(services);
        return page -> services.showDocument(page.toString());
    }

    /// For windows wired without a browser: a link's address goes to the clipboard instead, so
    /// a click still gives the user the page to open.
    static Browser copying(Copier copier) {
        Objects.requireNonNull(copier);
        return page -> copier.copy(page.toString());
    }
}
