package org.sendready.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.sendready.dns.IpAddresses;
import org.sendready.dns.ResolverOptions;
import org.sendready.dns.Server;
import org.sendready.dns.dnsjava.DnsjavaResolver;
import org.sendready.input.InvalidInput;
import org.sendready.spf.SpfEvaluator;
import org.sendready.spf.SpfRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready spf eval --ip IP --sender ADDR [--helo NAME] [--dns HOST[:PORT]]... [--json]`:
/// runs check_host() (RFC 7208) against live DNS and prints the result, the explanation, the
/// lookup counts and the evaluation trace.
///
/// Exit codes: 0 whenever the evaluation completed, whatever the SPF result (a temperror
/// included); 2 for bad input (an invalid IP address or sender, a missing HELO name for the
/// null sender), with one line on stderr.
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Evaluate SPF (RFC 7208 check_host) for a client address and sender against DNS,"
                    + " and show how each record and term decided."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the evaluation completed (any SPF result)", "2:bad input"})
public final class SpfEvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--ip",
            required = true,
            paramLabel = "IP",
            converter = IpConverter.class,
            description = "The SMTP client's address, e.g. 192.0.2.10 or 2001:db8::10.")
    InetAddress ip;

    @Option(
            names = "--sender",
            required = true,
            paramLabel = "ADDR",
            description =
                    "The MAIL FROM address, e.g. alice@example.com; '' or '<>' for the null"
                            + " sender, which checks the HELO name instead.")
    String sender;

    @Option(
            names = "--helo",
            paramLabel = "NAME",
            description = "The HELO/EHLO name; required with the null sender.")
    String helo;

    @Option(
            names = "--dns",
            paramLabel = "HOST[:PORT]",
            converter = EndpointConverter.class,
            description = "A DNS server to ask (repeatable); default: the system's resolvers.")
    List<Server.Endpoint> dns = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        var mailFrom = SpfRequest.parseMailFrom(sender, "--sender");
        if (mailFrom.isEmpty() && (helo == null || helo.isBlank())) {
            throw new InvalidInput(
                    "--helo",
                    "is required with the null sender (--sender ''): SPF then checks the HELO"
                            + " name (RFC 7208 section 2.4)");
        }
        var request = new SpfRequest(ip, mailFrom, helo == null ? "" : helo.strip());
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            var resolver = new DnsjavaResolver(ResolverOptions.servers(dns), executor);
            var evaluation = new SpfEvaluator(resolver).evaluate(request);
            var out = spec.commandLine().getOut();
            if (json) {
                var mapper = new ObjectMapper();
                out.println(
                        mapper.writerWithDefaultPrettyPrinter()
                                .writeValueAsString(SpfEvaluationJson.of(mapper, evaluation)));
            } else {
                SpfEvaluationText.print(out, evaluation);
            }
        } finally {
            executor.shutdownNow();
        }
        return ExitCode.DONE;
    }

    static final class IpConverter implements ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) throws Exception {
            return CliWiring.converter(text -> IpAddresses.parse(text, "--ip")).convert(value);
        }
    }

    static final class EndpointConverter implements ITypeConverter<Server.Endpoint> {
        @Override
        public Server.Endpoint convert(String value) throws Exception {
            return CliWiring.converter(text -> Server.Endpoint.parse(text, "--dns")).convert(value);
        }
    }
}
