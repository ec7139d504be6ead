package org.sendready.dkim;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/// The `openssl` command line, for interoperability tests; absent when not on the PATH.
record OpenSsl(Path executable) {

    /// Generous: generating a 2048-bit key on a busy machine can take a few seconds.
    private static final long TIMEOUT_SECONDS = 60;

    static Optional<OpenSsl> find() {
        var path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (var dir : path.split(File.pathSeparator)) {
            var candidate = Path.of(dir, "openssl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new OpenSsl(candidate));
            }
        }
        return Optional.empty();
    }

    /// Runs `openssl args...` and returns its standard output; fails the test on a non-zero exit.
    String run(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl " + String.join(" ", args) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }
}
