package org.sendready.ui.wizard;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/// The main window's content: the step sidebar with live badges, the open step's page under
/// its heading, and Back/Next. Pages are made on first visit and kept.
public final class WizardView extends BorderPane {
    private final WizardViewModel model;
    private final Function<WizardStep, StepPage> pageFactory;
    private final Map<WizardStep, StepPage> pages = new EnumMap<>(WizardStep.class);
    private final StepList steps;
    private final Label heading = new Label();
    private final ScrollPane pageArea = new ScrollPane();
    private StepPage shown;

    public WizardView(WizardViewModel model, Function<WizardStep, StepPage> pageFactory, Node top) {
        this.model = model;
        this.pageFactory = pageFactory;
        this.steps = new StepList(model);
        getStyleClass().add("wizard");
        setTop(top);
        setLeft(sidebar());
        setCenter(pageColumn());
        model.currentProperty().addListener((obs, old, now) -> show(now));
        model.project().planProperty().addListener((obs, old, now) -> steps.refresh());
        model.lastReportProperty().addListener((obs, old, now) -> steps.refresh());
        show(model.current());
    }

    /// The page of `step`, made now if it was not made yet.
    public StepPage page(WizardStep step) {
        return pages.computeIfAbsent(step, pageFactory);
    }

    private Node sidebar() {
        var brand = new Label("sendready", new FontIcon(Material2AL.ALTERNATE_EMAIL));
        brand.getStyleClass().add("brand");
        // Scrolls only when the window is shorter than the list.
        var list = new ScrollPane(steps);
        list.setFitToWidth(true);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.getStyleClass().add("step-scroll");
        var column = new VBox(brand, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        column.setPrefWidth(280);
        column.getStyleClass().add("sidebar");
        return column;
    }

    private Node pageColumn() {
        heading.getStyleClass().add("page-heading");
        heading.setId("page-heading");
        pageArea.setFitToWidth(true);
        pageArea.getStyleClass().add("page-area");
        pageArea.setId("page-area");

        var back = new Button("_Back", new FontIcon(Material2AL.ARROW_BACK));
        back.setId("back");
        back.setMnemonicParsing(true);
        back.disableProperty().bind(model.canGoBackProperty().not());
        back.setOnAction(e -> model.back());
        var next = new Button("_Next", new FontIcon(Material2AL.ARROW_FORWARD));
        next.setId("next");
        next.setMnemonicParsing(true);
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.disableProperty().bind(model.canGoNextProperty().not());
        next.setTooltip(new Tooltip("Go to the next step (Alt+N)"));
        next.setOnAction(e -> model.next());
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var buttons = new HBox(8, back, spacer, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("nav-bar");

        var column = new VBox(heading, pageArea, buttons);
        VBox.setVgrow(pageArea, Priority.ALWAYS);
        column.setPadding(new Insets(0));
        column.getStyleClass().add("page-column");
        return column;
    }

    /// Tells the open page the user left it, so it cancels its work and stops its timers; for
    /// closing the window. Call on the FX thread.
    public void leaveOpenPage() {
        if (shown != null) {
            shown.left();
            shown = null;
        }
    }

    private void show(WizardStep step) {
        if (shown != null) {
            shown.left();
        }
        shown = page(step);
        heading.setText(step.title());
        pageArea.setContent(shown.view());
        pageArea.setVvalue(0);
        steps.refresh();
        shown.entered();
    }
}
