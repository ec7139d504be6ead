package org.sendready.ui.logs;

import java.util.List;
import org.sendready.logs.LogAnalysis;
import org.sendready.operate.SetupFinding;

/// What one analysis found: the aggregate, and the rejections the user's own setup causes.
public record LogReport(LogAnalysis analysis, List<SetupFinding> findings) {
    public LogReport {
        findings = List.copyOf(findings);
    }
}
