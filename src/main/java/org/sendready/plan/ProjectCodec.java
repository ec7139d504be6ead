package org.sendready.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimSelector;
import org.sendready.dmarc.DmarcPolicy;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.spf.SpfParser;

/// Converts a [SetupPlan] to and from the JSON tree of a project file (format version 1).
///
/// SPF, DKIM and DMARC are stored as their canonical record text: the format people know,
/// and one that each parser already validates. Key files are stored relative to the project
/// file's folder when they lie inside it, so a project folder can be moved whole.
final class ProjectCodec {
    static final String MARKER_FIELD = "sendready";
    static final String MARKER_VALUE = "project";
    static final String VERSION_FIELD = "version";

    /// The project-file format this version writes and reads up to.
    static final int VERSION = 1;

    /// Optional in format 1: absent in files written before rotations existed, and whenever no
    /// rotation is in progress.
    static final String ROTATION = "dkimRotation";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Path folder;

    /// `folder` is where the project file lives; key paths are relative to it.
    ProjectCodec(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    ObjectNode write(SetupPlan plan) {
        var root = JSON.objectNode();
        root.put(MARKER_FIELD, MARKER_VALUE);
        root.put(VERSION_FIELD, VERSION);
        root.put("domain", plan.domain().ascii());
        var hosts = root.putArray("hosts");
        for (var host : plan.hosts()) {
            var node = hosts.addObject();
            node.put("hostname", host.hostname().ascii());
            var addresses = node.putArray("addresses");
            host.addresses().forEach(a -> addresses.add(IpAddresses.format(a)));
        }
        root.put("receivesMail", plan.receivesMail());
        var dkim = root.putArray("dkim");
        for (var key : plan.dkimKeys()) {
            var node = dkim.addObject();
            node.put("selector", key.selector().ascii());
            key.privateKeyFile()
                    .ifPresentOrElse(
                            p -> node.put("privateKeyFile", relative(p)),
                            () -> node.putNull("privateKeyFile"));
            node.put("record", key.record().format());
        }
        root.put("spf", plan.spf().format());
        root.put("dmarc", plan.dmarc().format());
        plan.bounceDomain()
                .ifPresentOrElse(
                        b -> root.put("bounceDomain", b.ascii()),
                        () -> root.putNull("bounceDomain"));
        var ttls = root.putObject("ttls");
        ttls.put("host", plan.ttls().host().toSeconds());
        ttls.put("ptr", plan.ttls().ptr().toSeconds());
        ttls.put("mx", plan.ttls().mx().toSeconds());
        ttls.put("spf", plan.ttls().spf().toSeconds());
        ttls.put("dkim", plan.ttls().dkim().toSeconds());
        ttls.put("dmarc", plan.ttls().dmarc().toSeconds());
        plan.dkimRotation().ifPresent(r -> writeRotation(root.putObject(ROTATION), r));
        return root;
    }

    /// Written only while a rotation is in progress, so other project files stay as they were.
    private static void writeRotation(ObjectNode node, DkimRotation rotation) {
        node.put("retiring", rotation.retiring().ascii());
        node.put("incoming", rotation.incoming().ascii());
        node.put("started", rotation.started().toString());
        rotation.propagated()
                .ifPresent(
                        p -> {
                            var propagated = node.putObject("propagated");
                            propagated.put("at", p.at().toString());
                            propagated.put("cacheTtl", p.cacheTtl().toSeconds());
                        });
        rotation.switched().ifPresent(t -> node.put("switched", t.toString()));
        rotation.revoked().ifPresent(t -> node.put("revoked", t.toString()));
    }

    /// Reads a version-checked tree; every error names the JSON field it concerns.
    SetupPlan read(JsonNode root) {
        var domain = DomainName.parse(text(root, "domain"), "domain");
        var hosts = list(root, "hosts", this::host);
        var dkim = list(root, "dkim", this::dkimKey);
        var spf = field("spf", () -> SpfParser.parse(text(root, "spf")));
        var dmarc = field("dmarc", () -> DmarcPolicy.parse(text(root, "dmarc")));
        var bounce =
                optionalText(root, "bounceDomain").map(b -> DomainName.parse(b, "bounceDomain"));
        var receivesMail = root.path("receivesMail").asBoolean(false);
        var ttls = ttls(root.path("ttls"));
        var rotation = optionalObject(root, ROTATION).map(ProjectCodec::rotation);
        return new SetupPlan(domain, hosts, receivesMail, dkim, spf, dmarc, bounce, ttls, rotation);
    }

    private static DkimRotation rotation(JsonNode node) {
        var path = ROTATION + ".";
        var retiring = field(path + "retiring", () -> DkimSelector.parse(text(node, "retiring")));
        var incoming = field(path + "incoming", () -> DkimSelector.parse(text(node, "incoming")));
        var started = requiredInstant(node, "started", path);
        var propagated =
                optionalObject(node, "propagated").map(p -> propagated(p, path + "propagated."));
        var switched = instant(node, "switched", path);
        var revoked = instant(node, "revoked", path);
        return field(
                ROTATION,
                () -> new DkimRotation(retiring, incoming, started, propagated, switched, revoked));
    }

    private static DkimRotation.Propagated propagated(JsonNode node, String path) {
        var at = requiredInstant(node, "at", path);
        var ttl = node.get("cacheTtl");
        if (ttl == null || !ttl.isIntegralNumber() || !ttl.canConvertToLong()) {
            throw new InvalidInput(path + "cacheTtl", "must be a whole number of seconds");
        }
        return new DkimRotation.Propagated(at, Ttls.parseSeconds(ttl.asLong(), path + "cacheTtl"));
    }

    private static Instant requiredInstant(JsonNode parent, String name, String path) {
        return instant(parent, name, path)
                .orElseThrow(() -> new InvalidInput(path + name, "is missing"));
    }

    private static Optional<Instant> instant(JsonNode parent, String name, String path) {
        return field(
                path + name,
                () ->
                        optionalText(parent, name)
                                .map(
                                        text -> {
                                            try {
                                                return Instant.parse(text);
                                            } catch (DateTimeParseException e) {
                                                throw new InvalidInput(
                                                        path + name,
                                                        "'"
                                                                + text
                                                                + "' is not a UTC time such as"
                                                                + " 2026-11-26T10:00:00Z");
                                            }
                                        }));
    }

    private static Optional<JsonNode> optionalObject(JsonNode parent, String name) {
        var node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new InvalidInput(name, "must be an object or null");
        }
        return Optional.of(node);
    }

