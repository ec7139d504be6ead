package org.sendready.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;

/// Writes a realistic Postfix log of a given size for the pflogsumm comparison and the
/// throughput measurement (never committed; written under /tmp).
///
/// The mix: submissions (smtpd, cleanup, qmgr) to big providers, company domains and a few
/// typo domains; most recipients sent at once, some greylisted and sent on a later try, some
/// bounced (unknown user, Gmail PTR, Microsoft block list, Yahoo policy, Spamhaus), some
/// deferred until the message expires, typo domains deferred on DNS; bounce notices delivered
/// locally; interleaved retries of older messages; one line of another program (dovecot,
/// sshd, cron, opendkim) per six messages, about 2 % of the lines. Queue ids are unique, as with
/// `enable_long_queue_ids`, so pflogsumm's per-queue-id dedup and ours agree.
///
/// `java -cp target/test-classes org.sendready.bench.PostfixLogGenerator OUT MEGABYTES
/// [classic|rfc3339]`
public final class PostfixLogGenerator {
    private static final String[] PROVIDERS = {
        "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de", "web.de"
    };
    private static final int[] PROVIDER_WEIGHTS = {30, 12, 8, 10, 5, 5, 4};
    private static final String[] TYPOS = {"hot-mail.com", "gmial.com", "yaho.com", "outlok.com"};
    private static final String[] BOUNCES = {
        "dsn=5.1.1, status=bounced (host %s said: 550 5.1.1 <%s>: Recipient address rejected:"
                + " User unknown in virtual mailbox table (in reply to RCPT TO command))",
        "dsn=5.7.25, status=bounced (host %s said: 550-5.7.25 [192.0.2.10] The IP address"
                + " sending this message does not have a 550-5.7.25 PTR record setup, or the"
                + " corresponding forward DNS entry does not 550-5.7.25 point to the sending IP."
                + " As a policy, Gmail does not accept messages 550-5.7.25 from IPs with missing"
                + " PTR records. 550 5.7.25 %s-gsmtp (in reply to end of DATA command))",
        "dsn=5.7.1, status=bounced (host %s said: 550 5.7.1 Unfortunately, messages from"
                + " [192.0.2.10] weren't sent. Please contact your Internet service provider"
                + " since part of their network is on our block list (S3150). [%s] (in reply to"
                + " MAIL FROM command))",
        "dsn=5.7.9, status=bounced (host %s said: 554 5.7.9 Message not accepted for policy"
                + " reasons.  See https://senders.yahooinc.com/error-codes %s (in reply to end of"
                + " DATA command))",
        "dsn=5.7.1, status=bounced (host %s said: 554 5.7.1 Service unavailable; Client host"
                + " [192.0.2.10] blocked using zen.spamhaus.org; %s (in reply to RCPT TO"
                + " command))"
    };
    private static final DateTimeFormatter CLASSIC =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter RFC3339 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'", Locale.ROOT);

    private record Retry(long dueMessage, String queueId, String recipient, int kind, int tries) {}

    private final Random random = new Random(20261126);
    private final OutputStream out;
    private final boolean rfc3339;
    private final StringBuilder line = new StringBuilder(512);
    private final PriorityQueue<Retry> retries =
            new PriorityQueue<>((a, b) -> Long.compare(a.dueMessage(), b.dueMessage()));
    private LocalDateTime clock = LocalDateTime.of(2026, 11, 1, 0, 0, 0);
    private long nextId = 0x3A00000000L;
    private long messageCount;
    private long written;
    private int pid = 2000;

    private PostfixLogGenerator(OutputStream out, boolean rfc3339) {
        this.out = out;
        this.rfc3339 = rfc3339;
    }

    public static void main(String[] args) throws IOException {
        var path = Path.of(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        boolean rfc = args.length > 2 && args[2].equals("rfc3339");
        try (var out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 20)) {
            write(out, bytes, rfc);
        }
    }

    /// Writes at least `bytes` bytes of log to `out`, then finishes the open messages.
    public static void write(OutputStream out, long bytes, boolean rfc3339) throws IOException {
        var generator = new PostfixLogGenerator(out, rfc3339);
        while (generator.written < bytes) {
            generator.message();
        }
        generator.drain();
    }

