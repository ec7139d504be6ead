package org.sendready.cli;

import java.util.concurrent.Callable;
import org.sendready.records.BindZoneWriter;
import org.sendready.records.ExportFormat;
import org.sendready.records.PlanRecords;
import org.sendready.records.profile.ExportProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `sendready records`: every DNS record the plan requires, in the format where it will be
/// pasted or committed.
@Command(
        name = "records",
        mixinStandardHelpOptions = true,
        description = {
            "Print every DNS record the setup needs: host addresses, PTR, MX, SPF, DKIM, DMARC.",
            "Formats: bind (zone-file snippet), table (for DNS web panels), csv, json.",
            "Profiles render for a specific tool or provider panel: "
                    + "dnscontrol, octodns, terraform-cloudflare, terraform-route53, "
                    + "cloudflare, route53, godaddy, cpanel, hetzner, generic."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:records printed", "2:bad input (a one-line message on stderr)"})
public final class RecordsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin PlanOptions plan;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "bind",
            converter = ExportFormatConverter.class,
            description = "bind, table, csv or json (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            converter = ExportProfileConverter.class,
            description = "Render for a tool or panel instead of --format (see above).")
    ExportProfile profile;

    @Option(
            names = "--absolute",
            description = "bind format: fully qualified names instead of $ORIGIN-relative ones.")
    boolean absolute;

    @Override
    public Integer call() {
        var records = PlanRecords.of(plan.plan());
        String text;
        if (profile != null) {
            text = profile.render(records);
        } else if (format == ExportFormat.BIND && absolute) {
            text = BindZoneWriter.absolute().export(records);
        } else {
            text = format.exporter().export(records);
        }
        var out = spec.commandLine().getOut();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
        return ExitCode.DONE;
    }

    static final class ExportFormatConverter extends ParserConverter<ExportFormat> {
        ExportFormatConverter() {
            super(ExportFormat::parse);
        }
    }

    static final class ExportProfileConverter extends ParserConverter<ExportProfile> {
        ExportProfileConverter() {
            super(ExportProfile::parse);
        }
    }
}
