package org.sendready.bounce;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.sendready.input.InvalidInput;

/// Reads a mailbox on a POP3 or IMAP server through Jakarta Mail (Eclipse Angus): TLS or
/// STARTTLS with the server's certificate and host name checked, bounded timeouts, and the
/// folder opened read-only unless messages are to be deleted or moved.
///
/// The password is used for the login only; it is never stored. Failures to connect or log in
/// become [InvalidInput] naming the server or the user.
public final class MailboxSource implements MessageSource {

    /// Default bound for connecting and for each read or write on the connection.
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final MailboxServer server;
    private final MailboxPassword password;
    private final Disposal disposal;
    private final SSLSocketFactory tls;
    private final Duration timeout;

    /// A source using the platform's trusted certificate authorities.
    public MailboxSource(MailboxServer server, MailboxPassword password, Disposal disposal) {
        this(
                server,
                password,
                disposal,
                (SSLSocketFactory) SSLSocketFactory.getDefault(),
                DEFAULT_TIMEOUT);
    }

    /// A source trusting what `tls` trusts (tests pass a factory that trusts their own
    /// server's certificate).
    public MailboxSource(
            MailboxServer server,
            MailboxPassword password,
            Disposal disposal,
            SSLSocketFactory tls,
            Duration timeout) {
        this.server = Objects.requireNonNull(server);
        this.password = Objects.requireNonNull(password);
        this.disposal = Objects.requireNonNull(disposal);
        this.tls = Objects.requireNonNull(tls);
        this.timeout = Objects.requireNonNull(timeout);
        if (server.protocol() == MailProtocol.POP3 && disposal instanceof Disposal.MoveTo) {
            throw new InvalidInput(
                    "move to", "POP3 has no folders to move to; use IMAP, or delete instead");
        }
    }

    @Override
    public void read(MessageHandler handler) {
        var security = server.security();
        var name = server.protocol().storeName(security);
        var session = Session.getInstance(properties(name, security));
        try {
            var store = session.getStore(name);
            connect(store);
            try {
                readFolder(store, handler);
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new InvalidInput(
                    "mailbox server", server.display() + " failed: " + describe(e), e);
        }
    }

    private void connect(Store store) {
        try {
            store.connect(server.host(), server.port(), server.user(), password.reveal());
        } catch (AuthenticationFailedException e) {
            throw new InvalidInput(
                    "mailbox user",
                    server.display()
                            + " refused the login of '"
                            + server.user()
                            + "': "
                            + describe(e),
                    e);
        } catch (MessagingException e) {
            throw new InvalidInput(
                    "mailbox server",
                    "could not connect to " + server.display() + ": " + describe(e),
                    e);
        }
    }

    private void readFolder(Store store, MessageHandler handler) throws MessagingException {
        var folder = store.getFolder(server.folder());
        if (!folder.exists()) {
            throw new InvalidInput(
                    "folder", "'" + server.folder() + "' does not exist on " + server.display());
        }
        var keep = disposal instanceof Disposal.Keep;
        folder.open(keep ? Folder.READ_ONLY : Folder.READ_WRITE);
        var taken = new ArrayList<Message>();
        var expunge = false;
        try {
            for (var message : folder.getMessages()) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                var label = server.folder() + " #" + message.getMessageNumber();
                if (handler.handle(label, bytes(message))) {
                    taken.add(message);
                }
            }
            expunge = dispose(store, folder, taken);
        } finally {
            folder.close(expunge);
        }
    }

    /// Applies the disposal to `taken`; whether the folder must be expunged on close.
    private boolean dispose(Store store, Folder folder, List<Message> taken)
            throws MessagingException {
        if (taken.isEmpty()) {
            return false;
        }
        var messages = taken.toArray(Message[]::new);
        switch (disposal) {
            case Disposal.Keep keep -> {
                return false;
            }
            case Disposal.Delete delete -> {
                folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
                return true;
            }
            case Disposal.MoveTo move -> {
                var target = store.getFolder(move.folder());
                if (!target.exists() && !target.create(Folder.HOLDS_MESSAGES)) {
                    throw new InvalidInput(
                            "move to",
                            "folder '"
                                    + move.folder()
                                    + "' could not be created on "
                                    + server.display());
                }
                folder.copyMessages(messages, target);
                folder.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
                return true;
            }
        }
    }

    private static byte[] bytes(Message message) throws MessagingException {
        var out = new ByteArrayOutputStream();
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException(
                    "could not fetch message " + message.getMessageNumber(), e);
        }
        return out.toByteArray();
    }

    private Properties properties(String name, MailboxSecurity security) {
        var props = new Properties();
        var prefix = "mail." + name + ".";
        var millis = Long.toString(timeout.toMillis());
        props.setProperty(prefix + "connectiontimeout", millis);
        props.setProperty(prefix + "timeout", millis);
        props.setProperty(prefix + "writetimeout", millis);
        // RFC 6125 / RFC 8314 section 4.1: the certificate must name the host we asked for.
        props.setProperty(prefix + "ssl.checkserveridentity", "true");
        props.put(prefix + "ssl.socketFactory", tls);
        // Reading must not mark messages as seen; only an explicit disposal changes the box.
        props.setProperty(prefix + "peek", "true");
        switch (security) {
            case TLS -> props.setProperty(prefix + "ssl.enable", "true");
            case STARTTLS -> {
                props.setProperty(prefix + "starttls.enable", "true");
                props.setProperty(prefix + "starttls.required", "true");
            }
            case PLAIN_LOOPBACK_ONLY -> props.setProperty(prefix + "starttls.enable", "false");
        }
        return props;
    }

    private static String describe(MessagingException e) {
        var text = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null) {
            text.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            text.append(')');
            cause = cause.getCause();
        }
        return text.toString();
    }
}
