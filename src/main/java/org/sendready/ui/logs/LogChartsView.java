package org.sendready.ui.logs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.DomainStats;
import org.sendready.logs.ReasonCount;
import org.sendready.logs.TimeBucket;
import org.sendready.ui.common.SectionTitle;

/// The charts: outcomes over time (stacked bars per hour, day or week), the busiest recipient
/// domains and the most frequent deferral and bounce reasons (horizontal stacked bars). Bars
/// are coloured by status through CSS; animation is off, so what is drawn is final.
final class LogChartsView extends VBox {
    /// Characters of a reason on the axis; the bar's tooltip has the whole reason.
    static final int REASON_LABEL_CHARS = 52;

    /// Height of one horizontal bar with its gap, and of the axes and legend around them.
    private static final double BAR_ROW = 30;

    private static final double CHART_FRAME = 110;

    private static final double TIMELINE_HEIGHT = 340;

    /// Up to this many periods, their labels fit side by side; more are turned.
    private static final int UPRIGHT_LABELS = 8;

    private static final double TURNED = -60;

    private final LogsViewModel model;
    private final NumberAxis timeCounts = CountAxis.create("Outcomes");
    private final CategoryAxis timeAxis = new CategoryAxis();
    private final StackedBarChart<String, Number> overTime =
            new StackedBarChart<>(timeAxis, timeCounts);
    private final NumberAxis domainCounts = CountAxis.create("Delivery attempts");
    private final StackedBarChart<Number, String> domains =
            new StackedBarChart<>(domainCounts, new CategoryAxis());
    private final NumberAxis reasonCounts = CountAxis.create("Delivery attempts");
    private final StackedBarChart<Number, String> reasons =
            new StackedBarChart<>(reasonCounts, new CategoryAxis());
    private final Label timeTitle = SectionTitle.of("");

    LogChartsView(LogsViewModel model) {
        super(10);
        this.model = model;
        setId("log-charts");
        setUp(overTime, "log-chart-time", "status-chart");
        overTime.setPrefHeight(TIMELINE_HEIGHT);
        overTime.setCategoryGap(4);
        setUp(domains, "log-chart-domains", "status-chart");
        setUp(reasons, "log-chart-reasons", "reason-chart");
        getChildren()
                .addAll(
                        timeTitle,
                        overTime,
                        SectionTitle.of("Busiest recipient domains"),
                        domains,
                        SectionTitle.of("Most frequent deferral and bounce reasons"),
                        reasons);
        model.timelineProperty().addListener((obs, old, now) -> showTimeline(now));
        model.topDomains().addListener((ListChangeListener<DomainStats>) change -> showDomains());
        model.topReasons().addListener((ListChangeListener<ReasonCount>) change -> showReasons());
        showTimeline(model.timelineProperty().get());
        showDomains();
        showReasons();
    }

    private static void setUp(XYChart<?, ?> chart, String id, String style) {
        chart.setId(id);
        chart.getStyleClass().addAll("log-chart", style);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setVerticalGridLinesVisible(false);
    }

    private void showTimeline(StatusTimeline timeline) {
        timeTitle.setText("Over time: " + timeline.period().title().toLowerCase(Locale.ROOT));
        List<XYChart.Series<String, Number>> series = statusSeries();
        var labels = new ArrayList<String>();
        long max = 0;
        for (var bucket : timeline.buckets()) {
            var label = timeline.period().label(bucket.start());
            labels.add(label);
            long[] values = {bucket.sent(), bucket.deferred(), bucket.bounced(), bucket.expired()};
            for (int i = 0; i < values.length; i++) {
                series.get(i).getData().add(new XYChart.Data<>(label, values[i]));
            }
            max = Math.max(max, total(bucket));
        }
        timeAxis.setCategories(FXCollections.observableArrayList(labels));
        timeAxis.setTickLabelRotation(labels.size() > UPRIGHT_LABELS ? TURNED : 0);
        CountAxis.scale(timeCounts, max);
        overTime.getData().setAll(series);
        for (int i = 0; i < timeline.buckets().size(); i++) {
            var tip = bucketTip(labels.get(i), timeline.buckets().get(i));
            for (var s : series) {
                tooltip(s.getData().get(i), tip);
            }
        }
    }

