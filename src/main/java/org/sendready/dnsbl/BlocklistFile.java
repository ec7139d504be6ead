package org.sendready.dnsbl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;

/// The lists file: a JSON object whose `lists` array replaces the built-in catalogue.
///
/// ```json
/// {"lists": [
///   {"name": "zen", "zone": "zen.spamhaus.org", "kind": "ip", "ipv6": true,
///    "codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "SBL"},
///              {"answer": "127.255.255.254", "kind": "refused", "meaning": "public resolver"}]},
///   {"name": "multi", "zone": "multi.uribl.com", "kind": "domain",
///    "codes": [{"answer": "127.0.0.1", "kind": "refused", "meaning": "query refused"}],
///    "bits": [{"bit": 2, "meaning": "black"}, {"bit": 4, "meaning": "grey"}]}]}
/// ```
/// Only `name`, `zone` and `kind` are required. Without `codes` and `bits` a list means RFC
/// 5782's convention, 127.0.0.2 = listed. `title`, `info`, `removal` and `note` are optional
/// text; `ipv6` (default false) says an IP list also lists IPv6 addresses. Unknown fields are
/// refused, so a misspelt one is not silently ignored. [#write] prints this format, so
/// `sendready dnsbl --show-lists` gives a file to start from.
public final class BlocklistFile {

    /// A lists file holds a few dozen lists; anything far larger is not one.
    static final long MAX_BYTES = 1 << 20;

    private static final Set<String> TOP_FIELDS = Set.of("lists");
    private static final Set<String> LIST_FIELDS =
            Set.of(
                    "name", "title", "zone", "kind", "ipv6", "codes", "bits", "info", "removal",
                    "note");
    private static final Set<String> CODE_FIELDS = Set.of("answer", "kind", "meaning");
    private static final Set<String> BIT_FIELDS = Set.of("bit", "meaning");

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BlocklistFile() {}

