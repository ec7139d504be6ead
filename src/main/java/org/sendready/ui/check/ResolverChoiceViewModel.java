package org.sendready.ui.check;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.input.InvalidInput;
import org.sendready.ui.common.ServerListText;
import org.sendready.ui.wizard.DnsChoice;

/// The "DNS to ask" form of the live check: system resolvers, servers the user types, or the
/// domain's authoritative name servers, and whether to preview the planned records. Typed
/// server text is parsed at once with [Server.Endpoint#parse]; while it does not parse, the
/// error says why and [#choiceProperty()] keeps the last valid choice.
public final class ResolverChoiceViewModel {
    /// The field name in error messages, as the user sees the field.
    static final String FIELD = ServerListText.FIELD;

    private final ObjectProperty<ResolverMode> mode =
            new SimpleObjectProperty<>(ResolverMode.SYSTEM);
    private final StringProperty serversText = new SimpleStringProperty("");
    private final BooleanProperty preview = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DnsChoice> choice =
            new ReadOnlyObjectWrapper<>(DnsChoice.system());

    public ResolverChoiceViewModel() {
        mode.addListener((obs, old, now) -> validate());
        serversText.addListener((obs, old, now) -> validate());
    }

    public ObjectProperty<ResolverMode> modeProperty() {
        return mode;
    }

    /// The servers typed: IP addresses with optional ports, separated by commas or spaces.
    public StringProperty serversTextProperty() {
        return serversText;
    }

    /// Lay the plan's records over live DNS: how the board will look once they are published.
    public BooleanProperty previewProperty() {
        return preview;
    }

    /// What is wrong with the servers typed, as `DNS servers: reason`; empty when they parse.
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// The latest valid choice.
    public ReadOnlyObjectProperty<DnsChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    public boolean valid() {
        return error.get().isEmpty();
    }

    /// True when the preview applies: the authoritative view shows what the name servers
    /// publish, so it is never a preview (the CLI refuses `--preview --authoritative` too).
    public boolean previewing() {
        return preview.get() && mode.get() != ResolverMode.AUTHORITATIVE;
    }

    /// Shows `dns` in the form, e.g. the wizard's choice when the page opens.
    public void load(DnsChoice dns) {
        serversText.set(ServerListText.format(dns.servers()));
        mode.set(
                dns.authoritative()
                        ? ResolverMode.AUTHORITATIVE
                        : dns.servers().isEmpty() ? ResolverMode.SYSTEM : ResolverMode.CUSTOM);
        validate();
    }

    private void validate() {
        try {
            var parsed =
                    switch (mode.get()) {
                        case SYSTEM -> DnsChoice.system();
                        case CUSTOM ->
                                new DnsChoice(ServerListText.parse(serversText.get(), true), false);
                        case AUTHORITATIVE ->
                                new DnsChoice(ServerListText.parse(serversText.get(), false), true);
                    };
            error.set("");
            choice.set(parsed);
        } catch (InvalidInput e) {
            error.set(e.getMessage());
        }
    }
}
