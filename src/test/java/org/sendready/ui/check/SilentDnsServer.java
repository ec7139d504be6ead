package org.sendready.ui.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.sendready.dns.Server;
import org.sendready.ui.wizard.DnsChoice;

/// A "DNS server" on loopback that drops every query: a UDP socket nobody reads.
final class SilentDnsServer implements AutoCloseable {
    private final DatagramSocket socket;

    SilentDnsServer() {
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Server.Endpoint endpoint() {
        return new Server.Endpoint(socket.getLocalAddress(), socket.getLocalPort());
    }

    DnsChoice choice() {
        return new DnsChoice(List.of(endpoint()), false);
    }

    @Override
    public void close() {
        socket.close();
    }
}
