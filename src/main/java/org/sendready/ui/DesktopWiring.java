package org.sendready.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.sendready.plan.ProjectFile;
import org.sendready.ui.blocklists.BlocklistsPage;
import org.sendready.ui.bounce.BouncePage;
import org.sendready.ui.bounces.BouncesPage;
import org.sendready.ui.check.LiveCheckPage;
import org.sendready.ui.common.Browser;
import org.sendready.ui.common.Copier;
import org.sendready.ui.common.DnsAccess;
import org.sendready.ui.common.FileDialogs;
import org.sendready.ui.common.UiThreads;
import org.sendready.ui.dkim.DkimPage;
import org.sendready.ui.dmarc.DmarcPage;
import org.sendready.ui.domain.DomainPage;
import org.sendready.ui.export.ExportDialog;
import org.sendready.ui.logs.LogsPage;
import org.sendready.ui.project.AlertPrompts;
import org.sendready.ui.project.Autosave;
import org.sendready.ui.project.ProjectActions;
import org.sendready.ui.project.ProjectPrompts;
import org.sendready.ui.project.RecentFile;
import org.sendready.ui.project.RecentFiles;
import org.sendready.ui.project.WindowPlacement;
import org.sendready.ui.project.WindowSettings;
import org.sendready.ui.ptr.PtrPage;
import org.sendready.ui.review.ReviewPage;
import org.sendready.ui.spf.SpfBuilderPage;
import org.sendready.ui.welcome.WelcomePage;
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
    private final List<String> args;
    private final Theme theme = new Theme();
    private final RecentFiles recent;
    private final Autosave autosave;
    private final ProjectActions actions;
    private final WindowSettings window;
    private final CompletableFuture<Optional<WindowPlacement>> placement;
    private final WizardView view;
    private final Browser browser;

    /// The wiring of the real app; links open in `browser`.
    public static DesktopWiring production(Stage stage, List<String> args, Browser browser) {
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
        return new DesktopWiring(
                stage, context, background, args, new AlertPrompts(stage), browser);
    }

    /// Wires the window on `stage`; `background` is shut down by [#close()]. `args` may name
    /// a project file to open (a file manager's double-click).
    public DesktopWiring(
            Stage stage, WizardContext context, ExecutorService background, List<String> args) {
        this(stage, context, background, args, new AlertPrompts(stage));
    }

    /// As above, with the project dialogs (save before closing?, errors) answered by
    /// `prompts`; links are copied to the clipboard, since no browser is wired.
    public DesktopWiring(
            Stage stage,
            WizardContext context,
            ExecutorService background,
            List<String> args,
            ProjectPrompts prompts) {
        this(stage, context, background, args, prompts, Browser.copying(context.copier()));
    }

    /// As above, with links opened in `browser`.
    public DesktopWiring(
            Stage stage,
            WizardContext context,
            ExecutorService background,
            List<String> args,
            ProjectPrompts prompts,
            Browser browser) {
        theme.apply();
        this.browser = browser;
        this.stage = stage;
        this.context = context;
        this.background = background;
        this.args = List.copyOf(args);
        this.recent = new RecentFiles(context.settingsDir(), context.threads());
        this.autosave =
                new Autosave(
                        context.model().project(),
                        context.threads(),
                        context.settingsDir(),
                        context.clock(),
                        Autosave.QUIET_PERIOD);
        this.actions = new ProjectActions(context, prompts, recent, autosave);
        this.window = new WindowSettings(context.settingsDir());
        // Read while the window is built; show() places the window with it.
        this.placement = CompletableFuture.supplyAsync(window::read, background);
        this.view = new WizardView(context.model(), this::page, menu());
    }

    public WizardContext context() {
        return context;
    }

    public WizardView view() {
        return view;
    }

    public ProjectActions actions() {
        return actions;
    }

    /// Shows the main window.
    public void show() {
        var scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets()
                .add(DesktopWiring.class.getResource("sendready.css").toExternalForm());
        stage.setScene(scene);
        // Decoded in the background: the window need not wait for its title-bar icon. setAll:
        // the stage may have shown a window before (tests reuse one stage).
        CompletableFuture.supplyAsync(DesktopWiring::windowIcons, background)
                .thenAcceptAsync(
                        icons -> stage.getIcons().setAll(icons), context.threads().fxThread());
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
        // A file of some bytes, read since the constructor: the window opens where it was
        // rather than jumping there.
        window.restore(stage, placement.join());
        stage.setOnCloseRequest(
                e -> {
                    e.consume();
                    quit();
                });
        stage.setOnHidden(
                e -> {
                    autosave.stop();
                    view.leaveOpenPage();
                });
        stage.show();
        recent.load();
        autosave.lookForRestorable();
        projectArgument().ifPresent(actions::open);
    }

    private static List<Image> windowIcons() {
        return ICON_SIZES.stream()
                .map(size -> DesktopWiring.class.getResource("sendready-" + size + ".png"))
                .map(icon -> new Image(icon.toExternalForm()))
                .toList();
    }

    private StepPage page(WizardStep step) {
        return switch (step) {
            case WELCOME -> new WelcomePage(context, actions);
            case DOMAIN -> new DomainPage(context);
            case PTR -> new PtrPage(context);
            case SPF -> new SpfBuilderPage(context);
            case DKIM -> new DkimPage(context);
            case DMARC -> new DmarcPage(context);
            case BOUNCE -> new BouncePage(context);
            case REVIEW -> new ReviewPage(context, this::openExport);
            case CHECK -> new LiveCheckPage(context);
            case LOGS -> new LogsPage(context);
            case BOUNCES -> new BouncesPage(context);
            case BLOCKLISTS -> new BlocklistsPage(context, browser);
        };
    }

    /// The project file named on the command line, as a file manager passes it.
    private Optional<Path> projectArgument() {
        for (var arg : args) {
            if (arg.endsWith(ProjectFile.EXTENSION)) {
                try {
                    return Optional.of(Path.of(arg));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /// Closes the window once unsaved changes are dealt with, remembering where it was.
    private void quit() {
        actions.mayClose()
                .thenAccept(
                        close -> {
                            if (close) {
                                var placement = window.placementOf(stage);
                                CompletableFuture.runAsync(
                                                () -> window.write(placement), background)
                                        .whenCompleteAsync(
                                                (done, failure) -> stage.close(),
                                                context.threads().fxThread());
                            }
                        });
    }

    private void openExport() {
        context.model()
                .project()
                .plan()
                .ifPresent(
                        plan ->
                                new ExportDialog(
                                                stage,
                                                plan,
                                                context.copier(),
                                                context.files(),
                                                context.threads())
                                        .show());
    }

    private MenuBar menu() {
        var noPlan = context.model().project().planProperty().isNull();
        var newProject = item("_New", "menu-new", "Shortcut+N", actions::newProject);
        var open = item("_Open...", "menu-open", "Shortcut+O", actions::open);
        var openRecent = new Menu("Open _Recent");
        openRecent.setId("menu-open-recent");
        recent.entries().addListener((ListChangeListener<RecentFile>) c -> fillRecent(openRecent));
        fillRecent(openRecent);
        var save = item("_Save", "menu-save", "Shortcut+S", actions::save);
        save.disableProperty().bind(noPlan);
        var saveAs = item("Save _As...", "menu-save-as", "Shortcut+Shift+S", actions::saveAs);
        saveAs.disableProperty().bind(noPlan);
        var export = item("_Export...", "menu-export", "Shortcut+E", this::openExport);
        export.disableProperty().bind(noPlan);
        var quit = item("_Quit", "menu-quit", "Shortcut+Q", this::quit);
        var file =
                new Menu(
                        "_File",
                        null,
                        newProject,
                        open,
                        openRecent,
                        new SeparatorMenuItem(),
                        save,
                        saveAs,
                        new SeparatorMenuItem(),
                        export,
                        new SeparatorMenuItem(),
                        quit);

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

    private static MenuItem item(String text, String id, String shortcut, Runnable action) {
        var item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent(Menu menu) {
        menu.getItems().clear();
        if (recent.entries().isEmpty()) {
            var none = new MenuItem("No recent projects");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (var entry : recent.entries()) {
            var item =
                    new MenuItem(
                            entry.name()
                                    + "  ("
                                    + entry.folder()
                                    + (entry.exists() ? ")" : ", not found)"));
            item.setMnemonicParsing(false);
            item.setDisable(!entry.exists());
            item.setOnAction(e -> actions.open(entry.path()));
            menu.getItems().add(item);
        }
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
        // The open page first (on the FX thread): a page's timer must not hand work to the
        // executor after it shut down.
        if (Platform.isFxApplicationThread()) {
            view.leaveOpenPage();
        } else {
            var left = new CountDownLatch(1);
            Platform.runLater(
                    () -> {
                        view.leaveOpenPage();
                        left.countDown();
                    });
            try {
                left.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        background.shutdownNow();
    }
}
