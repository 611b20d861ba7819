using System.Text.Json;

namespace Grader.Pipeline.Indexing.Evaluation;

/// <summary>One labelled compétence of a case: its code as written in labels.json and the quotes a juror cited.</summary>
public sealed record LabelledEvidence(string CompetenceCode, IReadOnlyList<EvidenceQuote> Quotes);

public sealed record EvidenceQuote(int Page, string Quote);

/// <summary>
/// Reads the evidence part of an eval-set <c>labels.json</c> (eval-sets/README.md): per compétence code, the
/// quotes and their PDF page. Levels and deliverables are calibration's business and are not read here.
/// </summary>
public static class EvidenceLabels
{
    public static IReadOnlyList<LabelledEvidence> Read(string labelsPath)
    {
        using var stream = File.OpenRead(labelsPath);
        using var json = JsonDocument.Parse(stream);
        if (!json.RootElement.TryGetProperty("criteria", out var criteria) || criteria.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var labelled = new List<LabelledEvidence>();
        foreach (var competence in criteria.EnumerateObject())
        {
            if (!competence.Value.TryGetProperty("evidence", out var evidence) || evidence.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var quotes = evidence.EnumerateArray()
                .Where(e => e.TryGetProperty("quote", out var q) && q.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(q.GetString()))
                .Select(e => new EvidenceQuote(
                    e.TryGetProperty("page", out var page) && page.ValueKind == JsonValueKind.Number ? page.GetInt32() : 0,
                    e.GetProperty("quote").GetString()!))
                .ToList();
            if (quotes.Count > 0)
            {
                labelled.Add(new LabelledEvidence(competence.Name, quotes));
            }
        }

        return labelled;
    }
}
