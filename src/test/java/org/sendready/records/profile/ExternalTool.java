package org.sendready.records.profile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// Runs a real tool (node, terraform, python3) on exported text when the machine has it;
/// tests skip with an assumption when it does not.
final class ExternalTool {

    /// Long enough for `terraform console` to start; a hung tool fails the test.
    private static final long TIMEOUT_SECONDS = 120;

    record Result(int exitCode, String stdout, String stderr) {}

    private ExternalTool() {}

    /// The executable `name` on the PATH, if any.
    static Optional<Path> find(String name) {
        var path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (var dir : path.split(File.pathSeparator)) {
            var candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /// Runs `command` in `directory` with `stdin` as input.
    static Result run(Path directory, String stdin, String... command)
            throws IOException, InterruptedException {
        var process =
                new ProcessBuilder(new ArrayList<>(List.of(command)))
                        .directory(directory.toFile())
                        .redirectError(directory.resolve("stderr.txt").toFile())
                        .start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        var stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish");
        }
        return new Result(
                process.exitValue(),
                new String(stdout, StandardCharsets.UTF_8),
                Files.readString(directory.resolve("stderr.txt")));
    }
}
