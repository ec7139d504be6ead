package org.sendready.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sendready.records.TxtStrings;
import org.sendready.spf.Directive;
import org.sendready.spf.LintFinding;
import org.sendready.spf.Modifier;
import org.sendready.spf.QuotedText;
import org.sendready.spf.SpfLint;
import org.sendready.spf.SpfParseResult;
import org.sendready.spf.SpfParser;
import org.sendready.spf.SpfRecord;
import org.sendready.spf.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `sendready spf parse RECORD [--json]`: checks the syntax of an SPF record, lists its terms
/// and the lint findings.
///
/// Exit codes: 0 when the record is valid (even with findings), 2 when it has a syntax error
/// (one line on stderr naming the position and the reason).
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Check the syntax of an SPF record and list its terms and findings.",
            "Quotes from a zone file are accepted: \"v=spf1 ...\" \"-all\" is joined first."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the record is valid", "2:the record has a syntax error"})
public final class SpfParseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "RECORD",
            description = "The record text, e.g. \"v=spf1 mx -all\" (quote it for the shell).")
    String record;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws JsonProcessingException {
        var text = QuotedText.unquote(record, "record");
        var out = spec.commandLine().getOut();
        return switch (SpfParser.tryParse(text)) {
            case SpfParseResult.Parsed parsed -> {
                var findings = SpfLint.check(parsed.record());
                if (json) {
                    out.println(toJson(validJson(parsed.record(), findings)));
                } else {
                    printText(out, parsed.record(), findings);
                }
                yield ExitCode.DONE;
            }
            case SpfParseResult.Invalid invalid -> {
                if (json) {
                    var node = mapper.createObjectNode();
                    node.put("record", text);
                    node.put("valid", false);
                    node.put("position", invalid.position());
                    node.put("reason", invalid.reason());
                    out.println(toJson(node));
                }
                spec.commandLine()
                        .getErr()
                        .println("sendready: " + invalid.toInvalidInput().getMessage());
                yield ExitCode.BAD_INPUT;
            }
        };
    }

    private String toJson(ObjectNode node) throws JsonProcessingException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }

    private ObjectNode validJson(SpfRecord spf, List<LintFinding> findings) {
        var node = mapper.createObjectNode();
        node.put("record", spf.format());
        node.put("valid", true);
        var terms = node.putArray("terms");
        for (var term : spf.terms()) {
            var item = terms.addObject();
            switch (term) {
                case Directive directive -> {
                    item.put("qualifier", directive.qualifier().word());
                    item.put("mechanism", directive.mechanism().name());
                    var argument = directive.mechanism().argument();
                    var value = argument.startsWith(":") ? argument.substring(1) : argument;
                    if (value.isEmpty()) {
                        item.putNull("value");
                    } else {
                        item.put("value", value);
                    }
                }
                case Modifier modifier -> {
                    item.put("modifier", modifier.name());
                    item.put("value", modifier.value());
                }
            }
            item.put("text", term.format());
        }
        node.put("dnsLookups", spf.dnsTermCount());
        node.put("length", TxtStrings.octets(spf.format()));
        var list = node.putArray("findings");
        for (var finding : findings) {
            var item = list.addObject();
            item.put("severity", finding.severity().id());
            item.put("rule", finding.rule().id());
            item.put("message", finding.message());
            finding.termIndex().ifPresent(index -> item.put("termIndex", index));
        }
        return node;
    }

    private static void printText(PrintWriter out, SpfRecord spf, List<LintFinding> findings) {
        out.println("Record: " + spf.format());
        out.println("Valid SPF record (RFC 7208).");
        out.println(spf.terms().isEmpty() ? "Terms: none" : "Terms:");
        int number = 1;
        for (var term : spf.terms()) {
            out.printf(Locale.ROOT, "  %2d  %-9s %s%n", number++, kind(term), text(term));
        }
        out.printf(
                Locale.ROOT,
                "DNS lookups in this record: %d of %d (include, a, mx, ptr, exists, redirect)%n",
                spf.dnsTermCount(),
                SpfRecord.MAX_DNS_TERMS);
        int octets = TxtStrings.octets(spf.format());
        int strings = TxtStrings.split(spf.format()).size();
        out.printf(
                Locale.ROOT,
                "Length: %d octets, %s%n",
                octets,
                strings == 1 ? "fits in one TXT string" : strings + " TXT strings of 255");
        out.println(findings.isEmpty() ? "Findings: none" : "Findings:");
        for (var finding : findings) {
            var where =
                    finding.termIndex().isPresent()
                            ? "term " + (finding.termIndex().getAsInt() + 1) + ": "
                            : "";
            out.printf(
                    Locale.ROOT,
                    "  %-8s %s%s%n",
                    finding.severity().id(),
                    where,
                    finding.message());
        }
    }

    private static String kind(Term term) {
        return switch (term) {
            case Directive directive -> directive.qualifier().word();
            case Modifier modifier -> "modifier";
        };
    }

    private static String text(Term term) {
        return switch (term) {
            case Directive directive -> directive.mechanism().format();
            case Modifier modifier -> modifier.format();
        };
    }
}
