package org.sendready.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The AtlantaFX look, light or dark, following the system's colour scheme unless the user
/// picked one.
public final class Theme {
    /// The user's choice in the View menu.
    public enum Choice {
        SYSTEM,
        LIGHT,
        DARK
    }

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SYSTEM);

    public Theme() {
        choice.addListener((obs, old, now) -> apply());
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> apply());
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    /// Sets the user-agent stylesheet for the current choice; call on the FX thread, and before
    /// the first control is made: a control's class otherwise loads JavaFX's own Modena
    /// stylesheet first, only for this one to replace it (35 ms of a 0.5 s start). The binary
    /// form of AtlantaFX's stylesheet loads in a quarter of the time its CSS text takes to parse.
    public void apply() {
        boolean dark =
                switch (choice.get()) {
                    case LIGHT -> false;
                    case DARK -> true;
                    case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
                };
        Application.setUserAgentStylesheet(
                dark
                        ? new PrimerDark().getUserAgentStylesheetBSS()
                        : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