    private void message() throws IOException {
        messageCount++;
        clock = clock.plusNanos(random.nextInt(1_000_000_000));
        if (random.nextInt(6) == 0) {
            otherProgram();
        }
        String id = queueId();
        int smtpd = ++pid;
        emit("postfix/smtpd[" + smtpd + "]: connect from client.example.net[198.51.100.7]");
        emit(
                "postfix/smtpd["
                        + smtpd
                        + "]: "
                        + id
                        + ": client=client.example.net[198.51.100.7], sasl_method=PLAIN,"
                        + " sasl_username=alice");
        emit("postfix/cleanup[" + (pid + 1) + "]: " + id + ": message-id=<" + id + "@example.com>");
        int recipients = random.nextInt(100) < 85 ? 1 : 2 + random.nextInt(2);
        emit(
                "postfix/qmgr[900]: "
                        + id
                        + ": from=<sender"
                        + random.nextInt(50)
                        + "@example.com>, size="
                        + (1000 + random.nextInt(90000))
                        + ", nrcpt="
                        + recipients
                        + " (queue active)");
        emit("postfix/smtpd[" + smtpd + "]: disconnect from client.example.net[198.51.100.7]");
        List<Retry> open = new ArrayList<>();
        boolean bounced = false;
        for (int r = 0; r < recipients; r++) {
            String rcpt = "user" + random.nextInt(1_000_000) + "@" + domain();
            int roll = random.nextInt(1000);
            if (rcpt.endsWith("hot-mail.com")
                    || rcpt.endsWith("gmial.com")
                    || rcpt.endsWith("yaho.com")
                    || rcpt.endsWith("outlok.com")) {
                dnsDeferral(id, rcpt);
                open.add(new Retry(0, id, rcpt, 3, 1));
            } else if (roll < 850) {
                sent(id, rcpt, 1);
            } else if (roll < 920) {
                greylisted(id, rcpt);
                open.add(new Retry(0, id, rcpt, 1, 1));
            } else if (roll < 950) {
                greylisted(id, rcpt);
                open.add(new Retry(0, id, rcpt, 2, 1));
            } else if (roll < 990) {
                bounce(id, rcpt);
                bounced = true;
            } else {
                greylisted(id, rcpt);
                open.add(new Retry(0, id, rcpt, 4, 1));
            }
        }
        if (open.isEmpty()) {
            finish(id, bounced);
        } else {
            long due = messageCount + 200 + random.nextInt(1800);
            // All open recipients of a message retry together, as qmgr does.
            for (var retry : open) {
                retries.add(new Retry(due, id, retry.recipient(), retry.kind(), retry.tries()));
            }
        }
        while (!retries.isEmpty() && retries.peek().dueMessage() <= messageCount) {
            retryDue();
        }
    }

    /// Retries every recipient of the message at the head of the queue.
    private void retryDue() throws IOException {
        var head = retries.peek();
        List<Retry> batch = new ArrayList<>();
        for (var retry : retries) {
            if (retry.queueId().equals(head.queueId())) {
                batch.add(retry);
            }
        }
        retries.removeAll(batch);
        boolean expired = false;
        boolean bounced = false;
        List<Retry> again = new ArrayList<>();
        for (var retry : batch) {
            switch (retry.kind()) {
                case 1 -> sent(retry.queueId(), retry.recipient(), retry.tries() + 1);
                case 2 -> {
                    bounce(retry.queueId(), retry.recipient());
                    bounced = true;
                }
                default -> {
                    if (retry.kind() == 3) {
                        dnsDeferral(retry.queueId(), retry.recipient());
                    } else {
                        greylisted(retry.queueId(), retry.recipient());
                    }
                    if (retry.tries() >= 3) {
                        expired = true;
                    } else {
                        again.add(retry);
                    }
                }
            }
        }
        if (!again.isEmpty() && !expired) {
            long due = messageCount + 200 + random.nextInt(1800);
            for (var retry : again) {
                retries.add(
                        new Retry(
                                due,
                                retry.queueId(),
                                retry.recipient(),
                                retry.kind(),
                                retry.tries() + 1));
            }
            return;
        }
        if (expired) {
            emit(
                    "postfix/qmgr[900]: "
                            + head.queueId()
                            + ": from=<sender@example.com>, status=expired, returned to sender");
        }
        finish(head.queueId(), bounced || expired);
    }

    private void drain() throws IOException {
        while (!retries.isEmpty()) {
            messageCount = retries.peek().dueMessage();
            retryDue();
        }
        out.flush();
    }

    private void finish(String id, boolean notify) throws IOException {
        if (notify) {
            String notice = queueId();
            emit(
                    "postfix/bounce["
                            + (pid + 2)
                            + "]: "
                            + id
                            + ": sender non-delivery notification: "
                            + notice);
            emit("postfix/qmgr[900]: " + notice + ": from=<>, size=3210, nrcpt=1 (queue active)");
            emit(
                    "postfix/local[2401]: "
                            + notice
                            + ": to=<sender@example.com>, relay=local, delay=0.01,"
                            + " delays=0/0/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)");
            emit("postfix/qmgr[900]: " + notice + ": removed");
        }
        emit("postfix/qmgr[900]: " + id + ": removed");
    }

