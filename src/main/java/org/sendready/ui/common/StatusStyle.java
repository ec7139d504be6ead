package org.sendready.ui.common;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.sendready.check.CheckStatus;

/// The CSS pseudo-classes that colour a status (STYLE.md section 10), in one place:
/// `:pass`, `:warn`, `:pending`, `:fail`, `:error`, and `:unchecked` before any check ran.
public final class StatusStyle {
    public static final PseudoClass UNCHECKED = PseudoClass.getPseudoClass("unchecked");

    private StatusStyle() {}

    public static PseudoClass of(CheckStatus status) {
        return PseudoClass.getPseudoClass(status.id());
    }

    /// Sets exactly one status pseudo-class on `node`: the status's, or `:unchecked`.
    public static void apply(Node node, Optional<CheckStatus> status) {
        for (var each : CheckStatus.values()) {
            node.pseudoClassStateChanged(of(each), status.orElse(null) == each);
        }
        node.pseudoClassStateChanged(UNCHECKED, status.isEmpty());
    }

    /// The word shown next to a badge and read by screen readers.
    public static String label(Optional<CheckStatus> status) {
        return status.map(
                        s ->
                                switch (s) {
                                    case PASS -> "Pass";
                                    case WARN -> "Warning";
                                    case PENDING -> "Pending";
                                    case FAIL -> "Fail";
                                    case ERROR -> "DNS error";
                                })
                .orElse("Not checked");
    }
}
