package org.sendready.bounce;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.sendready.input.InvalidInput;

/// Messages stored as files: single `.eml` files (RFC 5322 each), an mbox file, or a Maildir.
public final class MessageFiles {

    private MessageFiles() {}

    /// One message per file, in the order given.
    public static MessageSource eml(List<Path> files) {
        var copy = List.copyOf(files);
        return handler -> {
            for (var file : copy) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                handler.handle(file.toString(), readMessage(file));
            }
        };
    }

    /// The messages of a Maildir (`new/` then `cur/`, each sorted by name; `tmp/` holds
    /// deliveries in progress and is skipped, as the Maildir format requires).
    public static MessageSource maildir(Path directory) {
        for (var sub : List.of("new", "cur")) {
            if (!Files.isDirectory(directory.resolve(sub))) {
                throw new InvalidInput(
                        directory.toString(), "is not a Maildir: it has no " + sub + "/ folder");
            }
        }
        return handler -> {
            for (var sub : List.of("new", "cur")) {
                for (var file : sorted(directory.resolve(sub))) {
                    if (Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    handler.handle(directory.relativize(file).toString(), readMessage(file));
                }
            }
        };
    }

    /// The messages of an mbox file: each starts with a `From ` line at the start of the file
    /// or after an empty line; mboxrd quoting (`>From `) is undone (RFC 4155).
    public static MessageSource mbox(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(file.toString(), "does not exist or is not a file");
        }
        return handler -> {
            try (var in = new BufferedInputStream(Files.newInputStream(file))) {
                new MboxSplitter(file.toString(), handler).split(in);
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        };
    }

    private static List<Path> sorted(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw unreadable(directory, e);
        }
    }

    static byte[] readMessage(Path file) {
        try {
            if (Files.size(file) > BounceParser.MAX_MESSAGE_BYTES) {
                throw new InvalidInput(
                        file.toString(),
                        "is larger than "
                                + BounceParser.MAX_MESSAGE_BYTES
                                + " bytes; not a bounce");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static InvalidInput unreadable(Path file, IOException e) {
        return switch (e) {
            case NoSuchFileException ignored ->
                    new InvalidInput(file.toString(), "does not exist", e);
            case AccessDeniedException ignored ->
                    new InvalidInput(file.toString(), "is not readable: permission denied", e);
            default -> new InvalidInput(file.toString(), "could not be read: " + e.getMessage(), e);
        };
    }

    /// Splits an mbox stream into messages, line by line, keeping the bytes as they are.
    private static final class MboxSplitter {
        private final String name;
        private final MessageSource.MessageHandler handler;
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private int count;
        private boolean started;
        private boolean previousBlank = true;

        MboxSplitter(String name, MessageSource.MessageHandler handler) {
            this.name = name;
            this.handler = handler;
        }

        void split(InputStream in) throws IOException {
            byte[] line;
            while ((line = readLine(in)) != null) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                accept(line);
            }
            flush();
        }

        private void accept(byte[] line) {
            if (previousBlank && startsWith(line, "From ")) {
                flush();
                started = true;
                previousBlank = false;
                return;
            }
            previousBlank = isBlank(line);
            if (!started) {
                return;
            }
            if (message.size() + line.length > BounceParser.MAX_MESSAGE_BYTES) {
                return;
            }
            var unquoted = unquote(line);
            message.write(unquoted, 0, unquoted.length);
        }

        private void flush() {
            if (started && message.size() > 0) {
                count++;
                handler.handle(name + "#" + count, trimSeparator(message.toByteArray()));
            }
            message.reset();
        }

        /// The empty line before the next `From ` belongs to the format, not the message.
        private static byte[] trimSeparator(byte[] bytes) {
            int end = bytes.length;
            if (end > 0 && bytes[end - 1] == '\n') {
                end--;
                if (end > 0 && bytes[end - 1] == '\r') {
                    end--;
                }
            }
            return Arrays.copyOf(bytes, end);
        }

        /// mboxrd: `>From `, `>>From ` ... lose one `>`.
        private static byte[] unquote(byte[] line) {
            int i = 0;
            while (i < line.length && line[i] == '>') {
                i++;
            }
            if (i > 0 && startsWith(Arrays.copyOfRange(line, i, line.length), "From ")) {
                return Arrays.copyOfRange(line, 1, line.length);
            }
            return line;
        }

        private static boolean startsWith(byte[] line, String prefix) {
            if (line.length < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (line[i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isBlank(byte[] line) {
            for (byte b : line) {
                if (b != '\n' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        /// One line including its `\n`, or null at the end.
        private static byte[] readLine(InputStream in) throws IOException {
            var line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
            return line.size() == 0 ? null : line.toByteArray();
        }
    }
}
