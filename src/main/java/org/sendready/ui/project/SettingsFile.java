package org.sendready.ui.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;

/// One small JSON file of the desktop app's settings (recent files, window placement, autosave
/// notes). Settings are a convenience: a missing or unreadable file reads as empty, and a
/// failed write is logged, never shown to the user as an error of their project.
final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());

    /// A settings file is a few hundred bytes; anything far larger was not written by us.
    static final long MAX_BYTES = 64 * 1024;

    /// The mapper, made on first use rather than with the class: the window is built before any
    /// settings file is read, and Jackson's start-up need not delay it.
    static ObjectMapper json() {
        return Mapper.JSON;
    }

    private static final class Mapper {
        static final ObjectMapper JSON =
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Path file;

    SettingsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /// The file's JSON object; empty when the file is missing, too large or not a JSON object.
    /// Disk access: call off the FX thread (or once before the window shows).
    Optional<ObjectNode> read() {
        try {
            if (Files.size(file) > MAX_BYTES) {
                LOG.log(Level.WARNING, "ignoring " + file + ": larger than " + MAX_BYTES);
                return Optional.empty();
            }
            var root = json().readTree(Files.readAllBytes(file));
            if (root instanceof ObjectNode object) {
                return Optional.of(object);
            }
            LOG.log(Level.WARNING, "ignoring " + file + ": not a JSON object");
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            LOG.log(
                    Level.WARNING,
                    "ignoring " + file + ": not valid JSON (" + e.getOriginalMessage() + ")");
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not read " + file, e);
            return Optional.empty();
        }
    }

    /// Replaces the file atomically with `root`; returns whether it was written.
    boolean write(JsonNode root) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var bytes = (json().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(file, bytes, AtomicFile.OWNER_ONLY, WriteMode.OVERWRITE);
            return true;
        } catch (InvalidInput e) {
            LOG.log(Level.WARNING, "could not write " + file + ": " + e.getMessage(), e);
            return false;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not create the folder of " + file, e);
            return false;
        }
    }

    /// Deletes the file if it exists; returns whether it is gone.
    boolean delete() {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
            return false;
        }
    }
}
