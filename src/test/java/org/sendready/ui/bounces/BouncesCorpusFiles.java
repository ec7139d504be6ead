package org.sendready.ui.bounces;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import org.sendready.bounce.BounceCorpus;
import org.sendready.plan.PlanFixtures;
import org.sendready.plan.SetupPlan;

/// The bounce corpus of the core tests (`src/test/resources/org/sendready/bounce/corpus`,
/// see its README) as files for the Bounces page tests, with the key its tokens were made
/// with.
public final class BouncesCorpusFiles {

    private BouncesCorpusFiles() {}

    static Path folder() {
        try {
            return Path.of(
                            BouncesCorpusFiles.class
                                    .getResource(
                                            "/org/sendready/bounce/corpus/"
                                                    + BounceCorpus.FILES.getFirst())
                                    .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> emlFiles() {
        var folder = folder();
        return BounceCorpus.FILES.stream().map(folder::resolve).toList();
    }

    /// A Maildir in `parent` with every corpus message in `new/`.
    static Path maildir(Path parent) throws IOException {
        var maildir = parent.resolve("Maildir");
        for (var sub : List.of("new", "cur", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        for (int i = 0; i < BounceCorpus.FILES.size(); i++) {
            Files.copy(
                    folder().resolve(BounceCorpus.FILES.get(i)),
                    maildir.resolve("new")
                            .resolve(String.format("%02d.%s", i, BounceCorpus.FILES.get(i))));
        }
        return maildir;
    }

    /// The corpus key (bytes 1 to 32) in a new owner-only key file in `dir`.
    static Path keyFile(Path dir) throws IOException {
        var bytes = BounceCorpus.keyBytes();
        // The format BounceKeyFile reads: a comment line, then the key in base64.
        return privateFile(
                dir,
                "bounce.key",
                "# test key\n" + Base64.getEncoder().encodeToString(bytes) + "\n");
    }

    /// A file in `dir` named `name` holding `text`, owner-only.
    static Path privateFile(Path dir, String name, String text) throws IOException {
        var file = dir.resolve(name);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    public static SetupPlan plan() {
        return PlanFixtures.publicHost();
    }
}
