package org.sendready.testing;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sendready.dns.Server;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/// A small authoritative DNS server for tests, on loopback UDP and TCP (the same port), serving
/// zones from master-file text, with faults on demand and a count of the queries it got.
///
/// ```java
/// try (var dns = TestDnsServer.start().zone("example.com", "@ TXT \"v=spf1 -all\"")) {
///     dns.fault("slow.example.com", Fault.delay(Duration.ofSeconds(2)));
/// }
/// ```
/// UDP answers larger than the client's EDNS size (512 octets without EDNS) are truncated
/// with the TC bit, as RFC 1035 section 4.2.1 and RFC 6891 section 6.2.3 require. Threads are
/// daemons; nothing is global, so servers in parallel tests do not meet.
public final class TestDnsServer implements AutoCloseable {

    /// How a query arrived.
    public enum Transport {
        UDP,
        TCP
    }

    /// RFC 1035 section 4.2.1: UDP messages without EDNS are at most 512 octets.
    private static final int PLAIN_UDP_SIZE = 512;

    /// RFC 1035 section 4.2.2: TCP messages carry a two-octet length.
    private static final int TCP_MAX_SIZE = 65535;

    /// The EDNS payload size this server advertises, as common servers do.
    private static final int EDNS_SIZE = 1232;

    /// Attempts at finding a port free on every address asked for.
    private static final int BIND_ATTEMPTS = 20;

    private final DatagramSocket udp;
    private final ServerSocket tcp;
    private final TestZones zones = new TestZones();
    private final Map<Name, FaultPlan> faults = new ConcurrentHashMap<>();
    private volatile Duration latency = Duration.ZERO;
    private final Map<String, FaultPlan> typedFaults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile boolean closed;

    private record FaultPlan(Fault fault, AtomicInteger remaining) {}

    private TestDnsServer(DatagramSocket udp, ServerSocket tcp) {
        this.udp = udp;
        this.tcp = tcp;
        Thread.ofPlatform().daemon().name("test-dns-udp-" + port()).start(this::serveUdp);
        Thread.ofPlatform().daemon().name("test-dns-tcp-" + port()).start(this::serveTcp);
    }

    /// A server on 127.0.0.1 and an ephemeral port.
    public static TestDnsServer start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /// A server on `address` (a loopback address) and an ephemeral port.
    public static TestDnsServer start(InetAddress address) {
        return startOnSamePort(address).getFirst();
    }

