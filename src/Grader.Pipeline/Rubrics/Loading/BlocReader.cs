using YamlDotNet.RepresentationModel;

namespace Grader.Pipeline.Rubrics.Loading;

/// <summary>Maps one bloc file (activities, compétences, critères, épreuves) onto the rubric model.</summary>
internal sealed class BlocReader(YamlDocumentReader yaml)
{
    public Bloc Read(YamlMappingNode root)
    {
        yaml.RejectUnknownKeys(root, "id", "number", "sourceLabel", "title", "optional", "activities", "epreuves");
        var number = yaml.OptionalInt(root, "number");
        if (number is null)
        {
            yaml.Report(root, "le champ « number » (numéro du bloc) est obligatoire.");
        }

        return new Bloc
        {
            Id = yaml.RequiredString(root, "id"),
            Number = number ?? 0,
            SourceLabel = yaml.RequiredString(root, "sourceLabel"),
            Title = yaml.RequiredString(root, "title"),
            Optional = yaml.OptionalBool(root, "optional") ?? false,
            Activities = yaml.MappingSequence(root, "activities").Select(ReadActivity).ToList(),
            Epreuves = yaml.MappingSequence(root, "epreuves").Select(ReadEpreuve).ToList(),
            Location = yaml.Locate(root),
        };
    }

    private Activity ReadActivity(YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "id", "sourceCode", "title", "competences");
        return new Activity
        {
            Id = yaml.RequiredString(node, "id"),
            SourceCode = yaml.RequiredString(node, "sourceCode"),
            Title = yaml.RequiredString(node, "title"),
            Competences = yaml.MappingSequence(node, "competences").Select(ReadCompetence).ToList(),
            Location = yaml.Locate(node),
        };
    }

    private Competence ReadCompetence(YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "id", "sourceCode", "text", "assessment", "signals", "criteria");
        return new Competence
        {
            Id = yaml.RequiredString(node, "id"),
            SourceCode = yaml.RequiredString(node, "sourceCode"),
            Text = yaml.RequiredString(node, "text"),
            Assessment = ReadAssessment(node),
            Signals = yaml.ScalarSequence(node, "signals").Select(s => s.Value!).ToList(),
            Criteria = yaml.MappingSequence(node, "criteria").Select(ReadCriterion).ToList(),
            Location = yaml.Locate(node),
        };
    }

    private Assessment ReadAssessment(YamlMappingNode competence)
    {
        if (yaml.Get(competence, "assessment") is not YamlMappingNode node)
        {
            yaml.Report(competence, "le champ « assessment » (mode: written|oral|both et reason) est obligatoire.");
            return new Assessment(AssessmentMode.Written, string.Empty);
        }

        yaml.RejectUnknownKeys(node, "mode", "reason");
        var modeText = yaml.RequiredString(node, "mode");
        var mode = modeText switch
        {
            "written" => AssessmentMode.Written,
            "oral" => AssessmentMode.Oral,
            "both" => AssessmentMode.Both,
            _ => (AssessmentMode?)null,
        };
        if (mode is null && modeText.Length > 0)
        {
            yaml.Report(node, $"mode d’évaluation « {modeText} » inconnu : written (écrit), oral ou both (les deux).");
        }

        return new Assessment(mode ?? AssessmentMode.Written, yaml.RequiredString(node, "reason"));
    }

    private Criterion ReadCriterion(YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "id", "text", "items");
        return new Criterion(
            yaml.RequiredString(node, "id"),
            yaml.RequiredString(node, "text"),
            yaml.MappingSequence(node, "items").Select(ReadCriterion).ToList(),
            yaml.Locate(node));
    }

    private Epreuve ReadEpreuve(YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "id", "sourceCode", "kind", "title", "modality", "deliverablesIntro", "deliverables", "oral", "competences");
        var oral = yaml.Get(node, "oral") as YamlMappingNode;
        if (oral is null)
        {
            yaml.Report(node, "le champ « oral » (required: true|false, text) est obligatoire.");
        }
        else
        {
            yaml.RejectUnknownKeys(oral, "required", "text");
        }

        return new Epreuve
        {
            Id = yaml.RequiredString(node, "id"),
            SourceCode = yaml.RequiredString(node, "sourceCode"),
            Kind = yaml.RequiredString(node, "kind"),
            Title = yaml.RequiredString(node, "title"),
            Modality = yaml.RequiredString(node, "modality"),
            DeliverablesIntro = yaml.OptionalString(node, "deliverablesIntro"),
            Deliverables = yaml.MappingSequence(node, "deliverables").Select(ReadDeliverable).ToList(),
            OralDefence = oral is not null && (yaml.OptionalBool(oral, "required") ?? false),
            OralText = oral is null ? null : yaml.OptionalString(oral, "text"),
            CompetenceIds = yaml.ScalarSequence(node, "competences").Select(s => s.Value!).ToList(),
            Location = yaml.Locate(node),
        };
    }

    private DeliverableItem ReadDeliverable(YamlMappingNode node)
    {
        yaml.RejectUnknownKeys(node, "id", "text", "items");
        return new DeliverableItem(
            yaml.RequiredString(node, "id"),
            yaml.RequiredString(node, "text"),
            yaml.MappingSequence(node, "items").Select(ReadDeliverable).ToList(),
            yaml.Locate(node));
    }
}
