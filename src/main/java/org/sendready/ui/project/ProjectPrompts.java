package org.sendready.ui.project;

/// The questions and messages project handling shows in dialogs. A port, so tests can answer
/// them; [AlertPrompts] shows JavaFX alerts. Called on the FX thread.
public interface ProjectPrompts {
    /// What to do with unsaved changes before the project is closed or replaced.
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /// Asks whether to save the changes to `projectName` first.
    UnsavedChoice askToSave(String projectName);

    /// Tells the user that something failed: `heading` says what (naming the file), `detail`
    /// says why and what to do.
    void showError(String heading, String detail);
}
