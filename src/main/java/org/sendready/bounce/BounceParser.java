package org.sendready.bounce;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/// Reads one returned message (RFC 5322 bytes, MIME parsed by Jakarta Mail) into a
/// [ParsedBounce]: a delivery status notification (RFC 3464) when it has a
/// `message/delivery-status` part, else a provider's prose bounce, an auto-reply, or
/// unrecognised. Never throws for bad mail: a message it cannot read is [BounceFormat#MALFORMED].
public final class BounceParser {

    /// Larger messages are not bounces worth reading (25 MiB, a common maximum message size).
    public static final int MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

    /// Headers the delivering server adds with the envelope recipient, i.e. the Return-Path
    /// the bounce was sent to (Postfix `X-Original-To` before aliasing, `Delivered-To`; Exim
    /// `Envelope-To`), then `To`, which a bounce addresses to the envelope sender.
    private static final List<String> ENVELOPE_HEADERS =
            List.of("X-Original-To", "Delivered-To", "Envelope-To", "X-Envelope-To", "To");

    private static final Pattern TOKEN_ADDRESS =
            Pattern.compile(
                    "(?i)\\b"
                            + ReturnPathToken.VERSION
                            + "\\.[a-z2-7]{12}\\.[a-z2-7]{16}@[a-z0-9.-]+[a-z0-9]");

    private final Session session = Session.getInstance(new Properties());

    public BounceParser() {}

    /// Parses `message`, the raw bytes of one mail.
    public ParsedBounce parse(byte[] message) {
        if (message.length > MAX_MESSAGE_BYTES) {
            return malformed("", "larger than " + MAX_MESSAGE_BYTES + " bytes");
        }
        var raw = new String(message, StandardCharsets.ISO_8859_1);
        try {
            var mime = new MimeMessage(session, new ByteArrayInputStream(message));
            return parse(mime, raw);
        } catch (MessagingException | IOException e) {
            return malformed(subjectOf(raw), "cannot be read as MIME: " + e.getMessage());
        }
    }

    private ParsedBounce parse(MimeMessage mime, String raw)
            throws MessagingException, IOException {
        var subject = Optional.ofNullable(mime.getSubject()).orElse("");
        var parts = new Parts();
        collect(mime, parts, 0);
        var returnedTo = new ArrayList<>(parts.returnedRecipients);
        var failedHeader = addresses(header(mime, "X-Failed-Recipients"));
        for (var failed : failedHeader) {
            if (returnedTo.stream().noneMatch(failed::equalsIgnoreCase)) {
                returnedTo.add(failed);
            }
        }
        var token = tokenAddress(mime, parts, raw);
        if (parts.deliveryStatus.isPresent()) {
            var recipients =
                    DeliveryStatusParser.parse(parts.deliveryStatus.get()).stream()
                            .map(BounceParser::outcome)
                            .toList();
            if (!recipients.isEmpty()) {
                return new ParsedBounce(BounceFormat.DSN, subject, recipients, token, returnedTo);
            }
        }
        var from = header(mime, "From");
        var text = parts.text.orElse("");
        if (parts.deliveryStatus.isPresent()
                || MessageSignals.looksLikeBounce(from, subject, !failedHeader.isEmpty())) {
            var recipients = PlainTextBounce.parse(text, failedHeader, parts.returnedRecipients);
            return new ParsedBounce(
                    BounceFormat.PROVIDER_TEXT, subject, recipients, token, returnedTo);
        }
        if (MessageSignals.looksLikeAutoReply(
                header(mime, "Auto-Submitted"),
                !header(mime, "X-Autoreply").isEmpty()
                        || !header(mime, "X-Autorespond").isEmpty()
                        || !header(mime, "X-MS-Exchange-Inbox-Rules-Loop").isEmpty(),
                header(mime, "Precedence"),
                subject)) {
            var sender = addresses(from).stream().findFirst();
            var outcome =
                    new RecipientBounce(
                            sender,
                            new Classification(
                                    BounceClass.AUTO_REPLY,
                                    Optional.empty(),
                                    Optional.empty(),
                                    "an automatic reply (Auto-Submitted, responder header or"
                                            + " subject); the message was delivered"),
                            PlainTextBounce.clip(PlainTextBounce.fold(text)),
                            Optional.empty());
            return new ParsedBounce(
                    BounceFormat.AUTO_REPLY, subject, List.of(outcome), token, returnedTo);
        }
        var outcome =
                new RecipientBounce(
                        Optional.empty(),
                        new Classification(
                                BounceClass.UNKNOWN,
                                Optional.empty(),
                                Optional.empty(),
                                "neither a delivery report, a bounce in prose, nor an auto-reply"),
                        "",
                        Optional.empty());
        return new ParsedBounce(
                BounceFormat.UNRECOGNIZED, subject, List.of(outcome), token, returnedTo);
    }

