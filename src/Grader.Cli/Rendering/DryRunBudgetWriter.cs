using System.Globalization;
using System.Text;
using Grader.Pipeline.Evaluation.Model;
using Grader.Pipeline.Evaluation.Orchestration;

namespace Grader.Cli.Rendering;

/// <summary>The French text of <c>grader evaluate --dry-run</c>: tokens per compétence and in total, before any call.</summary>
internal static class DryRunBudgetWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Write(DryRunBudget budget)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Budget de jetons estimé — épreuve {budget.Epreuve}, fournisseur {budget.Provider}{(budget.Model is null ? "" : $" ({budget.Model})")}, {budget.Samples} tirage(s)");
        text.AppendLine("Aucun appel n’a été fait : les passages ont été retrouvés et les consignes comptées (vocabulaire o200k).");
        if (!Providers.UsesLanguageModel(budget.Provider))
        {
            text.AppendLine("Mode hors ligne : aucun modèle de langue n’est appelé, le budget est nul.");
        }

        text.AppendLine();
        text.AppendLine($"{"Compétence",-14} {"Entrée",10} {"Sortie max.",12} {"Appels",7}");
        foreach (var competence in budget.Competences.Append(budget.Deliverables))
        {
            text.AppendLine(Line(competence.Code, competence.InputTokens, competence.MaxOutputTokens, competence.Calls));
        }

        text.AppendLine(Line("Total", budget.TotalInputTokens, budget.TotalMaxOutputTokens, budget.TotalCalls));
        text.AppendLine();
        text.AppendLine("La sortie maximale est la limite fixée par chaque consigne, pas une prévision.");
        text.Append("Non comptées : les questions pour la soutenance d’une compétence écrite, demandées seulement quand le modèle n’en propose pas lui-même ; le retour au candidat est compté avec des constats types.");
        return text.ToString();
    }

    private static string Line(string label, int input, int output, int calls) =>
        string.Format(French, "{0,-14} {1,10:N0} {2,12:N0} {3,7}", label, input, output, calls);
}
