package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendready.ui.common.UiThreads;

class RecentFilesTest {
    @TempDir Path settings;
    @TempDir Path work;

    private RecentFiles fresh() {
        return new RecentFiles(settings, UiThreads.direct());
    }

    private Path project(String name) throws IOException {
        return Files.writeString(work.resolve(name + ".sendready.json"), "{}");
    }

    @Test
    void recentFiles_surviveARestart_newestFirst() throws IOException {
        var a = project("a");
        var b = project("b");
        var list = fresh();
        list.add(a);
        list.add(b);

        var later = fresh();
        later.load().join();

        assertThat(later.entries())
                .containsExactly(new RecentFile(b, true), new RecentFile(a, true));
    }

    @Test
    void recentFiles_keepTheNewestTen() throws IOException {
        var list = fresh();
        for (int i = 0; i < 12; i++) {
            list.add(project("p" + i));
        }

        var later = fresh();
        later.load().join();

        assertThat(later.entries()).hasSize(RecentFiles.MAX);
        assertThat(later.entries().getFirst().name()).isEqualTo("p11.sendready.json");
        assertThat(later.entries().getLast().name()).isEqualTo("p2.sendready.json");
    }

    @Test
    void add_movesAFileAlreadyListedToTheTop_once() throws IOException {
        var a = project("a");
        var b = project("b");
        var list = fresh();
        list.add(a);
        list.add(b);

        list.add(a);

        assertThat(list.entries()).extracting(RecentFile::path).containsExactly(a, b);
    }

    @Test
    void load_marksFilesThatNoLongerExist() throws IOException {
        var kept = project("kept");
        var moved = project("moved");
        var list = fresh();
        list.add(kept);
        list.add(moved);
        Files.delete(moved);

        var later = fresh();
        later.load().join();

        assertThat(later.entries())
                .containsExactly(new RecentFile(moved, false), new RecentFile(kept, true));
    }

    @Test
    void remove_takesTheFileOffTheSavedList() throws IOException {
        var a = project("a");
        var b = project("b");
        var list = fresh();
        list.add(a);
        list.add(b);

        list.remove(b);

        var later = fresh();
        later.load().join();
        assertThat(later.entries()).extracting(RecentFile::path).containsExactly(a);
    }

    @Test
    void add_whileTheListIsRead_keepsTheListAndPutsTheFileOnTop() throws IOException {
        var old = project("old");
        fresh().add(old);
        var opened = project("opened");
        var background = new ArrayDeque<Runnable>();
        var list = new RecentFiles(settings, new UiThreads(Runnable::run, background::add));

        list.load();
        list.add(opened);
        while (!background.isEmpty()) {
            background.poll().run();
        }

        assertThat(list.entries()).extracting(RecentFile::path).containsExactly(opened, old);
        var later = fresh();
        later.load().join();
        assertThat(later.entries()).extracting(RecentFile::path).containsExactly(opened, old);
    }

    @Test
    void load_ofAnUnreadableList_isEmpty() throws IOException {
        Files.writeString(settings.resolve(RecentFiles.FILE_NAME), "not json at all");

        var list = fresh();
        list.load().join();

        assertThat(list.entries()).isEmpty();
    }

    @Test
    void recentFiles_areStoredAsJsonWithAVersion() throws IOException {
        var list = fresh();
        var files = IntStream.range(0, 2).mapToObj(i -> work.resolve(i + ".sendready.json"));
        files.forEach(list::add);

        var json = SettingsFile.json().readTree(settings.resolve(RecentFiles.FILE_NAME).toFile());

        assertThat(json.path("version").asInt()).isEqualTo(RecentFiles.FORMAT_VERSION);
        assertThat(json.path("files")).hasSize(2);
        assertThat(json.path("files").get(0).asText())
                .isEqualTo(work.resolve("1.sendready.json").toString());
    }
}
