package org.sendready.records.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendready.dns.DomainName;
import org.sendready.records.QuotedString;
import org.sendready.records.RecordData;
import org.sendready.records.RecordSet;
import org.sendready.records.TxtStrings;

/// Step-by-step instructions for a provider's web panel: per record, a small table of the
/// panel's fields and what to type into each, following the rules of a [PanelProfile].
final class PanelInstructionsWriter implements ProfileWriter {

    /// Cloudflare's TTL menu, longest first: seconds and label (dashboard, record form).
    private static final List<Map.Entry<Long, String>> CLOUDFLARE_TTLS =
            List.of(
                    Map.entry(86400L, "1 day"),
                    Map.entry(43200L, "12 hr"),
                    Map.entry(18000L, "5 hr"),
                    Map.entry(7200L, "2 hr"),
                    Map.entry(3600L, "1 hr"),
                    Map.entry(1800L, "30 min"),
                    Map.entry(900L, "15 min"),
                    Map.entry(600L, "10 min"),
                    Map.entry(300L, "5 min"),
                    Map.entry(120L, "2 min"),
                    Map.entry(60L, "1 min"));

    private static final String EMPTY_FIELD = "(leave empty)";
    private static final String INDENT = "   ";

    /// One line of a record's table: the panel's field and what to type into it.
    private record Field(String label, String value) {}

    private final PanelProfile profile;

    PanelInstructionsWriter(PanelProfile profile) {
        this.profile = profile;
    }

    @Override
    public String write(RecordSet records) {
        var out = new StringBuilder();
        for (var zone : ZoneLayout.forwardZones(records)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            writeZone(out, zone, records);
        }
        var reverse = ZoneLayout.reverse(records);
        if (!reverse.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n").append("Not in this zone:\n");
            reverse.forEach(ptr -> out.append("- ").append(ValueText.ptrNote(ptr)).append('\n'));
        }
        return out.toString();
    }

