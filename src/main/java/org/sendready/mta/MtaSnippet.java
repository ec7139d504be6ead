package org.sendready.mta;

import java.util.Objects;

/// One configuration file's content, or the lines to merge into it.
///
/// @param path where the file lives on a typical Debian/Ubuntu or Fedora mail server
/// @param text the content, starting with a comment that names the path
public record MtaSnippet(String path, String text) {
    public MtaSnippet {
        Objects.requireNonNull(path);
        Objects.requireNonNull(text);
    }
}
