package org.sendready.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.input.InvalidInput;

/// Messages from `.eml` files, mbox and Maildir.
class MessageFilesTest {

    @TempDir Path dir;

    private record Read(String source, String text) {}

    private static List<Read> readAll(MessageSource source) {
        var read = new ArrayList<Read>();
        source.read(
                (label, bytes) -> {
                    read.add(new Read(label, new String(bytes, StandardCharsets.ISO_8859_1)));
                    return true;
                });
        return read;
    }

    @Test
    void mbox_splitsAtFromLines_andUndoesMboxrdQuoting() throws Exception {
        var mbox = dir.resolve("bounces.mbox");
        Files.writeString(
                mbox,
                """
                From MAILER-DAEMON Mon Mar  2 10:15:03 2026
                Subject: one

                >From the start of a line, quoted.
                >>From twice quoted.

                From MAILER-DAEMON Mon Mar  2 10:16:03 2026
                Subject: two

                body two
                """);

        var read = readAll(MessageFiles.mbox(mbox));

        assertThat(read).extracting(Read::source).containsExactly(mbox + "#1", mbox + "#2");
        assertThat(read.get(0).text())
                .isEqualTo(
                        "Subject: one\n\nFrom the start of a line, quoted.\n>From twice quoted.\n");
        assertThat(read.get(1).text()).isEqualTo("Subject: two\n\nbody two");
    }

    @Test
    void mbox_keepsAFromLineInsideABody_thatFollowsNoEmptyLine() throws Exception {
        var mbox = dir.resolve("one.mbox");
        Files.writeString(
                mbox,
                "From a@example.com Mon Mar  2 10:15:03 2026\nSubject: x\n\nline\nFrom here on\n");

        assertThat(readAll(MessageFiles.mbox(mbox)))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).endsWith("line\nFrom here on"));
    }

    @Test
    void maildir_readsNewThenCur_andSkipsTmp() throws Exception {
        for (var sub : List.of("new", "cur", "tmp")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Files.writeString(dir.resolve("cur/2.host:2,S"), "Subject: old\n\n");
        Files.writeString(dir.resolve("new/1.host"), "Subject: new\n\n");
        Files.writeString(dir.resolve("tmp/3.host"), "Subject: in progress\n\n");

        assertThat(readAll(MessageFiles.maildir(dir)))
                .extracting(Read::source)
                .containsExactly("new/1.host", "cur/2.host:2,S");
    }

    @Test
    void maildir_refusesAFolderWithoutCurAndNew() {
        assertThatThrownBy(() -> MessageFiles.maildir(dir))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(dir + ": is not a Maildir: it has no new/ folder");
    }

    @Test
    void eml_namesAMissingFile() {
        var missing = dir.resolve("missing.eml");

        assertThatThrownBy(() -> readAll(MessageFiles.eml(List.of(missing))))
                .isInstanceOf(InvalidInput.class)
                .hasMessage(missing + ": does not exist");
    }

    @Test
    void processor_readsTheCorpusFromAMaildir_likeFromFiles() throws Exception {
        Files.createDirectories(dir.resolve("cur"));
        Files.createDirectories(dir.resolve("new"));
        for (var file : BounceCorpus.FILES) {
            Files.write(dir.resolve("new").resolve(file), BounceCorpus.bytes(file));
        }

        var report = BounceCorpus.processor(true).run(MessageFiles.maildir(dir));

        assertThat(report.messages()).hasSize(BounceCorpus.FILES.size());
        assertThat(report.suppressions())
                .extracting(Suppression::address)
                .containsExactlyInAnyOrder(
                        "nobody@example.net", "gone@example.net", "old@example.org");
    }
}
