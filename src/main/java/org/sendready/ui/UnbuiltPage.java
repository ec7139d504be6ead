package org.sendready.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.sendready.ui.wizard.StepPage;
import org.sendready.ui.wizard.WizardStep;

/// Scaffolding while the wizard is being assembled: a step whose page is not merged yet.
final class UnbuiltPage implements StepPage {
    private final Label label;

    UnbuiltPage(WizardStep step) {
        label = new Label(step.title());
    }

    @Override
    public Node view() {
        return label;
    }
}
