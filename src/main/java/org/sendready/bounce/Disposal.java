package org.sendready.bounce;

import java.util.Objects;

/// What happens on the server to the messages the processor recognised. Nothing, unless
/// asked for.
public sealed interface Disposal {

    /// Leave every message where it is, unread (IMAP opens the folder read-only).
    record Keep() implements Disposal {}

    /// Delete recognised messages (IMAP expunge; POP3 delete at QUIT).
    record Delete() implements Disposal {}

    /// Move recognised messages to another IMAP folder, creating it when missing.
    record MoveTo(String folder) implements Disposal {
        public MoveTo {
            Objects.requireNonNull(folder);
        }
    }
}
