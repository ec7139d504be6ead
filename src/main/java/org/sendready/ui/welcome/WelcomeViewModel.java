package org.sendready.ui.welcome;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import org.sendready.ui.project.Autosave;
import org.sendready.ui.project.ProjectActions;
import org.sendready.ui.project.RecentFile;

/// The Welcome page's state: the recent projects, the offer to restore unsaved work, and the
/// actions behind its buttons.
public final class WelcomeViewModel {
    private final ProjectActions actions;
    private final DateTimeFormatter time;
    private final BooleanBinding restorable;
    private final StringBinding restoreLabel;
    private final StringBinding restoreDetail;

    public WelcomeViewModel(ProjectActions actions, Clock clock) {
        this.actions = actions;
        this.time =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withZone(clock.getZone());
        var found = actions.autosave().restorableProperty();
        restorable = found.isNotNull();
        restoreLabel =
                Bindings.createStringBinding(
                        () -> found.get() == null ? "" : restoreLabel(found.get()), found);
        restoreDetail =
                Bindings.createStringBinding(
                        () -> found.get() == null ? "" : restoreDetail(found.get()), found);
    }

    /// True while there is unsaved work of an earlier run to offer.
    public BooleanBinding restorableProperty() {
        return restorable;
    }

    /// "Restore unsaved work from <time>", the banner's button.
    public StringBinding restoreLabelProperty() {
        return restoreLabel;
    }

    /// What the unsaved work is: the domain and the project file it belongs to.
    public StringBinding restoreDetailProperty() {
        return restoreDetail;
    }

    public ObservableList<RecentFile> recent() {
        return actions.recent().entries();
    }

    public CompletableFuture<Boolean> newProject() {
        return actions.newProject();
    }

    public CompletableFuture<Boolean> open() {
        return actions.open();
    }

    public CompletableFuture<Boolean> open(RecentFile file) {
        return actions.open(file.path());
    }

    public void removeRecent(RecentFile file) {
        actions.recent().remove(file.path());
    }

    public CompletableFuture<Boolean> restore() {
        return actions.restoreUnsavedWork();
    }

    public void discard() {
        actions.discardUnsavedWork();
    }

    private String restoreLabel(Autosave.Restorable found) {
        return "Restore unsaved work from " + time.format(found.savedAt());
    }

    private static String restoreDetail(Autosave.Restorable found) {
        var domain = found.plan().domain().unicode();
        return found.projectFile()
                .map(
                        file ->
                                "sendready closed before your changes to "
                                        + domain
                                        + " were saved to "
                                        + file.getFileName()
                                        + ". A copy was kept.")
                .orElse(
                        "sendready closed before your new project for "
                                + domain
                                + " was saved. A copy was kept.");
    }
}
