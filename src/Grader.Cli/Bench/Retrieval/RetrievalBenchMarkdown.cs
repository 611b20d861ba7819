using System.Globalization;
using System.Text;
using Grader.Cli.Rendering;

namespace Grader.Cli.Bench.Retrieval;

/// <summary>The report as Markdown tables, ready to paste into docs/performance.md; decimals in French.</summary>
internal static class RetrievalBenchMarkdown
{
    public static string Write(RetrievalBenchReport report)
    {
        var output = new StringBuilder();
        output.AppendLine($"### Qualité de la recherche — jeu « {report.Set} »").AppendLine();
        output.AppendLine($"{report.Cases} dossiers, {report.Questions} couples dossier × compétence avec preuves étiquetées. "
            + "recall@k : part des couples dont au moins un passage pertinent est dans les k premiers ; MRR : moyenne de 1 / rang du premier passage pertinent.");
        output.AppendLine();
        output.AppendLine("| configuration | recall@1 | recall@3 | recall@5 | MRR |");
        output.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var result in report.Quality)
        {
            var s = result.Overall;
            output.AppendLine($"| {result.Configuration.Label} | {Number(s.RecallAt[1])} | {Number(s.RecallAt[3])} | {Number(s.RecallAt[5])} | {Number(s.ReciprocalRank)} |");
        }

        output.AppendLine().AppendLine("#### MRR par compétence").AppendLine();
        output.AppendLine("| compétence | dossiers | " + string.Join(" | ", report.Quality.Select(q => q.Configuration.Label)) + " |");
        output.AppendLine("|---|---:|" + string.Concat(report.Quality.Select(_ => "---:|")));
        foreach (var code in report.Quality.SelectMany(q => q.PerCompetence).Select(c => c.Code).Distinct().Order(StringComparer.Ordinal))
        {
            var cells = report.Quality.Select(q => q.PerCompetence.FirstOrDefault(c => c.Code == code)).ToList();
            output.AppendLine($"| {code} | {cells.First(c => c is not null)!.Cases} | "
                + string.Join(" | ", cells.Select(c => c is null ? "—" : Number(c.Score.ReciprocalRank))) + " |");
        }

        output.AppendLine().AppendLine("### Latence par requête (ms)").AppendLine();
        output.AppendLine("| index | configuration | requête | nombre | médiane | 95e centile | moyenne |");
        output.AppendLine("|---|---|---|---:|---:|---:|---:|");
        foreach (var figure in report.Latency.Figures)
        {
            output.AppendLine($"| {figure.Scenario} | {figure.Configuration} | {figure.RequestKind} | {figure.Requests} | "
                + $"{Milliseconds(figure.P50)} | {Milliseconds(figure.P95)} | {Milliseconds(figure.Mean)} |");
        }

        output.AppendLine();
        foreach (var note in report.Latency.Notes.Concat(report.Notes))
        {
            output.AppendLine($"- {note}");
        }

        output.AppendLine().AppendLine($"Machine : {report.Machine}.").AppendLine($"Commande : `{report.Command}`");
        return output.ToString();
    }

    private static string Number(double value) => value.ToString("0.00", FrenchLabels.Culture);

    private static string Milliseconds(double value) => value.ToString(value < 10 ? "0.0" : "0", FrenchLabels.Culture);
}