    private void writeZone(StringBuilder out, DomainName zone, RecordSet records) {
        out.append(profile.title()).append(": records for zone ");
        out.append(ValueText.zoneTitle(zone)).append('\n');
        out.append("Add each record in: ").append(profile.where()).append('\n');
        var publishable = ZoneLayout.publishable(records, zone);
        var entries =
                profile.grouping == PanelProfile.Grouping.PER_NAME_AND_TYPE
                        ? RecordGroup.of(publishable)
                        : publishable.stream().map(RecordGroup::single).toList();
        int number = 1;
        for (var entry : entries) {
            out.append('\n').append(number++).append(". ");
            out.append(entry.type()).append(" record: ");
            out.append(ValueText.purpose(entry.purpose())).append('\n');
            writeEntry(out, entry);
        }
        if (!profile.notes.isEmpty()) {
            out.append("\nNotes:\n");
            profile.notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
    }

    private void writeEntry(StringBuilder out, RecordGroup entry) {
        var labels = profile.labels;
        var fields = new ArrayList<Field>();
        fields.add(new Field("Type", entry.type()));
        fields.add(new Field(labels.name(), host(entry.owner(), entry.zone())));
        var first = entry.data().getFirst();
        if (first instanceof RecordData.Mx mx && profile.mx == PanelProfile.Mx.PRIORITY_FIELD) {
            fields.add(new Field(labels.mxTarget(), target(mx.exchange())));
            fields.add(
                    new Field(labels.priority().orElseThrow(), Integer.toString(mx.preference())));
        } else {
            var values = entry.data().stream().map(this::value).toList();
            fields.add(new Field(labels.value(), String.join("\n", values)));
        }
        fields.add(new Field(labels.ttl(), ttl(entry.ttl())));
        if (first instanceof RecordData.A || first instanceof RecordData.Aaaa) {
            labels.proxy().ifPresent(proxy -> fields.add(new Field(proxy, "DNS only")));
        }
        int width = labelWidth();
        for (var field : fields) {
            var label = (field.label() + ":" + " ".repeat(width)).substring(0, width);
            var value = field.value().isEmpty() ? EMPTY_FIELD : field.value();
            var continuation = "\n" + INDENT + " ".repeat(width);
            out.append(INDENT).append(label).append(value.replace("\n", continuation));
            out.append('\n');
        }
        if (first instanceof RecordData.Txt txt) {
            writeTxtAdvice(out, txt.text());
        }
    }

    /// The width of the label column: the longest label of the panel, its colon and a space,
    /// so that all records of a zone line up.
    private int labelWidth() {
        var labels = profile.labels;
        var all = new ArrayList<>(List.of("Type", labels.name(), labels.value(), labels.ttl()));
        all.add(labels.mxTarget());
        labels.priority().ifPresent(all::add);
        labels.proxy().ifPresent(all::add);
        return all.stream().mapToInt(String::length).max().orElse(0) + 2;
    }

    /// Warnings and alternatives for a TXT value the panel may not take as given.
    private void writeTxtAdvice(StringBuilder out, String text) {
        if (profile.txt != PanelProfile.Txt.ONE_STRING) {
            return;
        }
        if (TxtPresentation.needsEscaping(text)) {
            out.append(INDENT).append("Note: the value contains a quote, backslash or non-ASCII");
            out.append(" character, which panels store differently; after saving, compare the");
            out.append(" published value (dig TXT) with the one above.\n");
        }
        profile.txtLimit
                .filter(limit -> text.length() > limit.characters())
                .ifPresent(
                        limit ->
                                out.append(INDENT)
                                        .append("Warning: this value has ")
                                        .append(text.length())
                                        .append(" characters; ")
                                        .append(limit.source())
                                        .append(" (")
                                        .append(limit.characters())
                                        .append("). If the panel refuses or cuts it, use a")
                                        .append(" 2048-bit DKIM key (about 410 characters).\n"));
        if (profile.fallback == PanelProfile.Fallback.SPLIT_SHOWN
                && TxtStrings.octets(text) > TxtStrings.MAX_STRING_OCTETS) {
            out.append(INDENT).append("If the panel limits the field to 255 characters or asks");
            out.append(" for quoted strings, enter this instead, on one line:\n");
            out.append(INDENT)
                    .append(TxtPresentation.quotedStrings(text, QuotedString.ByteEscape.DECIMAL))
                    .append('\n');
        }
    }

    private String host(DomainName owner, DomainName zone) {
        return switch (profile.host) {
            case RELATIVE_AT -> owner.relativeTo(zone);
            case RELATIVE_BLANK -> owner.equals(zone) ? "" : owner.relativeTo(zone);
            case ABSOLUTE_DOT -> owner.absolute();
        };
    }

    private String target(DomainName name) {
        return profile.target == PanelProfile.Target.DOT ? name.absolute() : name.ascii();
    }

    private String value(RecordData data) {
        return switch (data) {
            case RecordData.A a -> ValueText.address(a);
            case RecordData.Aaaa aaaa -> ValueText.address(aaaa);
            case RecordData.Mx mx -> mx.preference() + " " + target(mx.exchange());
            case RecordData.Txt txt -> txtValue(txt.text());
            case RecordData.Ptr ptr ->
                    throw new IllegalArgumentException("PTR belongs to the reverse zone: " + ptr);
        };
    }

    private String txtValue(String text) {
        return switch (profile.txt) {
            case ONE_STRING -> text;
            case QUOTED_STRINGS_DECIMAL ->
                    TxtPresentation.quotedStrings(text, QuotedString.ByteEscape.DECIMAL);
            case QUOTED_STRINGS_OCTAL ->
                    TxtPresentation.quotedStrings(text, QuotedString.ByteEscape.OCTAL);
        };
    }

    private String ttl(Duration ttl) {
        long seconds = ttl.toSeconds();
        return switch (profile.ttl) {
            case SECONDS -> Long.toString(seconds);
            case CLOUDFLARE_MENU ->
                    CLOUDFLARE_TTLS.stream()
                            .filter(choice -> choice.getKey() <= seconds)
                            .findFirst()
                            .orElse(CLOUDFLARE_TTLS.getLast())
                            .getValue();
        };
    }
}
