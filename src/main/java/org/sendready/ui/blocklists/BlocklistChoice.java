package org.sendready.ui.blocklists;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.sendready.dnsbl.Blocklist;

/// One list of the set, and whether the next scan asks it.
public final class BlocklistChoice {
    private final Blocklist list;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);

    BlocklistChoice(Blocklist list) {
        this.list = Objects.requireNonNull(list);
    }

    public Blocklist list() {
        return list;
    }

    /// Ticked: the next scan asks this list.
    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean selected() {
        return selected.get();
    }
}
