package org.sendready.ui.logs;

import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/// A number axis for counts: from 0, whole-number ticks at 1, 2 or 5 times a power of ten, and
/// thousands grouped, so a log with 3 bounces does not show ticks at 0.5.
final class CountAxis {
    private CountAxis() {}

    /// About this many ticks fit along a chart's axis.
    static final int TICKS = 5;

    static NumberAxis create(String label) {
        var axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(
                new StringConverter<>() {
                    @Override
                    public String toString(Number value) {
                        return String.format(Locale.ROOT, "%,d", value.longValue());
                    }

                    @Override
                    public Number fromString(String text) {
                        return Long.parseLong(text.replace(",", ""));
                    }
                });
        scale(axis, 0);
        return axis;
    }

    /// Ranges `axis` from 0 to just above `max`.
    static void scale(NumberAxis axis, long max) {
        long unit = tickUnit(max);
        axis.setLowerBound(0);
        axis.setTickUnit(unit);
        axis.setUpperBound(Math.max(unit, (max + unit - 1) / unit * unit));
    }

    /// 1, 2 or 5 times a power of ten, so that `max` takes about [#TICKS] ticks.
    static long tickUnit(long max) {
        double raw = Math.max(1, max) / (double) TICKS;
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        double residual = raw / magnitude;
        long nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return Math.max(1, nice * magnitude);
    }
}
