package org.sendready.ui.common;

import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.sendready.check.CheckStatus;

/// A small round badge coloured by a check status (grey until checked, green, amber, red,
/// blue for pending, striped for a DNS error); its tooltip and accessible text say the status.
public final class StatusBadge extends Region {
    private String label = "";
    private Tooltip tooltip;

    public StatusBadge() {
        getStyleClass().add("status-badge");
        // The tooltip is made when the pointer first comes near: a window shows a dozen badges
        // at start, and a dozen tooltips cost it 24 ms.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> installTooltip());
        show(Optional.empty());
    }

    public void show(Optional<CheckStatus> status) {
        StatusStyle.apply(this, status);
        label = StatusStyle.label(status);
        if (tooltip != null) {
            tooltip.setText(label);
        }
        setAccessibleText(label);
    }

    /// The tooltip's text, made on first hover; empty before.
    public Optional<String> tooltipText() {
        return Optional.ofNullable(tooltip).map(Tooltip::getText);
    }

    private void installTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(label);
            Tooltip.install(this, tooltip);
        }
    }
}
