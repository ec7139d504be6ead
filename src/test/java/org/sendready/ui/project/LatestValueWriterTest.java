package org.sendready.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestValueWriterTest {
    /// An executor that runs its tasks only when the test says so.
    private static final class Manual implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void submit_writesOnlyTheNewest_ofValuesQueuedBeforeTheWriterRan() {
        var executor = new Manual();
        var written = new ArrayList<String>();
        var writer = new LatestValueWriter<String>(executor, written::add);

        var first = writer.submit("a");
        var second = writer.submit("b");
        var third = writer.submit("c");
        executor.runAll();

        assertThat(written).containsExactly("c");
        assertThat(List.of(first, second, third)).allMatch(f -> f.isDone());
    }

    @Test
    void submit_writesEveryValue_whenEachWasWrittenBeforeTheNext() {
        var executor = new Manual();
        var written = new ArrayList<String>();
        var writer = new LatestValueWriter<String>(executor, written::add);

        writer.submit("a");
        executor.runAll();
        writer.submit("b");
        executor.runAll();

        assertThat(written).containsExactly("a", "b");
    }

    @Test
    void submit_startsOneWriterAtATime() {
        var executor = new Manual();
        var writer = new LatestValueWriter<String>(executor, value -> {});

        writer.submit("a");
        writer.submit("b");

        assertThat(executor.tasks).hasSize(1);
    }
}
