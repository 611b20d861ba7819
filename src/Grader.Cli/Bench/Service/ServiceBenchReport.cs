using System.Globalization;
using System.Text;

namespace Grader.Cli.Bench.Service;

public sealed record ServiceBenchReport(
    ServiceBenchOptions Options,
    LatencySummary Reads,
    LatencySummary UploadsAccepted,
    int Completed,
    int Failed,
    TimeSpan AllProcessed,
    long? ServerPeakBytes)
{
    public string ToMarkdown()
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        string N(double value, string format = "0.0") => value.ToString(format, fr);
        var text = new StringBuilder();
        text.AppendLine("## Charge du service (lectures pendant le traitement de dépôts)").AppendLine();
        text.AppendLine($"Commande : `{Options.Command}`").AppendLine();
        text.AppendLine("| mesure | valeur |").AppendLine("|---|---|");
        text.AppendLine($"| lectures servies | {Reads.Requests} ({Reads.Failures} en erreur) |");
        text.AppendLine($"| débit des lectures | {N(Reads.RequestsPerSecond)} req/s ({Options.Readers} clients) |");
        text.AppendLine($"| latence des lectures p50 / p95 / p99 / max | {N(Reads.P50)} / {N(Reads.P95)} / {N(Reads.P99)} / {N(Reads.Max)} ms |");
        text.AppendLine($"| dépôts acceptés (202) | {UploadsAccepted.Requests - UploadsAccepted.Failures} sur {Options.Uploads}, p95 {N(UploadsAccepted.P95)} ms |");
        text.AppendLine($"| dossiers pré-évalués / en échec | {Completed} / {Failed} |");
        text.AppendLine($"| durée jusqu’au dernier dossier traité | {N(AllProcessed.TotalSeconds)} s |");
        text.AppendLine($"| mémoire maximale du service (VmHWM) | {(ServerPeakBytes is { } peak ? $"{N(peak / 1024.0 / 1024.0, "0")} Mo" : "non mesurée (--server-pid)")} |");
        return text.ToString();
    }
}
