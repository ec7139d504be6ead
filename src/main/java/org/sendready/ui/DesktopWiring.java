package org.sendready.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;
import org.sendready.ui.wizard.WizardView;
import org.sendready.ui.wizard.WizardViewModel;

/// The desktop app's composition root (STYLE.md section 11): builds the wizard's object graph
/// for one window. Production wiring uses the system clipboard, native file dialogs and the
/// system's settings folder; tests pass a [WizardContext] of their own.
public final class DesktopWiring implements AutoCloseable {
    static final double DEFAULT_WIDTH = 1120;
    static final double DEFAULT_HEIGHT = 780;

    /// The window icon's sizes, rendered from icons/sendready.svg (the installers' icon too);
    /// the window system picks the one that fits its title bar, task bar or switcher.
    static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private final Stage stage;
    private final WizardContext context;
    private final ExecutorService background;
    private final Theme theme = new Theme();
    private final WizardView view;

    /// The wiring of the real app.
    public static DesktopWiring production(Stage stage, List<String> args) {
        var background =
                Executors.newThreadPerTaskExecutor(
                        Thread.ofVirtual().name("sendready-background-", 0).factory());
        var context =
                new WizardContext(
                        new WizardViewModel(),
                        new UiThreads(Platform::runLater, background),
                        Copier.systemClipboard(),
                        FileDialogs.system(stage),
                        DnsAccess.on(background),
                        Clock.systemDefaultZone(),
                        SettingsFolder.locate(
                                System.getenv(),
                                System.getProperty("os.name", ""),
                                Path.of(System.getProperty("user.home"))));
        return new DesktopWiring(stage, context, background, args);
    }

    /// Wires the window on `stage`; `background` is shut down by [#close()].
    public DesktopWiring(
            Stage stage, WizardContext context, ExecutorService background, List<String> args) {
        this.stage = stage;
        this.context = context;
        this.background = background;
        this.view = new WizardView(context.model(), this::page, menu());
    }

    public WizardContext context() {
        return context;
    }

    public WizardView view() {
        return view;
    }

    /// Shows the main window.
    public void show() {
        theme.apply();
        var scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets()
                .add(DesktopWiring.class.getResource("sendready.css").toExternalForm());
        stage.setScene(scene);
        for (int size : ICON_SIZES) {
            var icon = DesktopWiring.class.getResource("sendready-" + size + ".png");
            stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        var project = context.model().project();
        stage.titleProperty()
                .bind(
                        Bindings.createStringBinding(
                                () ->
                                        (project.dirtyProperty().get() ? "* " : "")
                                                + project.plan()
                                                        .map(p -> p.domain().unicode() + " - ")
                                                        .orElse("")
                                                + "sendready",
                                project.planProperty(),
                                project.dirtyProperty()));
        stage.show();
    }

    private StepPage page(WizardStep step) {
        return switch (step) {
            default -> new UnbuiltPage(step);
        };
    }

    private MenuBar menu() {
        var quit = new MenuItem("_Quit");
        quit.setOnAction(e -> stage.close());
        var file = new Menu("_File", null, quit);

        var themes = new ToggleGroup();
        var view = new Menu("_View");
        for (var choice : Theme.Choice.values()) {
            var item = new RadioMenuItem(themeLabel(choice));
            item.setToggleGroup(themes);
            item.setSelected(theme.choiceProperty().get() == choice);
            item.setOnAction(e -> theme.choiceProperty().set(choice));
            view.getItems().add(item);
        }
        var bar = new MenuBar(file, view);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static String themeLabel(Theme.Choice choice) {
        return switch (choice) {
            case SYSTEM -> "Follow the system theme";
            case LIGHT -> "Light theme";
            case DARK -> "Dark theme";
        };
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
