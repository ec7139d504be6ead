package org.sendready.ui.logs;

import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sendready.logs.CodeCount;
import org.sendready.logs.DeliveryStatus;
import org.sendready.logs.DomainStats;
import org.sendready.logs.LogAnalysis;

/// The table's rows and its filters: recipient domains, DSN codes or reasons, narrowed by a
/// text (a recipient domain, a code, words of a reason), a status and a DSN class.
///
/// Domain rows have no codes, so the DSN class does not narrow them; a status keeps the rows
/// that had at least one outcome of it.
public final class LogTableFilter {
    private final ObservableList<DomainStats> domains = FXCollections.observableArrayList();
    private final ObservableList<CodeCount> codes = FXCollections.observableArrayList();
    private final ObservableList<ReasonRow> reasons = FXCollections.observableArrayList();
    private final FilteredList<DomainStats> shownDomains = new FilteredList<>(domains);
    private final FilteredList<CodeCount> shownCodes = new FilteredList<>(codes);
    private final FilteredList<ReasonRow> shownReasons = new FilteredList<>(reasons);

    private final ObjectProperty<TableMode> mode =
            new SimpleObjectProperty<>(this, "mode", TableMode.DOMAINS);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<DeliveryStatus> status =
            new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<DsnClass> dsnClass = new SimpleObjectProperty<>(this, "dsnClass");

    public LogTableFilter() {
        text.addListener(this::refilter);
        status.addListener(this::refilter);
        dsnClass.addListener(this::refilter);
        refilter(text);
    }

    /// Which rows the table shows.
    public ObjectProperty<TableMode> modeProperty() {
        return mode;
    }

    /// Part of a recipient domain, a code or a reason's words; case does not matter.
    public StringProperty textProperty() {
        return text;
    }

    /// Only rows with outcomes of this status; `null` for all.
    public ObjectProperty<DeliveryStatus> statusProperty() {
        return status;
    }

    /// Only codes and reasons of this class; `null` for all.
    public ObjectProperty<DsnClass> dsnClassProperty() {
        return dsnClass;
    }

    public ObservableList<DomainStats> domains() {
        return shownDomains;
    }

    public ObservableList<CodeCount> codes() {
        return shownCodes;
    }

    public ObservableList<ReasonRow> reasons() {
        return shownReasons;
    }

    /// Rows of the current mode before filtering, and after.
    public int total() {
        return switch (mode.get()) {
            case DOMAINS -> domains.size();
            case CODES -> codes.size();
            case REASONS -> reasons.size();
        };
    }

    public int shown() {
        return switch (mode.get()) {
            case DOMAINS -> shownDomains.size();
            case CODES -> shownCodes.size();
            case REASONS -> shownReasons.size();
        };
    }

    /// Shows the rows of `analysis`; the filters stay.
    void show(LogAnalysis analysis) {
        domains.setAll(analysis.domains());
        codes.setAll(analysis.codes());
        reasons.setAll(analysis.reasons().stream().map(ReasonRow::of).toList());
    }

    void clear() {
        domains.clear();
        codes.clear();
        reasons.clear();
    }

    private void refilter(Observable changed) {
        String needle = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        var wanted = status.get();
        var cls = dsnClass.get();
        shownDomains.setPredicate(domainFilter(needle, wanted));
        shownCodes.setPredicate(codeFilter(needle, wanted, cls));
        shownReasons.setPredicate(reasonFilter(needle, wanted, cls));
    }

    static Predicate<DomainStats> domainFilter(String needle, DeliveryStatus wanted) {
        return d ->
                d.domain().contains(needle)
                        && (wanted == null
                                || switch (wanted) {
                                    case SENT -> d.sent() > 0;
                                    case DEFERRED -> d.deferred() > 0;
                                    case BOUNCED -> d.bounced() > 0;
                                    case EXPIRED -> d.expired() > 0;
                                });
    }

    static Predicate<CodeCount> codeFilter(String needle, DeliveryStatus wanted, DsnClass cls) {
        return c ->
                c.dsn().contains(needle)
                        && (cls == null || DsnClass.of(c.dsn()).orElse(null) == cls)
                        && (wanted == null
                                || switch (wanted) {
                                    case SENT -> c.sent() > 0;
                                    case DEFERRED -> c.deferred() > 0;
                                    case BOUNCED -> c.bounced() > 0;
                                    case EXPIRED -> false;
                                });
    }

    static Predicate<ReasonRow> reasonFilter(String needle, DeliveryStatus wanted, DsnClass cls) {
        return r ->
                (r.recipientDomain().contains(needle)
                                || r.dsn().contains(needle)
                                || r.reason().reason().toLowerCase(Locale.ROOT).contains(needle))
                        && (cls == null || DsnClass.of(r.dsn()).orElse(null) == cls)
                        && (wanted == null || r.status() == wanted);
    }
}
