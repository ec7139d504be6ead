package org.sendready.ui.logs;

/// What the table's rows are: the analysis has no per-message rows, only these aggregates.
public enum TableMode {
    /// One row per recipient domain with its outcomes.
    DOMAINS("Recipient domains"),
    /// One row per enhanced status code with its outcomes.
    CODES("DSN codes"),
    /// One row per deferral or bounce reason.
    REASONS("Reasons");

    private final String label;

    TableMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