    private static RecipientBounce outcome(DsnRecipient dsn) {
        var diagnostic = PlainTextBounce.clip(PlainTextBounce.fold(dsn.diagnostic()));
        return new RecipientBounce(
                dsn.recipient(),
                FailureClassifier.classify(dsn.action(), dsn.status(), dsn.diagnostic()),
                diagnostic,
                dsn.remoteMta());
    }

    /// What the walk over the MIME tree found.
    private static final class Parts {
        Optional<String> deliveryStatus = Optional.empty();
        Optional<String> text = Optional.empty();
        final List<String> returnedRecipients = new ArrayList<>();
        final List<String> returnedReturnPaths = new ArrayList<>();
    }

    /// Deepest nesting read: bounces nest a report in a multipart, rarely more.
    private static final int MAX_DEPTH = 8;

    private void collect(Part part, Parts parts, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (part.isMimeType("message/delivery-status")
                || part.isMimeType("message/global-delivery-status")) {
            if (parts.deliveryStatus.isEmpty()) {
                parts.deliveryStatus = Optional.of(read(part.getInputStream()));
            }
        } else if (part.isMimeType("multipart/*")) {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, parts, depth + 1);
                }
            }
        } else if (part.isMimeType("message/rfc822") || part.isMimeType("message/global")) {
            var returned = new MimeMessage(session, part.getInputStream());
            returnedHeaders(
                    returned.getHeader("To"),
                    returned.getHeader("Cc"),
                    returned.getHeader("Return-Path"),
                    parts);
        } else if (part.isMimeType("text/rfc822-headers")
                || part.isMimeType("message/global-headers")) {
            var headers = new InternetHeaders(part.getInputStream());
            returnedHeaders(
                    headers.getHeader("To"),
                    headers.getHeader("Cc"),
                    headers.getHeader("Return-Path"),
                    parts);
        } else if (part.isMimeType("text/plain") && parts.text.isEmpty()) {
            parts.text = Optional.of(text(part));
        }
    }

    private static void returnedHeaders(
            String[] to, String[] cc, String[] returnPath, Parts parts) {
        for (var values : List.of(orEmpty(to), orEmpty(cc))) {
            for (var value : values) {
                parts.returnedRecipients.addAll(addresses(value));
            }
        }
        for (var value : orEmpty(returnPath)) {
            parts.returnedReturnPaths.add(value);
        }
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }

    /// The first token-shaped address: envelope headers of the bounce, then the returned
    /// message's Return-Path, then anywhere in the raw text (prose bounces quote the
    /// returned headers inline).
    private static Optional<String> tokenAddress(MimeMessage mime, Parts parts, String raw)
            throws MessagingException {
        var candidates = new ArrayList<String>();
        for (var name : ENVELOPE_HEADERS) {
            var values = mime.getHeader(name);
            if (values != null) {
                candidates.addAll(List.of(values));
            }
        }
        candidates.addAll(parts.returnedReturnPaths);
        candidates.add(raw);
        for (var candidate : candidates) {
            var matcher = TOKEN_ADDRESS.matcher(candidate);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            return part.getContent() instanceof String s ? s : read(part.getInputStream());
        } catch (UnsupportedEncodingException e) {
            return new String(part.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readNBytes(MAX_MESSAGE_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        var values = message.getHeader(name);
        return values == null ? "" : String.join(", ", values);
    }

    /// The addresses in a header value; unparseable values yield what looks like an address.
    static List<String> addresses(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        try {
            return List.of(InternetAddress.parseHeader(value, false)).stream()
                    .map(InternetAddress::getAddress)
                    .filter(a -> a != null && a.contains("@"))
                    .toList();
        } catch (AddressException e) {
            var matcher = Pattern.compile("[^\\s<>,;\"]+@[^\\s<>,;\"]+").matcher(value);
            var found = new ArrayList<String>();
            while (matcher.find()) {
                found.add(matcher.group());
            }
            return found;
        }
    }

    private static String subjectOf(String raw) {
        var matcher = Pattern.compile("(?mi)^Subject:[ \\t]*(.*)$").matcher(raw);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    private static ParsedBounce malformed(String subject, String reason) {
        var outcome =
                new RecipientBounce(
                        Optional.empty(),
                        new Classification(
                                BounceClass.UNKNOWN, Optional.empty(), Optional.empty(), reason),
                        "",
                        Optional.empty());
        return new ParsedBounce(
                BounceFormat.MALFORMED, subject, List.of(outcome), Optional.empty(), List.of());
    }
}
