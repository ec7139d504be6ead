package org.sendready.ui.bounces;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sendready.bounce.Disposal;
import org.sendready.bounce.MailProtocol;
import org.sendready.bounce.MailboxPassword;
import org.sendready.bounce.MailboxSecurity;
import org.sendready.bounce.MailboxServer;
import org.sendready.bounce.MailboxSource;
import org.sendready.input.InvalidInput;

/// The mailbox form's state: protocol, server, protection, login, folder and what happens to
/// the messages afterwards. The password is not part of it: the page hands it over for one
/// run only, and nothing here is ever saved.
public final class MailboxSettings {

    /// What to do with recognised messages on the server.
    public enum Afterwards {
        /// Leave them (the default: nothing changes on the server unless asked).
        KEEP,
        /// Move them to another IMAP folder.
        MOVE,
        /// Delete them, once the user confirmed it.
        DELETE
    }

    private final ObjectProperty<MailProtocol> protocol =
            new SimpleObjectProperty<>(MailProtocol.IMAP);
    private final StringProperty server = new SimpleStringProperty("");
    private final ObjectProperty<MailboxSecurity> security =
            new SimpleObjectProperty<>(MailboxSecurity.TLS);
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty(MailboxServer.INBOX);
    private final ObjectProperty<Afterwards> afterwards =
            new SimpleObjectProperty<>(Afterwards.KEEP);
    private final StringProperty moveTo = new SimpleStringProperty("");
    private final BooleanProperty deleteConfirmed = new SimpleBooleanProperty(false);
    private final BooleanBinding imap = protocol.isEqualTo(MailProtocol.IMAP);

    public MailboxSettings() {
        // POP3 has one mailbox and no folders to move to (RFC 1939).
        protocol.addListener(
                (obs, old, now) -> {
                    if (now == MailProtocol.POP3) {
                        folder.set(MailboxServer.INBOX);
                        if (afterwards.get() == Afterwards.MOVE) {
                            afterwards.set(Afterwards.KEEP);
                        }
                    }
                });
        afterwards.addListener((obs, old, now) -> deleteConfirmed.set(false));
    }

    public ObjectProperty<MailProtocol> protocolProperty() {
        return protocol;
    }

    /// `host` or `host:port`; without a port, the protocol's for the protection chosen.
    public StringProperty serverProperty() {
        return server;
    }

    public ObjectProperty<MailboxSecurity> securityProperty() {
        return security;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ObjectProperty<Afterwards> afterwardsProperty() {
        return afterwards;
    }

    /// The IMAP folder to move recognised messages to.
    public StringProperty moveToProperty() {
        return moveTo;
    }

    /// The user confirmed that recognised messages are deleted from the server.
    public BooleanProperty deleteConfirmedProperty() {
        return deleteConfirmed;
    }

    /// True for IMAP, which has folders (and so the folder field and Move to).
    public BooleanBinding imapProperty() {
        return imap;
    }

    /// The port used when the server field gives none, for the hint beside it.
    public StringBinding defaultPortProperty() {
        return Bindings.createStringBinding(
                () -> "default port " + protocol.get().defaultPort(security.get()),
                protocol,
                security);
    }

    /// The source for one run with `password`; [InvalidInput] naming the field when the form
    /// is incomplete or wrong.
    MailboxSource source(MailboxPassword password) {
        if (server.get().isBlank()) {
            throw new InvalidInput(
                    "mailbox server", "is empty; give HOST or HOST:PORT, e.g. imap.example.com");
        }
        if (password.isEmpty()) {
            throw new InvalidInput("mailbox password", "is empty; type the mailbox's password");
        }
        var parsed =
                MailboxServer.parse(
                        protocol.get(),
                        server.get(),
                        security.get(),
                        user.get().strip(),
                        folder.get().isBlank() ? MailboxServer.INBOX : folder.get().strip());
        return new MailboxSource(parsed, password, disposal());
    }

    private Disposal disposal() {
        return switch (afterwards.get()) {
            case KEEP -> new Disposal.Keep();
            case MOVE -> {
                if (moveTo.get().isBlank()) {
                    throw new InvalidInput(
                            "move to", "is empty; name the IMAP folder, e.g. Processed-bounces");
                }
                yield new Disposal.MoveTo(moveTo.get().strip());
            }
            case DELETE -> {
                if (!deleteConfirmed.get()) {
                    throw new InvalidInput(
                            "delete",
                            "is not confirmed; tick the confirmation, or keep the messages");
                }
                yield new Disposal.Delete();
            }
        };
    }
}
