package org.sendready.ui.testing;

import java.util.ArrayList;
import java.util.List;
import org.sendready.ui.common.Copier;

/// A clipboard that remembers what was copied.
public final class RecordingCopier implements Copier {
    private final List<String> copied = new ArrayList<>();

    @Override
    public synchronized void copy(String text) {
        copied.add(text);
    }

    public synchronized List<String> copied() {
        return List.copyOf(copied);
    }

    public synchronized String last() {
        return copied.isEmpty() ? null : copied.getLast();
    }
}
