using System.Globalization;
using System.Text;

namespace Grader.Pipeline.Rubrics.Editing;

/// <summary>One refused signal (<see cref="Index"/> is its position in the list), or the list itself (<see cref="Index"/> null).</summary>
public sealed record SignalProblem(int? Index, string Message)
{
    /// <summary>The field the message belongs to, as clients name it: <c>signals[2]</c>, or <c>signals</c> for the whole list.</summary>
    public string Field => Index is { } i ? string.Create(CultureInfo.InvariantCulture, $"signals[{i}]") : "signals";
}

/// <summary>
/// What a compétence's signals (words and typical evidence that help retrieval) must be: short trimmed texts, printable,
/// each once (ignoring case and accents, which retrieval ignores too), and not so many that they drown the compétence's
/// own wording. The web page applies the same rules before saving (js/rubric-signals.js).
/// </summary>
public static class SignalRules
{
    public const int MaxLength = 80;
    public const int MaxCount = 40;

    /// <summary>The trimmed signals and every problem found; the signals are usable only when there is no problem.</summary>
    public static (IReadOnlyList<string> Signals, IReadOnlyList<SignalProblem> Problems) Check(IReadOnlyList<string?>? signals)
    {
        var problems = new List<SignalProblem>();
        var trimmed = (signals ?? []).Select(s => (s ?? string.Empty).Trim()).ToList();
        if (trimmed.Count > MaxCount)
        {
            problems.Add(new SignalProblem(null, $"{trimmed.Count} signaux : {MaxCount} au plus par compétence."));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < trimmed.Count; i++)
        {
            var text = trimmed[i];
            if (text.Length == 0)
            {
                problems.Add(new SignalProblem(i, $"Signal {i + 1} : le texte est vide ; écrivez-le ou retirez la ligne."));
                continue;
            }

            if (text.Length > MaxLength)
            {
                problems.Add(new SignalProblem(i, $"Signal {i + 1} : {text.Length} caractères, {MaxLength} au plus."));
            }

            if (text.Any(char.IsControl))
            {
                problems.Add(new SignalProblem(i, $"Signal {i + 1} : il contient un caractère de contrôle (tabulation, retour à la ligne…) ; un signal tient sur une ligne."));
            }

            var key = Fold(text);
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add(new SignalProblem(i, $"Signal {i + 1} : « {text} » répète le signal {first + 1} (majuscules et accents ne comptent pas)."));
            }
            else
            {
                seen[key] = i;
            }
        }

        return (trimmed, problems);
    }

    /// <summary>Lower case without diacritics: « Étude de marché » and « etude de MARCHE » are the same signal.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
