package org.sendready.ui.dkim;

import java.nio.file.Path;
import java.util.Objects;
import org.sendready.dkim.DkimSelector;

/// A private key save that found a file already there: the page asks before replacing it.
///
/// @param selector the key being saved
/// @param path the file that exists
public record ReplaceRequest(DkimSelector selector, Path path) {
    public ReplaceRequest {
        Objects.requireNonNull(selector);
        Objects.requireNonNull(path);
    }
}
