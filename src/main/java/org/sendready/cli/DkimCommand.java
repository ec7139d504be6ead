package org.sendready.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sendready.dkim.DkimAlgorithm;
import org.sendready.dkim.DkimKeyFiles;
import org.sendready.dkim.DkimKeyFlag;
import org.sendready.dkim.DkimKeyGenerator;
import org.sendready.dkim.DkimKeyRecord;
import org.sendready.dkim.DkimKeySpec;
import org.sendready.dkim.DkimPrivateKey;
import org.sendready.dkim.DkimSelector;
import org.sendready.dkim.PemKeyReader;
import org.sendready.dkim.PrivateKeyEncoding;
import org.sendready.dns.DomainName;
import org.sendready.input.InvalidInput;
import org.sendready.storage.WriteMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready dkim`: DKIM keys and their DNS records.
///
/// Exit codes: 0 done; 2 bad input (a one-line message on stderr), including an existing key
/// file without `--force` and a directory that cannot take the files.
@Command(
        name = "dkim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "DKIM keys and their DNS records.",
        subcommands = {DkimCommand.Keygen.class, DkimCommand.Show.class})
public final class DkimCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    /// Without a subcommand there is nothing to do: usage on stderr, exit 2.
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /// `sendready dkim keygen`: generates a key pair, writes its files, prints the record.
    @Command(
            name = "keygen",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = {
                "Generate a DKIM key pair and the TXT record that publishes it.",
                "Writes <selector>.private (private key, PEM, mode 0600), <selector>.public.pem"
                        + " and <selector>.txt (the record as a zone-file line) into --out."
            })
    static final class Keygen implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--domain", required = true, description = "The signing domain (d=).")
        DomainName domain;

        @Option(
                names = "--selector",
                required = true,
                converter = SelectorConverter.class,
                description = "The selector (s=), e.g. s1 or mail2025.")
        DkimSelector selector;

        @Option(
                names = "--algorithm",
                defaultValue = "rsa",
                converter = AlgorithmConverter.class,
                description = "rsa or ed25519 (default: ${DEFAULT-VALUE}).")
        DkimAlgorithm algorithm;

        @Option(
                names = "--bits",
                description = "RSA key size: 1024, 2048, 3072 or 4096 (default 2048).")
        Integer bits;

        @Option(
                names = "--out",
                defaultValue = ".",
                description = "Directory for the key files (default: current directory).")
        Path out;

        @Option(names = "--force", description = "Replace existing key files for the selector.")
        boolean force;

        @Option(
                names = "--pkcs1",
                description =
                        "Write an RSA private key as PKCS#1 (BEGIN RSA PRIVATE KEY), as"
                                + " opendkim-genkey does; default PKCS#8 (BEGIN PRIVATE KEY).")
        boolean pkcs1;

        @Option(names = "--testing", description = "Mark the record as testing (t=y).")
        boolean testing;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            DkimKeySpec keySpec;
            try {
                keySpec = DkimKeySpec.of(algorithm, Optional.ofNullable(bits));
            } catch (InvalidInput e) {
                throw e.inField("--bits");
            }
            if (pkcs1 && algorithm != DkimAlgorithm.RSA) {
                throw new InvalidInput(
                        "--pkcs1",
                        "applies to rsa keys only; " + algorithm + " keys are written as PKCS#8");
            }
            var owner = selector.ownerName(domain);
            var files = DkimKeyFiles.in(out, selector);
            if (!force) {
                files.existing().stream()
                        .findFirst()
                        .ifPresent(
                                file -> {
                                    throw new InvalidInput(
                                            file.toAbsolutePath().normalize().toString(),
                                            "already exists; use --force to replace it (mail"
                                                    + " signed with the old key fails once its"
                                                    + " record is replaced)");
                                });
            }
            files.checkDirectory();
            var key = new DkimKeyGenerator(new SecureRandom()).generate(keySpec);
            var keyRecord =
                    DkimKeyRecord.of(key.publicKey())
                            .withFlags(testing ? Set.of(DkimKeyFlag.TESTING) : Set.of());
            var encoding = pkcs1 ? PrivateKeyEncoding.PKCS1 : PrivateKeyEncoding.PKCS8;
            files.write(
                    key,
                    encoding,
                    keyRecord,
                    owner,
                    force ? WriteMode.OVERWRITE : WriteMode.CREATE_NEW);
            var printer = new KeyPrinter(spec.commandLine().getOut(), key, keyRecord, owner);
            if (json) {
                printer.json(files, encoding, domain, selector);
            } else {
                printer.text(files, encoding);
            }
            return ExitCode.DONE;
        }
    }

    /// `sendready dkim show`: the record and fingerprint of an existing private key.
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Print the DKIM record and fingerprint for an existing private key.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(
                names = "--key",
                required = true,
                description = "Private key PEM file (PKCS#8 or PKCS#1; rsa or ed25519).")
        Path keyFile;

        @Option(names = "--domain", description = "The signing domain, to print the record name.")
        DomainName domain;

        @Option(
                names = "--selector",
                converter = SelectorConverter.class,
                description = "The selector, to print the record name.")
        DkimSelector selector;

        @Option(names = "--testing", description = "Mark the record as testing (t=y).")
        boolean testing;

        @Option(names = "--json", description = "Print the result as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            if ((domain == null) != (selector == null)) {
                throw new InvalidInput(
                        domain == null ? "--domain" : "--selector",
                        "is needed too: the record name comes from --selector and --domain"
                                + " together");
            }
            var key = PemKeyReader.read(keyFile);
            var keyRecord =
                    DkimKeyRecord.of(key.publicKey())
                            .withFlags(testing ? Set.of(DkimKeyFlag.TESTING) : Set.of());
            var owner = domain == null ? null : selector.ownerName(domain);
            var printer = new KeyPrinter(spec.commandLine().getOut(), key, keyRecord, owner);
            if (json) {
                printer.json(keyFile, domain, selector);
            } else {
                printer.text(keyFile);
            }
            return ExitCode.DONE;
        }
    }

    /// Prints a key's facts and record as text or JSON; `owner` may be null (no name known).
    private record KeyPrinter(
            PrintWriter out, DkimPrivateKey key, DkimKeyRecord keyRecord, DomainName owner) {

        void text(DkimKeyFiles files, PrivateKeyEncoding encoding) {
            out.println(
                    "New DKIM key for "
                            + owner
                            + ": "
                            + key.algorithm()
                            + ", "
                            + key.bits()
                            + " bits");
            out.println(
                    "  private key  "
                            + display(files.privateKey())
                            + " ("
                            + label(encoding)
                            + ", owner-only; keep it secret)");
            out.println("  public key   " + display(files.publicKey()));
            out.println("  DNS record   " + display(files.record()));
            out.println("  fingerprint  " + key.publicKey().fingerprint());
            out.println();
            printRecord();
        }

        void text(Path keyFile) {
            out.println("DKIM key: " + key.algorithm() + ", " + key.bits() + " bits");
            out.println("  private key  " + display(keyFile));
            out.println("  fingerprint  " + key.publicKey().fingerprint());
            out.println();
            printRecord();
        }

        private void printRecord() {
            out.println("Publish this TXT record:");
            if (owner != null) {
                out.println("  name   " + owner);
            }
            out.println("  value  " + keyRecord.format());
        }

        void json(
                DkimKeyFiles files,
                PrivateKeyEncoding encoding,
                DomainName domain,
                DkimSelector selector) {
            var root = common(domain, selector);
            root.put("encoding", label(encoding));
            var written = root.putObject("files");
            written.put("privateKey", display(files.privateKey()));
            written.put("publicKey", display(files.publicKey()));
            written.put("record", display(files.record()));
            print(root);
        }

        void json(Path keyFile, DomainName domain, DkimSelector selector) {
            var root = common(domain, selector);
            root.put("keyFile", display(keyFile));
            print(root);
        }

        private ObjectNode common(DomainName domain, DkimSelector selector) {
            var root = MAPPER.createObjectNode();
            root.put("domain", domain == null ? null : domain.ascii());
            root.put("selector", selector == null ? null : selector.ascii());
            root.put("name", owner == null ? null : owner.ascii());
            root.put("algorithm", key.algorithm().tag());
            root.put("bits", key.bits());
            root.put("fingerprint", key.publicKey().fingerprint());
            root.put("record", keyRecord.format());
            return root;
        }

        private void print(ObjectNode root) {
            out.println(root.toPrettyString());
        }

        private static String label(PrivateKeyEncoding encoding) {
            return switch (encoding) {
                case PKCS8 -> "PKCS#8";
                case PKCS1 -> "PKCS#1";
            };
        }

        private static String display(Path path) {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final class SelectorConverter implements ITypeConverter<DkimSelector> {
        @Override
        public DkimSelector convert(String value) throws Exception {
            return CliWiring.converter(DkimSelector::parse).convert(value);
        }
    }

    static final class AlgorithmConverter implements ITypeConverter<DkimAlgorithm> {
        @Override
        public DkimAlgorithm convert(String value) throws Exception {
            return CliWiring.converter(text -> DkimAlgorithm.parse(text, "--algorithm"))
                    .convert(value);
        }
    }
}
