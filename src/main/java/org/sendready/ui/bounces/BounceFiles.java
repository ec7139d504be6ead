package org.sendready.ui.bounces;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sendready.bounce.MessageFiles;
import org.sendready.bounce.MessageSource;

/// Returned messages stored as files, as the user chose them: `.eml` files, an mbox file or a
/// Maildir folder.
public sealed interface BounceFiles {

    /// The messages, read when the processor asks (off the FX thread: it touches the disk).
    MessageSource open();

    /// What was chosen, for the page: `3 .eml files`, `mbox: /var/mail/bounces`.
    String describe();

    /// Single messages, one per file.
    record Eml(List<Path> files) implements BounceFiles {
        public Eml {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("at least one .eml file");
            }
        }

        @Override
        public MessageSource open() {
            return MessageFiles.eml(files);
        }

        @Override
        public String describe() {
            return files.size() == 1
                    ? ".eml file: " + files.getFirst()
                    : files.size() + " .eml files in " + files.getFirst().getParent();
        }
    }

    /// One mbox file (RFC 4155).
    record Mbox(Path file) implements BounceFiles {
        public Mbox {
            Objects.requireNonNull(file);
        }

        @Override
        public MessageSource open() {
            return MessageFiles.mbox(file);
        }

        @Override
        public String describe() {
            return "mbox file: " + file;
        }
    }

    /// A Maildir folder (its `new/` and `cur/`).
    record Maildir(Path folder) implements BounceFiles {
        public Maildir {
            Objects.requireNonNull(folder);
        }

        @Override
        public MessageSource open() {
            return MessageFiles.maildir(folder);
        }

        @Override
        public String describe() {
            return "Maildir: " + folder;
        }
    }
}
