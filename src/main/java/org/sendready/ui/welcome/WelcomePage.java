package org.sendready.ui.welcome;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.sendready.plan.ProjectFile;
import org.sendready.ui.common.SectionTitle;
import org.sendready.ui.project.ProjectActions;
import org.sendready.ui.project.RecentFile;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardContext;
import org.sendready.ui.wizard.WizardStep;

/// The first page: what sendready does and its steps in plain words, New project and Open
/// project, the recent projects, and the offer to restore work a crash left unsaved.
public final class WelcomePage implements StepPage {
    private final WelcomeViewModel model;
    private final VBox root = new VBox();
    private final VBox recentList = new VBox();
    private final VBox recentSection;

    public WelcomePage(WizardContext context, ProjectActions actions) {
        this(new WelcomeViewModel(actions, context.clock()));
    }

    public WelcomePage(WelcomeViewModel model) {
        this.model = model;
        root.getStyleClass().addAll("page", "welcome-page");
        root.getStylesheets()
                .add(WelcomePage.class.getResource("WelcomePage.css").toExternalForm());

        var lead =
                new Label(
                        "sendready sets up the DNS records that get your domain's mail accepted:"
                                + " you enter your domain and the servers that send its mail, it"
                                + " makes a DKIM signing key, writes every record to publish, and"
                                + " then checks live DNS until each step turns green.");
        lead.getStyleClass().add("lead");
        lead.setWrapText(true);

        var recentTitle = SectionTitle.of("Recent projects");
        recentList.getStyleClass().add("recent-list");
        recentList.setId("recent-projects");
        recentSection = new VBox(6, recentTitle, recentList);
        model.recent().addListener((ListChangeListener<RecentFile>) change -> showRecent());
        showRecent();

        var stepsTitle = SectionTitle.of("How it works");
        var note =
                new Label(
                        "Your work is saved as a project file ("
                                + ProjectFile.EXTENSION
                                + ") that the command line reads too: sendready records"
                                + " --project FILE, sendready check --project FILE.");
        note.getStyleClass().add("welcome-note");
        note.setWrapText(true);

        root.getChildren()
                .addAll(restoreBanner(), lead, buttons(), recentSection, stepsTitle, steps(), note);
    }

    @Override
    public Node view() {
        return root;
    }

    private Node restoreBanner() {
        var icon = new FontIcon(Material2MZ.RESTORE);
        icon.getStyleClass().add("restore-icon");
        var detail = new Label();
        detail.textProperty().bind(model.restoreDetailProperty());
        detail.setWrapText(true);
        detail.getStyleClass().add("restore-detail");
        var restore = new Button();
        restore.setId("restore-autosave");
        restore.textProperty().bind(model.restoreLabelProperty());
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> model.restore());
        var discard = new Button("_Discard");
        discard.setId("discard-autosave");
        discard.setMnemonicParsing(true);
        discard.setTooltip(new Tooltip("Delete the kept copy of the unsaved work"));
        discard.setOnAction(e -> model.discard());
        var buttons = new HBox(8, restore, discard);
        buttons.setAlignment(Pos.CENTER_LEFT);
        var title = new Label("Unsaved work from your last session");
        title.getStyleClass().add("restore-title");
        var text = new VBox(6, title, detail, buttons);
        HBox.setHgrow(text, Priority.ALWAYS);
        var banner = new HBox(12, icon, text);
        banner.getStyleClass().add("restore-banner");
        banner.setId("restore-banner");
        banner.visibleProperty().bind(model.restorableProperty());
        banner.managedProperty().bind(model.restorableProperty());
        return banner;
    }

    private Node buttons() {
        var create = new Button("New _project", new FontIcon(Material2AL.ADD));
        create.setId("new-project");
        create.setMnemonicParsing(true);
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip("Start with your domain and mail servers (Ctrl+N)"));
        create.setOnAction(e -> model.newProject());
        var open = new Button("_Open project...", new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("open-project");
        open.setMnemonicParsing(true);
        open.setTooltip(new Tooltip("Open a " + ProjectFile.EXTENSION + " file (Ctrl+O)"));
        open.setOnAction(e -> model.open());
        var row = new HBox(10, create, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void showRecent() {
        recentList.getChildren().clear();
        int index = 0;
        for (var file : model.recent()) {
            recentList.getChildren().add(recentRow(file, index++));
        }
        boolean any = !model.recent().isEmpty();
        recentSection.setVisible(any);
        recentSection.setManaged(any);
    }

    private Node recentRow(RecentFile file, int index) {
        var name = new Label(file.name());
        name.getStyleClass().add("recent-name");
        var folder = new Label(file.exists() ? file.folder() : file.folder() + " (not found)");
        folder.getStyleClass().add("recent-folder");
        var text = new VBox(2, name, folder);
        var icon = new FontIcon(Material2AL.DESCRIPTION);
        icon.getStyleClass().add("recent-icon");
        var graphic = new HBox(10, icon, text);
        graphic.setAlignment(Pos.CENTER_LEFT);
        var open = new Button(null, graphic);
        open.getStyleClass().addAll("flat", "recent-open");
        open.setId("recent-" + index);
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAlignment(Pos.CENTER_LEFT);
        open.setAccessibleText("Open " + file.name() + " in " + file.folder());
        open.setTooltip(
                new Tooltip(
                        file.exists()
                                ? "Open " + file.path()
                                : file.path() + " was moved or deleted"));
        open.setOnAction(e -> model.open(file));
        if (!file.exists()) {
            open.getStyleClass().add("missing");
        }
        var remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll("flat", "recent-remove");
        remove.setId("recent-remove-" + index);
        remove.setAccessibleText("Remove " + file.name() + " from the recent projects");
        remove.setTooltip(new Tooltip("Remove from the list (the file stays where it is)"));
        remove.setOnAction(e -> model.removeRecent(file));
        HBox.setHgrow(open, Priority.ALWAYS);
        var row = new HBox(4, open, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("recent-row");
        return row;
    }

    private Node steps() {
        var grid = new GridPane();
        grid.getStyleClass().add("welcome-steps");
        int line = 0;
        for (var step : WizardStep.values()) {
            if (step == WizardStep.WELCOME || step.section() != WizardStep.Section.SETUP) {
                continue;
            }
            var number = new Label(Integer.toString(line + 1));
            number.getStyleClass().add("welcome-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            var title = new Label(step.title() + (step.optional() ? " (optional)" : ""));
            title.getStyleClass().add("welcome-step-title");
            title.setMinWidth(Region.USE_PREF_SIZE);
            var what = new Label(WelcomeSteps.describe(step));
            what.setWrapText(true);
            what.getStyleClass().add("welcome-step-text");
            grid.addRow(line++, number, title, what);
            GridPane.setHgrow(what, Priority.ALWAYS);
        }
        return grid;
    }
}
