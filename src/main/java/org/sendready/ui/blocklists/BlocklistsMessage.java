package org.sendready.ui.blocklists;

import java.util.Objects;

/// A line for the user under the page's buttons: what a load, save or scan did, or why not.
///
/// @param text the sentence
/// @param error true when something went wrong
public record BlocklistsMessage(String text, boolean error) {
    public BlocklistsMessage {
        Objects.requireNonNull(text);
    }

    static BlocklistsMessage info(String text) {
        return new BlocklistsMessage(text, false);
    }

    static BlocklistsMessage error(String text) {
        return new BlocklistsMessage(text, true);
    }
}