    private void showDomains() {
        List<XYChart.Series<Number, String>> series = statusSeries();
        long max = 0;
        var top = model.topDomains().reversed();
        var labels = new ArrayList<String>();
        for (var d : top) {
            var label = d.domain().isEmpty() ? "(local)" : d.domain();
            labels.add(label);
            long[] values = {d.sent(), d.deferred(), d.bounced(), d.expired()};
            for (int i = 0; i < values.length; i++) {
                series.get(i).getData().add(new XYChart.Data<>(values[i], label));
            }
            max = Math.max(max, d.total());
        }
        ((CategoryAxis) domains.getYAxis())
                .setCategories(FXCollections.observableArrayList(labels));
        CountAxis.scale(domainCounts, max);
        domains.getData().setAll(series);
        domains.setPrefHeight(CHART_FRAME + BAR_ROW * Math.max(1, top.size()));
        domains.setMinHeight(domains.getPrefHeight());
        for (int i = 0; i < top.size(); i++) {
            var d = top.get(i);
            var tip =
                    String.format(
                            Locale.ROOT,
                            "%s: %,d delivered, %,d deferred, %,d bounced, %,d expired",
                            labels.get(i),
                            d.sent(),
                            d.deferred(),
                            d.bounced(),
                            d.expired());
            for (var s : series) {
                tooltip(s.getData().get(i), tip);
            }
        }
    }

    private void showReasons() {
        var deferred = new XYChart.Series<Number, String>();
        deferred.setName("Deferred");
        var bounced = new XYChart.Series<Number, String>();
        bounced.setName("Bounced");
        var top = model.topReasons().reversed();
        var labels = reasonLabels(top);
        long max = 0;
        for (int i = 0; i < top.size(); i++) {
            var r = top.get(i);
            long count = r.count();
            deferred.getData()
                    .add(
                            new XYChart.Data<>(
                                    r.status() == DeliveryStatus.BOUNCED ? 0 : count,
                                    labels.get(i)));
            bounced.getData()
                    .add(
                            new XYChart.Data<>(
                                    r.status() == DeliveryStatus.BOUNCED ? count : 0,
                                    labels.get(i)));
            max = Math.max(max, count);
        }
        ((CategoryAxis) reasons.getYAxis())
                .setCategories(FXCollections.observableArrayList(labels));
        CountAxis.scale(reasonCounts, max);
        reasons.getData().setAll(List.of(deferred, bounced));
        reasons.setPrefHeight(CHART_FRAME + BAR_ROW * Math.max(1, top.size()));
        reasons.setMinHeight(reasons.getPrefHeight());
        for (int i = 0; i < top.size(); i++) {
            var r = top.get(i);
            var tip =
                    String.format(
                            Locale.ROOT,
                            "%,d %s, %s%n%s%ne.g. to %s",
                            r.count(),
                            r.status().id(),
                            r.dsn().isEmpty() ? "no code" : r.dsn(),
                            r.reason(),
                            r.exampleRecipient());
            tooltip(deferred.getData().get(i), tip);
            tooltip(bounced.getData().get(i), tip);
        }
    }

    /// Axis labels for reasons: the code and the start of the reason, unique.
    static List<String> reasonLabels(List<ReasonCount> reasons) {
        var labels = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (var r : reasons) {
            var text = withoutCodes(r.reason(), r.dsn());
            if (text.length() > REASON_LABEL_CHARS) {
                text = text.substring(0, REASON_LABEL_CHARS - 1).stripTrailing() + "…";
            }
            var label = r.dsn().isEmpty() ? text : r.dsn() + "  " + text;
            var unique = label;
            for (int n = 2; !seen.add(unique); n++) {
                unique = label + " (" + n + ")";
            }
            labels.add(unique);
        }
        return labels;
    }

    /// `reason` without its leading SMTP reply code (`550-`) and the enhanced code the label
    /// shows anyway.
    static String withoutCodes(String reason, String dsn) {
        var text = REPLY_CODE.matcher(reason).replaceFirst("");
        if (!dsn.isEmpty() && text.startsWith(dsn + " ")) {
            text = text.substring(dsn.length() + 1);
        }
        return text;
    }

    /// RFC 5321 section 4.2: a reply starts with a three-digit code, then a space or a hyphen.
    private static final Pattern REPLY_CODE = Pattern.compile("^[245]\\d\\d[ -]");

    /// Empty series for sent, deferred, bounced and expired, in that order (CSS colours them by
    /// position).
    private static <X, Y> List<XYChart.Series<X, Y>> statusSeries() {
        var list = new ArrayList<XYChart.Series<X, Y>>();
        for (var name : List.of("Delivered", "Deferred", "Bounced", "Expired")) {
            var s = new XYChart.Series<X, Y>();
            s.setName(name);
            list.add(s);
        }
        return list;
    }

    private static long total(TimeBucket b) {
        return b.sent() + b.deferred() + b.bounced() + b.expired();
    }

    private static String bucketTip(String label, TimeBucket b) {
        return String.format(
                Locale.ROOT,
                "%s: %,d delivered, %,d deferred, %,d bounced, %,d expired",
                label,
                b.sent(),
                b.deferred(),
                b.bounced(),
                b.expired());
    }

    private static void tooltip(XYChart.Data<?, ?> data, String text) {
        Node node = data.getNode();
        if (node != null) {
            Tooltip.install(node, new Tooltip(text));
        }
    }
}
