package org.sendready.ui.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// Remembers the main window's size, position and maximized state in `window.json` of the
/// settings folder, and puts the window back there next time, if that place is still on a
/// screen.
public final class WindowSettings {
    static final String FILE_NAME = "window.json";

    private final SettingsFile file;
    private double normalX = Double.NaN;
    private double normalY = Double.NaN;
    private double normalWidth = Double.NaN;
    private double normalHeight = Double.NaN;

    public WindowSettings(Path settingsDir) {
        this.file = new SettingsFile(settingsDir.resolve(FILE_NAME));
    }

    /// The saved placement, if any. Reads a file of some bytes: called once while the window
    /// is built, before it shows, so it opens in the right place rather than jumping there.
    public Optional<WindowPlacement> read() {
        return file.read().flatMap(WindowPlacement::fromJson);
    }

    /// Writes `placement`; disk access, call in the background.
    public void write(WindowPlacement placement) {
        file.write(placement.toJson());
    }

    /// Places `stage` as saved, when the saved place is on one of the screens, and starts
    /// following its size and position while not maximized. Call before the stage shows.
    public void restore(Stage stage, Optional<WindowPlacement> saved) {
        List<Rectangle2D> screens =
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        saved.filter(p -> p.visibleOn(screens))
                .ifPresent(
                        p -> {
                            stage.setX(p.x());
                            stage.setY(p.y());
                            stage.setWidth(p.width());
                            stage.setHeight(p.height());
                            stage.setMaximized(p.maximized());
                        });
        follow(stage);
    }

    /// The stage's placement now: its bounds from before it was maximized, if it is.
    public WindowPlacement placementOf(Stage stage) {
        boolean known = !Double.isNaN(normalWidth);
        return new WindowPlacement(
                known ? normalX : stage.getX(),
                known ? normalY : stage.getY(),
                known ? normalWidth : stage.getWidth(),
                known ? normalHeight : stage.getHeight(),
                stage.isMaximized());
    }

    private void follow(Stage stage) {
        Runnable remember =
                () -> {
                    if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                        normalX = stage.getX();
                        normalY = stage.getY();
                        normalWidth = stage.getWidth();
                        normalHeight = stage.getHeight();
                    }
                };
        stage.xProperty().addListener((obs, old, now) -> remember.run());
        stage.yProperty().addListener((obs, old, now) -> remember.run());
        stage.widthProperty().addListener((obs, old, now) -> remember.run());
        stage.heightProperty().addListener((obs, old, now) -> remember.run());
        stage.showingProperty().addListener((obs, old, now) -> remember.run());
    }
}