    /// Servers on each of `addresses` (e.g. 127.0.0.2 and 127.0.0.3, which Linux routes to
    /// loopback too), all on one port: name servers have no port in NS records.
    public static List<TestDnsServer> startOnSamePort(InetAddress... addresses) {
        for (int attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
            var servers = new ArrayList<TestDnsServer>();
            try {
                int port = 0;
                for (var address : addresses) {
                    servers.add(bind(address, port));
                    port = servers.getFirst().port();
                }
                return List.copyOf(servers);
            } catch (BindException e) {
                servers.forEach(TestDnsServer::close);
            } catch (IOException e) {
                servers.forEach(TestDnsServer::close);
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no common free port on " + Arrays.toString(addresses));
    }

    private static TestDnsServer bind(InetAddress address, int port) throws IOException {
        var udp = new DatagramSocket(new InetSocketAddress(address, port));
        try {
            var tcp = new ServerSocket();
            tcp.bind(new InetSocketAddress(address, udp.getLocalPort()));
            return new TestDnsServer(udp, tcp);
        } catch (IOException e) {
            udp.close();
            throw e;
        }
    }

    public InetAddress address() {
        return udp.getLocalAddress();
    }

    public int port() {
        return udp.getLocalPort();
    }

    /// The server as sendready names it.
    public Server.Endpoint endpoint() {
        return new Server.Endpoint(address(), port());
    }

    /// Serves (or replaces) zone `origin` from master-file text; names are relative to it, and
    /// an SOA (MINIMUM 300) and NS are added when the text has none.
    public TestDnsServer zone(String origin, String masterText) {
        zones.zone(origin, masterText);
        return this;
    }

    /// Publishes more records (master-file lines relative to `origin`) in a served zone.
    public TestDnsServer add(String origin, String masterText) {
        zones.add(origin, masterText);
        return this;
    }

    /// Withdraws the records of `type` at `owner` (relative to `origin`).
    public TestDnsServer remove(String origin, String owner, String type) {
        zones.remove(origin, owner, Type.value(type));
        return this;
    }

    /// Adds `delay` to every answer, as a distant server would (faults come on top).
    public TestDnsServer latency(Duration delay) {
        this.latency = delay;
        return this;
    }

    /// Misbehaves for every query for `name` until [#clearFaults].
    public TestDnsServer fault(String name, Fault fault) {
        return fault(name, fault, Integer.MAX_VALUE);
    }

    /// Misbehaves for the next `times` queries for `name`, then answers normally.
    public TestDnsServer fault(String name, Fault fault, int times) {
        faults.put(absolute(name), new FaultPlan(fault, new AtomicInteger(times)));
        return this;
    }

    /// Misbehaves for every query for `name` of `type` (e.g. `TXT`) until [#clearFaults]; the
    /// other types at the name are answered. It takes precedence over a fault for the name.
    public TestDnsServer fault(String name, String type, Fault fault) {
        typedFaults.put(
                typedKey(absolute(name), Type.value(type)),
                new FaultPlan(fault, new AtomicInteger(Integer.MAX_VALUE)));
        return this;
    }

    public TestDnsServer clearFaults() {
        faults.clear();
        typedFaults.clear();
        return this;
    }

    /// Queries received for `name`/`type` over `transport`, dropped ones included.
    public int queries(String name, String type, Transport transport) {
        var count = counts.get(key(absolute(name), Type.value(type), transport));
        return count == null ? 0 : count.get();
    }

    /// Queries received for `name`/`type` over both transports.
    public int queries(String name, String type) {
        return queries(name, type, Transport.UDP) + queries(name, type, Transport.TCP);
    }

    /// The most queries this server was working on at the same time.
    public int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        closed = true;
        udp.close();
        closeQuietly(tcp);
        connections.forEach(TestDnsServer::closeQuietly);
    }

    private void serveUdp() {
        var buffer = new byte[TCP_MAX_SIZE];
        while (!closed) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                udp.receive(packet);
            } catch (IOException e) {
                continue; // closed: the loop ends; otherwise a stray error, keep serving
            }
            var data = Arrays.copyOf(packet.getData(), packet.getLength());
            SocketAddress client = packet.getSocketAddress();
            Thread.ofVirtual()
                    .start(() -> handle(data, Transport.UDP).ifPresent(out -> reply(out, client)));
        }
    }

    private void reply(byte[] out, SocketAddress client) {
        try {
            udp.send(new DatagramPacket(out, out.length, client));
        } catch (IOException e) {
            // the server closed while this answer was delayed
        }
    }

    private void serveTcp() {
        while (!closed) {
            try {
                var socket = tcp.accept();
                connections.add(socket);
                Thread.ofVirtual().start(() -> serveConnection(socket));
            } catch (IOException e) {
                // closed: the loop ends; otherwise a failed accept, keep serving
            }
        }
    }

    /// Reads length-prefixed queries until the client closes; answers each on its own thread,
    /// since dnsjava pipelines queries over one connection.
    private void serveConnection(Socket socket) {
        try (socket) {
            var in = new DataInputStream(socket.getInputStream());
            var out = new DataOutputStream(socket.getOutputStream());
            while (!closed) {
                var data = in.readNBytes(in.readUnsignedShort());
                Thread.ofVirtual()
                        .start(() -> handle(data, Transport.TCP).ifPresent(a -> write(out, a)));
            }
        } catch (IOException e) {
            // the client closed the connection
        } finally {
            connections.remove(socket);
        }
    }

    private static void write(DataOutputStream out, byte[] answer) {
        synchronized (out) {
            try {
                out.writeShort(answer.length);
                out.write(answer);
                out.flush();
            } catch (IOException e) {
                // the client went away before its answer
            }
        }
    }

    /// The wire answer to one query, or empty to stay silent.
    private Optional<byte[]> handle(byte[] data, Transport transport) {
        Message query;
        try {
            query = new Message(data);
        } catch (IOException e) {
            return Optional.empty();
        }
        var question = query.getQuestion();
        if (question == null) {
            return Optional.empty();
        }
        counts.computeIfAbsent(
                        key(question.getName(), question.getType(), transport),
                        k -> new AtomicInteger())
                .incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            return respond(query, transport).map(r -> wire(r, query, transport));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Optional<Message> respond(Message query, Transport transport) {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        var question = query.getQuestion();
        var plan = typedFaults.get(typedKey(question.getName(), question.getType()));
        if (plan == null) {
            plan = faults.get(question.getName());
        }
        var fault = plan != null && plan.remaining().getAndDecrement() > 0 ? plan.fault() : null;
        switch (fault) {
            case null -> {
                return Optional.of(zones.answer(query));
            }
            case Fault.Delay(var delay) -> {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                return Optional.of(zones.answer(query));
            }
            case Fault.Drop drop -> {
                return Optional.empty();
            }
            case Fault.Rcode(var rcode) -> {
                var response = responseTo(query);
                response.getHeader().setRcode(rcode);
                return Optional.of(response);
            }
            case Fault.Truncate truncate -> {
                if (transport == Transport.TCP) {
                    return Optional.of(zones.answer(query));
                }
                var response = responseTo(query);
                response.getHeader().setFlag(Flags.TC);
                return Optional.of(response);
            }
        }
    }

    /// `response` on the wire; over UDP cut to the client's size, which sets TC if needed.
    private static byte[] wire(Message response, Message query, Transport transport) {
        var opt = query.getOPT();
        if (opt != null) {
            response.addRecord(new OPTRecord(EDNS_SIZE, 0, 0), Section.ADDITIONAL);
        }
        if (transport == Transport.TCP) {
            return response.toWire(TCP_MAX_SIZE);
        }
        return response.toWire(
                opt == null ? PLAIN_UDP_SIZE : Math.max(PLAIN_UDP_SIZE, opt.getPayloadSize()));
    }

    /// An empty response to `query`: same ID, opcode, RD bit and question.
    static Message responseTo(Message query) {
        var response = new Message(query.getHeader().getID());
        var header = response.getHeader();
        header.setFlag(Flags.QR);
        header.setOpcode(query.getHeader().getOpcode());
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        response.addRecord(query.getQuestion(), Section.QUESTION);
        return response;
    }

    private static String key(Name name, int type, Transport transport) {
        return name.toString().toLowerCase(Locale.ROOT) + "/" + Type.string(type) + "/" + transport;
    }

    private static String typedKey(Name name, int type) {
        return name.toString().toLowerCase(Locale.ROOT) + "/" + Type.string(type);
    }

    private static Name absolute(String name) {
        return Name.fromConstantString(name.endsWith(".") ? name : name + ".");
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
