package org.sendready.ui.blocklists;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.sendready.ui.common.Browser;

/// A browser that remembers the pages it was asked to open.
final class RecordingBrowser implements Browser {
    private final List<URI> opened = new ArrayList<>();

    @Override
    public synchronized void open(URI page) {
        opened.add(page);
    }

    synchronized List<URI> opened() {
        return List.copyOf(opened);
    }
}
