package org.sendready.ui.domain;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.dns.DomainName;
import org.sendready.dns.IpAddresses;
import org.sendready.input.InvalidInput;
import org.sendready.plan.SendingHost;

/// One sending server as the user types it: its host name and its addresses (several separated
/// by commas or spaces), with what is wrong with each field and warnings about the addresses.
public final class HostRow {
    /// What separates several addresses in the one field.
    private static final Pattern SEPARATOR = Pattern.compile("[,;\\s]+");

    static final String HOSTNAME_FIELD = "host name";
    static final String ADDRESSES_FIELD = "IP addresses";

    private final StringProperty hostname = new SimpleStringProperty(this, "hostname", "");
    private final StringProperty addresses = new SimpleStringProperty(this, "addresses", "");
    private final ReadOnlyStringWrapper hostnameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper addressesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    /// The host name as typed: the name the server greets with (HELO/EHLO).
    public StringProperty hostnameProperty() {
        return hostname;
    }

    /// The addresses as typed, e.g. `192.0.2.10, 2001:db8::10`.
    public StringProperty addressesProperty() {
        return addresses;
    }

    /// What is wrong with the host name (`field: reason`); empty when nothing is.
    public ReadOnlyStringProperty hostnameErrorProperty() {
        return hostnameError.getReadOnlyProperty();
    }

    /// What is wrong with the addresses (`field: reason`); empty when nothing is.
    public ReadOnlyStringProperty addressesErrorProperty() {
        return addressesError.getReadOnlyProperty();
    }

    /// Addresses receivers cannot reach (private, documentation, ...), one per line.
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /// True when the user typed nothing in either field: the row does not count.
    boolean isBlank() {
        return hostname.get().isBlank() && addresses.get().isBlank();
    }

    /// Shows `host` in the fields.
    void show(SendingHost host) {
        hostname.set(host.hostname().unicode());
        addresses.set(
                host.addresses().stream()
                        .map(IpAddresses::format)
                        .collect(Collectors.joining(", ")));
    }

    /// Parses the fields, updating the errors and warnings; empty when a field is wrong.
    Optional<SendingHost> parse() {
        Optional<DomainName> name = Optional.empty();
        try {
            name = Optional.of(DomainName.parseHostname(hostname.get(), HOSTNAME_FIELD));
            hostnameError.set("");
        } catch (InvalidInput e) {
            hostnameError.set(e.getMessage());
        }
        var parsed = new ArrayList<InetAddress>();
        var warnings = new ArrayList<String>();
        try {
            var texts = split(addresses.get());
            // An empty field goes to the parser too, which says what belongs there.
            for (var text : texts.isEmpty() ? List.of("") : texts) {
                var address = IpAddresses.parse(text, ADDRESSES_FIELD);
                parsed.add(address);
                IpAddresses.unreachableWarning(address).ifPresent(warnings::add);
            }
            addressesError.set("");
        } catch (InvalidInput e) {
            addressesError.set(e.getMessage());
            parsed.clear();
        }
        warning.set(String.join("\n", warnings));
        if (name.isEmpty() || parsed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SendingHost(name.get(), parsed));
        } catch (InvalidInput e) {
            addressesError.set(e.inField(ADDRESSES_FIELD).getMessage());
            return Optional.empty();
        }
    }

    /// A blank row shows no errors: the user has not started on it.
    void clearMessages() {
        hostnameError.set("");
        addressesError.set("");
        warning.set("");
    }

    private static List<String> split(String text) {
        return SEPARATOR.splitAsStream(text.strip()).filter(s -> !s.isEmpty()).toList();
    }
}
