package org.sendready.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/// Puts text on the clipboard. An interface so view-model tests can see what was copied.
@FunctionalInterface
public interface Copier {
    void copy(String text);

    /// The system clipboard; call on the FX thread.
    static Copier systemClipboard() {
        return text -> {
            var content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        };
    }
}
