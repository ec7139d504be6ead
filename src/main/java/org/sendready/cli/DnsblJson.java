package org.sendready.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sendready.dns.IpAddresses;
import org.sendready.dnsbl.DnsblReport;
import org.sendready.dnsbl.Listing;
import org.sendready.dnsbl.ListingText;
import org.sendready.dnsbl.Outcome;
import org.sendready.dnsbl.ReturnCode;

/// Blocklist results as one JSON object: `{ok, listed, dns, lists, skipped, results: [{target,
/// kind, list, zone, query, status, summary, codes, reasons, answers, info, removal}]}`.
final class DnsblJson {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DnsblJson() {}

    static ObjectNode tree(DnsblReport report, String servers) {
        var root = MAPPER.createObjectNode();
        root.put("ok", report.clean());
        root.put("listed", report.listed());
        root.put("dns", servers);
        var lists = root.putArray("lists");
        report.lists().forEach(list -> lists.add(list.name()));
        var skipped = root.putArray("skipped");
        report.targets().skipped().forEach(skipped::add);
        var results = root.putArray("results");
        report.listings().forEach(listing -> result(results.addObject(), listing));
        return root;
    }

    static String text(DnsblReport report, String servers) {
        try {
            return MAPPER.writeValueAsString(tree(report, servers));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void result(ObjectNode node, Listing listing) {
        var list = listing.list();
        node.put("target", listing.target().display());
        node.put("kind", listing.target().kind().id());
        node.put("list", list.name());
        node.put("zone", list.zone().ascii());
        node.put("query", listing.query().map(q -> q.ascii()).orElse(null));
        node.put("status", listing.status().id());
        node.put("summary", ListingText.describe(listing.outcome()));
        var outcome = listing.outcome();
        codes(node.putArray("codes"), codesOf(outcome));
        var reasons = node.putArray("reasons");
        var answers = node.putArray("answers");
        switch (outcome) {
            case Outcome.Listed listed -> {
                listed.reasons().forEach(reasons::add);
                listed.unexplained().forEach(answers::add);
            }
            case Outcome.Unexpected unexpected -> unexpected.answers().forEach(answers::add);
            case Outcome.NotListed none -> {}
            case Outcome.Refused refused -> {}
            case Outcome.Failed failed -> {}
        }
        list.info().ifPresent(u -> node.put("info", u.toString()));
        list.removal().ifPresent(u -> node.put("removal", u.toString()));
    }

    private static List<ReturnCode> codesOf(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Listed listed -> listed.codes();
            case Outcome.Refused refused -> refused.codes();
            case Outcome.Failed failed -> failed.codes();
            case Outcome.NotListed none -> List.of();
            case Outcome.Unexpected unexpected -> List.of();
        };
    }

    private static void codes(ArrayNode array, List<ReturnCode> codes) {
        for (var code : codes) {
            var entry = array.addObject();
            entry.put("answer", IpAddresses.format(code.answer()));
            entry.put("kind", code.kind().id());
            entry.put("meaning", code.meaning());
        }
    }
}
