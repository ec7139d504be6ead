package org.sendready.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.sendready.input.InvalidInput;
import org.sendready.storage.AtomicFile;
import org.sendready.storage.WriteMode;

/// Loads and saves a [SetupPlan] as a versioned JSON project file.
///
/// Saving is atomic (a temporary file renamed over the old one), so a crash never leaves half
/// a project. Loading never writes: a corrupt file, or one written by a newer sendready, gives
/// an error that says so and leaves the file as it was.
public final class ProjectFile {

    /// The usual file name ending of a project file.
    public static final String EXTENSION = ".sendready.json";

    /// A project file is a few kilobytes; anything far larger is not one.
    static final long MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProjectFile() {}

    /// Reads the plan in `file`. Errors are [InvalidInput] naming the file and, for a bad
    /// value, the JSON field (`project file x.json: hosts[0].addresses[1]: ...`).
    public static SetupPlan load(Path file) {
        var field = "project file " + file;
        var root = parse(read(file, field), field);
        checkFormat(root, field);
        try {
            return new ProjectCodec(folderOf(file)).read(root);
        } catch (InvalidInput e) {
            throw e.inField(field + ": " + e.field());
        }
    }

    /// Writes `plan` to `file` atomically; with [WriteMode#CREATE_NEW] an existing file is
    /// refused rather than replaced.
    public static void save(Path file, SetupPlan plan, WriteMode mode) {
        var tree = new ProjectCodec(folderOf(file)).write(plan);
        byte[] bytes;
        try {
            bytes = (MAPPER.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
        AtomicFile.write(file, bytes, AtomicFile.WORLD_READABLE, mode);
    }

    private static Path folderOf(Path file) {
        var parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private static byte[] read(Path file, String field) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInput(
                        field, "is larger than 1 MiB; it is not a sendready project");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(field, "does not exist", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInput(field, "cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new InvalidInput(field, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(byte[] bytes, String field) {
        try {
            var root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new InvalidInput(field, "is not a sendready project (no JSON object in it)");
            }
            return root;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            var position =
                    where == null
                            ? ""
                            : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new InvalidInput(
                    field,
                    "is not valid JSON"
                            + position
                            + " ("
                            + e.getOriginalMessage()
                            + "); the file was left unchanged",
                    e);
        } catch (IOException e) {
            throw new InvalidInput(field, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void checkFormat(JsonNode root, String field) {
        if (!ProjectCodec.MARKER_VALUE.equals(root.path(ProjectCodec.MARKER_FIELD).asText())) {
            throw new InvalidInput(
                    field,
                    "is not a sendready project file (it has no \"sendready\": \"project\" field)");
        }
        var version = root.path(ProjectCodec.VERSION_FIELD);
        if (!version.isIntegralNumber() || version.asInt() < 1) {
            throw new InvalidInput(field, "has no valid format version");
        }
        if (version.asInt() > ProjectCodec.VERSION) {
            throw new InvalidInput(
                    field,
                    "was written by a newer sendready (project format "
                            + version.asInt()
                            + "; this version reads up to "
                            + ProjectCodec.VERSION
                            + "). Update sendready to open it; the file was left unchanged");
        }
    }
}
