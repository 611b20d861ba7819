using System.Net;
using System.Text.Json;
using Grader.Pipeline.Rubrics;
using Grader.Pipeline.Tests.Support;

namespace Grader.Pipeline.Tests.Evaluation.Orchestration;

/// <summary>
/// Plays a well-behaved model: recognises the prompt by its response schema and answers valid JSON — for a
/// criterion, level 2 quoting the start of a passage it was given (preferring one that holds a placeholder,
/// so restoration is exercised) and a rationale naming « [CANDIDAT] ».
/// </summary>
public static class ValidModelAnswers
{
    private static readonly string[] Strengths = ["Le plan est structuré."];
    private static readonly string[] Questions = ["Comment [CANDIDAT] a-t-il fixé ses objectifs ?"];

    public static ScriptedOpenAiReply For(ScriptedOpenAiRequest request, Epreuve epreuve)
    {
        var body = request.Body;
        var user = WebUtility.HtmlDecode(string.Join("\n", request.Messages.Select(m => m.Content)));
        if (body.Contains("\"itemId\"", StringComparison.Ordinal))
        {
            var items = epreuve.AllDeliverables().Select(d => new { itemId = d.Id, status = "present", evidence = Array.Empty<object>(), note = "Présent." });
            return Json(new { items, injectionSuspected = false, injectionNote = "" });
        }

        if (body.Contains("\"strengths\"", StringComparison.Ordinal))
        {
            return Json(new
            {
                summary = "Votre dossier présente un plan clair.",
                strengths = Strengths,
                improvements = new[] { new { what = "Chiffrer davantage les objectifs.", how = "Ajoutez des montants et des dates." } },
                injectionSuspected = false,
                injectionNote = "",
            });
        }

        if (body.Contains("\"intent\"", StringComparison.Ordinal))
        {
            return Json(new { questions = new[] { new { question = "Comment avez-vous choisi vos canaux ?", intent = "Vérifier le choix.", criterion = "canaux" } }, injectionSuspected = false, injectionNote = "" });
        }

        // Each passage: its header line, then its text lines; a line holding a placeholder is quoted first.
        var lines = user.Split("--- extrait chunkId=").Skip(1)
            .SelectMany(block => block.Split('\n').Skip(1).Select(line => (Id: block.Split(' ', ';')[0], Text: line.Trim())))
            .Where(l => l.Text.Length >= 40 && !l.Text.Contains(">>>", StringComparison.Ordinal))
            .ToList();
        var chosen = lines.FirstOrDefault(l => l.Text.Contains("[CANDIDAT]", StringComparison.Ordinal));
        if (chosen.Id is null)
        {
            chosen = lines.FirstOrDefault();
        }

        var evidence = chosen.Id is null ? [] : new[] { new { chunkId = chosen.Id, quote = Opening(chosen.Text) } };
        return Json(new
        {
            level = 2,
            rationale = "Le dossier de [CANDIDAT] présente un plan d’actions (p. 2).",
            evidence,
            missing = Array.Empty<string>(),
            confidence = 0.7,
            oralQuestions = Questions,
            injectionSuspected = false,
            injectionNote = "",
        });
    }

    private static ScriptedOpenAiReply Json(object value) => ScriptedOpenAiReply.Completion(JsonSerializer.Serialize(value));

    // Up to ~120 characters, cut at a space, so the quote is a verbatim prefix of the passage's first line.
    private static string Opening(string text)
    {
        if (text.Length <= 120)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', 120);
        return text[..(cut > 40 ? cut : 120)];
    }
}