    /// Reads the lists in `file`; errors name the file and the JSON path of the bad value.
    public static List<Blocklist> read(Path file) {
        var field = "lists file " + file;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidInput(field, "is larger than 1 MiB; it is not a lists file");
            }
            return parse(Files.readString(file), field);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(field, "does not exist", e);
        } catch (IOException e) {
            throw new InvalidInput(field, "cannot be read: " + e.getMessage(), e);
        }
    }

    /// Parses lists-file text; errors name `field` and the JSON path (`lists[1].zone`).
    public static List<Blocklist> parse(String text, String field) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidInput(
                    field,
                    "is not valid JSON"
                            + (where == null
                                    ? ""
                                    : " at line "
                                            + where.getLineNr()
                                            + ", column "
                                            + where.getColumnNr())
                            + " ("
                            + e.getOriginalMessage()
                            + ")",
                    e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInput(field, "is not a JSON object with a \"lists\" array");
        }
        onlyKnown(root, TOP_FIELDS, field);
        var array = root.path("lists");
        if (!array.isArray() || array.isEmpty()) {
            throw new InvalidInput(field, "has no lists; expected \"lists\": [{...}, ...]");
        }
        var lists = new ArrayList<Blocklist>();
        var names = new HashSet<String>();
        for (int i = 0; i < array.size(); i++) {
            var where = field + ": lists[" + i + "]";
            var list = list(array.get(i), where);
            if (!names.add(list.name())) {
                throw new InvalidInput(where + ".name", "'" + list.name() + "' appears twice");
            }
            lists.add(list);
        }
        return List.copyOf(lists);
    }

    /// `lists` in the lists-file format, as [#parse] reads it back.
    public static String write(List<Blocklist> lists) {
        var root = MAPPER.createObjectNode();
        var array = root.putArray("lists");
        for (var list : lists) {
            var node = array.addObject();
            node.put("name", list.name());
            node.put("title", list.title());
            node.put("zone", list.zone().ascii());
            node.put("kind", list.kind().id());
            if (list.kind() == ListKind.IP) {
                node.put("ipv6", list.ipv6());
            }
            writeCodes(node, list.codes());
            list.info().ifPresent(uri -> node.put("info", uri.toString()));
            list.removal().ifPresent(uri -> node.put("removal", uri.toString()));
            list.note().ifPresent(text -> node.put("note", text));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void writeCodes(ObjectNode node, ReturnCodes codes) {
        if (!codes.exact().isEmpty()) {
            var array = node.putArray("codes");
            for (var code : codes.exact()) {
                var entry = array.addObject();
                entry.put("answer", IpAddresses.format(code.answer()));
                entry.put("kind", code.kind().id());
                entry.put("meaning", code.meaning());
            }
        }
        if (!codes.bits().isEmpty()) {
            var array = node.putArray("bits");
            for (var bit : codes.bits()) {
                var entry = array.addObject();
                entry.put("bit", bit.value());
                entry.put("meaning", bit.meaning());
            }
        }
    }

    private static Blocklist list(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidInput(where, "is not an object");
        }
        onlyKnown(node, LIST_FIELDS, where);
        var name = Blocklist.checkName(text(node, "name", where), where + ".name");
        var zone = DomainName.parse(text(node, "zone", where), where + ".zone");
        var kind = kind(text(node, "kind", where), where + ".kind");
        var ipv6 = node.path("ipv6");
        if (!ipv6.isMissingNode() && !ipv6.isBoolean()) {
            throw new InvalidInput(where + ".ipv6", "must be true or false");
        }
        if (kind == ListKind.DOMAIN && ipv6.asBoolean(false)) {
            throw new InvalidInput(where + ".ipv6", "applies only to \"kind\": \"ip\" lists");
        }
        return new Blocklist(
                name,
                optionalText(node, "title", where).orElse(name),
                zone,
                kind,
                ipv6.asBoolean(false),
                codes(node, where),
                optionalText(node, "info", where).map(t -> url(t, where + ".info")),
                optionalText(node, "removal", where).map(t -> url(t, where + ".removal")),
                optionalText(node, "note", where));
    }

    private static ReturnCodes codes(JsonNode list, String where) {
        var codes = list.path("codes");
        var bits = list.path("bits");
        if (codes.isMissingNode() && bits.isMissingNode()) {
            return ReturnCodes.rfc5782();
        }
        var exact = new ArrayList<ReturnCode>();
        var answers = new HashSet<String>();
        for (int i = 0; i < array(codes, where + ".codes").size(); i++) {
            var at = where + ".codes[" + i + "]";
            var code = code(codes.get(i), at);
            if (!answers.add(IpAddresses.format(code.answer()))) {
                throw new InvalidInput(
                        at + ".answer",
                        IpAddresses.format(code.answer()) + " appears twice in this list");
            }
            exact.add(code);
        }
        var masks = new ArrayList<ReturnCodes.Bit>();
        var values = new HashSet<Integer>();
        for (int i = 0; i < array(bits, where + ".bits").size(); i++) {
            var at = where + ".bits[" + i + "]";
            var bit = bit(bits.get(i), at);
            if (!values.add(bit.value())) {
                throw new InvalidInput(at + ".bit", bit.value() + " appears twice in this list");
            }
            masks.add(bit);
        }
        if (exact.isEmpty() && masks.isEmpty()) {
            throw new InvalidInput(
                    where + ".codes", "is empty; give at least one code, or leave both out");
        }
        return new ReturnCodes(exact, masks);
    }

    private static ReturnCode code(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidInput(where, "is not an object");
        }
        onlyKnown(node, CODE_FIELDS, where);
        var answer = IpAddresses.parseIpv4(text(node, "answer", where), where + ".answer");
        if (!ReturnCodes.isLoopback(answer)) {
            throw new InvalidInput(
                    where + ".answer",
                    IpAddresses.format(answer)
                            + " is not in 127.0.0.0/8, where every list answer lies (RFC 5782"
                            + " section 2.3)");
        }
        var kind = codeKind(text(node, "kind", where), where + ".kind");
        return new ReturnCode(answer, kind, text(node, "meaning", where));
    }

    private static ReturnCodes.Bit bit(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new InvalidInput(where, "is not an object");
        }
        onlyKnown(node, BIT_FIELDS, where);
        var value = node.path("bit");
        if (!value.isInt()
                || value.asInt() < 1
                || value.asInt() > 128
                || Integer.bitCount(value.asInt()) != 1) {
            throw new InvalidInput(
                    where + ".bit", "must be one bit of the last octet: 1, 2, 4, ... or 128");
        }
        return new ReturnCodes.Bit(value.asInt(), text(node, "meaning", where));
    }

    private static JsonNode array(JsonNode node, String where) {
        if (node.isMissingNode()) {
            return MAPPER.createArrayNode();
        }
        if (!node.isArray()) {
            throw new InvalidInput(where, "must be an array");
        }
        return node;
    }

    private static ListKind kind(String text, String where) {
        for (var kind : ListKind.values()) {
            if (kind.id().equals(text.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidInput(where, "'" + text + "' is not a kind; expected ip or domain");
    }

    private static CodeKind codeKind(String text, String where) {
        for (var kind : CodeKind.values()) {
            if (kind.id().equals(text.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new InvalidInput(
                where, "'" + text + "' is not a code kind; expected listed, refused or error");
    }

    private static URI url(String text, String where) {
        try {
            var uri = new URI(text);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new InvalidInput(where, "'" + text + "' is not an http(s) address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInput(where, "'" + text + "' is not a web address", e);
        }
    }

    private static String text(JsonNode node, String name, String where) {
        return optionalText(node, name, where)
                .orElseThrow(() -> new InvalidInput(where + "." + name, "is missing"));
    }

    private static Optional<String> optionalText(JsonNode node, String name, String where) {
        var value = node.path(name);
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInput(where + "." + name, "must be a non-empty string");
        }
        return Optional.of(value.asText().strip());
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String where) {
        var names = node.fieldNames();
        while (names.hasNext()) {
            var name = names.next();
            if (!known.contains(name)) {
                throw new InvalidInput(
                        where,
                        "has an unknown field \""
                                + name
                                + "\"; known are "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