    private SendingHost host(JsonNode node, String path) {
        var hostname =
                field(
                        path + ".hostname",
                        () -> DomainName.parseHostname(text(node, "hostname"), path + ".hostname"));
        List<InetAddress> addresses =
                list(
                        node,
                        "addresses",
                        (n, p) -> IpAddresses.parse(n.asText(), path + "." + p),
                        path + ".");
        return field(path, () -> new SendingHost(hostname, addresses));
    }

    private DkimKeyRef dkimKey(JsonNode node, String path) {
        var selector = field(path + ".selector", () -> DkimSelector.parse(text(node, "selector")));
        var keyFile =
                field(path + ".privateKeyFile", () -> optionalText(node, "privateKeyFile"))
                        .map(f -> resolve(f, path));
        var record = field(path + ".record", () -> DkimKeyRecord.parse(text(node, "record")));
        return new DkimKeyRef(selector, keyFile, record);
    }

    private Ttls ttls(JsonNode node) {
        var defaults = Ttls.defaults();
        return new Ttls(
                ttl(node, "host", defaults.host()),
                ttl(node, "ptr", defaults.ptr()),
                ttl(node, "mx", defaults.mx()),
                ttl(node, "spf", defaults.spf()),
                ttl(node, "dkim", defaults.dkim()),
                ttl(node, "dmarc", defaults.dmarc()));
    }

    private static Duration ttl(JsonNode ttls, String name, Duration fallback) {
        var node = ttls.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            throw new InvalidInput("ttls." + name, "must be a whole number of seconds");
        }
        return Ttls.parseSeconds(node.asLong(), "ttls." + name);
    }

    private Path resolve(String stored, String path) {
        try {
            return folder.resolve(stored).normalize();
        } catch (InvalidPathException e) {
            throw new InvalidInput(
                    path + ".privateKeyFile", "'" + stored + "' is not a valid path");
        }
    }

    private String relative(Path keyFile) {
        var absolute = keyFile.toAbsolutePath().normalize();
        var shown = absolute.startsWith(folder) ? folder.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private static <T> List<T> list(
            JsonNode parent, String name, BiFunction<JsonNode, String, T> element) {
        return list(parent, name, element, "");
    }

    private static <T> List<T> list(
            JsonNode parent, String name, BiFunction<JsonNode, String, T> element, String prefix) {
        var node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw new InvalidInput(prefix + name, "is missing or not a list");
        }
        var values = new ArrayList<T>();
        for (int i = 0; i < node.size(); i++) {
            values.add(element.apply(node.get(i), name + "[" + i + "]"));
        }
        return values;
    }

    private static String text(JsonNode parent, String name) {
        var node = parent.get(name);
        if (node == null || !node.isTextual()) {
            throw new InvalidInput(name, "is missing or not text");
        }
        return node.asText();
    }

    private static Optional<String> optionalText(JsonNode parent, String name) {
        var node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new InvalidInput(name, "must be text or null");
        }
        return Optional.of(node.asText());
    }

    /// Runs a parser whose errors name its own field (`spf`, `dkim record`) and re-attributes
    /// them to the project file's field path, keeping the parser's reason.
    private static <T> T field(String path, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            throw e.field().startsWith(path) ? e : e.inField(path);
        }
    }
}