    private void sent(String id, String rcpt, int attempt) throws IOException {
        String host = mx(rcpt);
        emit(
                "postfix/smtp["
                        + (pid + 3)
                        + "]: "
                        + id
                        + ": to=<"
                        + rcpt
                        + ">, relay="
                        + host
                        + ":25, delay="
                        + (attempt == 1 ? "1.2" : "1830")
                        + ", delays=0.1/0.01/0.4/0.69, dsn=2.0.0, status=sent (250 2.0.0 OK "
                        + Long.toHexString(random.nextLong())
                        + " - gsmtp)");
    }

    private void greylisted(String id, String rcpt) throws IOException {
        String host = mx(rcpt);
        emit(
                "postfix/smtp["
                        + (pid + 4)
                        + "]: "
                        + id
                        + ": to=<"
                        + rcpt
                        + ">, relay="
                        + host
                        + ":25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=4.7.1, status=deferred (host "
                        + host
                        + " said: 450 4.7.1 <"
                        + rcpt
                        + ">: Recipient address rejected: Greylisted, try again later (in reply"
                        + " to RCPT TO command))");
    }

    private void dnsDeferral(String id, String rcpt) throws IOException {
        String domain = rcpt.substring(rcpt.indexOf('@') + 1);
        emit(
                "postfix/smtp["
                        + (pid + 5)
                        + "]: "
                        + id
                        + ": to=<"
                        + rcpt
                        + ">, relay=none, delay=0.5, delays=0.1/0/0.4/0, dsn=4.4.3,"
                        + " status=deferred (Host or domain name not found. Name service error"
                        + " for name="
                        + domain
                        + " type=MX: Host not found, try again)");
    }

    private void bounce(String id, String rcpt) throws IOException {
        String host = mx(rcpt);
        String template = BOUNCES[random.nextInt(BOUNCES.length)];
        String detail =
                template.startsWith("dsn=5.1.1")
                        ? rcpt
                        : Long.toHexString(random.nextLong()) + Integer.toHexString(pid);
        emit(
                "postfix/smtp["
                        + (pid + 6)
                        + "]: "
                        + id
                        + ": to=<"
                        + rcpt
                        + ">, relay="
                        + host
                        + ":25, delay=1.5, delays=0.1/0/0.6/0.8, "
                        + String.format(Locale.ROOT, template, host, detail));
    }

    private void otherProgram() throws IOException {
        switch (random.nextInt(4)) {
            case 0 ->
                    emit(
                            "dovecot: imap-login: Login: user=<alice@example.com>, method=PLAIN,"
                                    + " rip=198.51.100.20, lip=192.0.2.10, mpid="
                                    + pid
                                    + ", TLS");
            case 1 ->
                    emit(
                            "sshd["
                                    + pid
                                    + "]: Accepted publickey for admin from 198.51.100.30 port"
                                    + " 50022 ssh2");
            case 2 -> emit("CRON[" + pid + "]: (root) CMD (command -v debian-sa1 > /dev/null)");
            default ->
                    emit(
                            "opendkim["
                                    + pid
                                    + "]: "
                                    + Long.toHexString(nextId).toUpperCase(Locale.ROOT)
                                    + ": DKIM-Signature field added (s=s2026, d=example.com)");
        }
    }

    private String domain() {
        int roll = random.nextInt(100);
        if (roll < 3) {
            return TYPOS[random.nextInt(TYPOS.length)];
        }
        int pick = random.nextInt(100);
        for (int i = 0; i < PROVIDERS.length; i++) {
            if (pick < PROVIDER_WEIGHTS[i]) {
                return PROVIDERS[i];
            }
            pick -= PROVIDER_WEIGHTS[i];
        }
        return "company" + random.nextInt(1000) + ".example";
    }

    private static String mx(String rcpt) {
        String domain = rcpt.substring(rcpt.indexOf('@') + 1);
        return "mx1." + domain + "[203.0.113." + (domain.length() % 200) + "]";
    }

    private String queueId() {
        return Long.toHexString(nextId++).toUpperCase(Locale.ROOT);
    }

    private void emit(String message) throws IOException {
        line.setLength(0);
        line.append(rfc3339 ? RFC3339.format(clock) : CLASSIC.format(clock));
        line.append(" mx1 ").append(message).append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        written += bytes.length;
    }
}
