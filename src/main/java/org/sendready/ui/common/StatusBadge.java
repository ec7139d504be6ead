package org.sendready.ui.common;

import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.sendready.check.CheckStatus;

/// A small round badge coloured by a check status (grey until checked, green, amber, red,
/// blue for pending, striped for a DNS error); its tooltip and accessible text say the status.
public final class StatusBadge extends Region {
    private final Tooltip tooltip = new Tooltip();

    public StatusBadge() {
        getStyleClass().add("status-badge");
        Tooltip.install(this, tooltip);
        show(Optional.empty());
    }

    public void show(Optional<CheckStatus> status) {
        StatusStyle.apply(this, status);
        tooltip.setText(StatusStyle.label(status));
        setAccessibleText(StatusStyle.label(status));
    }
}
