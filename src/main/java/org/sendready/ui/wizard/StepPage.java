package org.sendready.ui.wizard;

import javafx.scene.Node;

/// The page of one wizard step. A page is made once and kept; the wizard tells it when the
/// user arrives and leaves, so it can refresh from the plan and cancel pending work.
public interface StepPage {
    /// The page's content; the wizard puts it under the step's heading, in a scroll pane.
    Node view();

    /// The user opened this step.
    default void entered() {}

    /// The user moved to another step: cancel whatever this page still waits for.
    default void left() {}
}
