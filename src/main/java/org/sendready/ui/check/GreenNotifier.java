package org.sendready.ui.check;

/// Tells the user that steps turned green during a re-check (a port: the page shows a
/// notification, view-model tests record the notices).
@FunctionalInterface
public interface GreenNotifier {
    void show(GreenNotice notice);
}
