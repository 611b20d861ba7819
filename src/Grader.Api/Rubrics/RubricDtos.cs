using Grader.Pipeline.Rubrics;

namespace Grader.Api.Rubrics;

// The API's view of a rubric: the model without server paths or YAML line numbers.

public sealed record RubricSummaryDto(string Id, string Title, string Version);

public sealed record ScaleLevelDto(int Value, string Label, string? Description);

public sealed record ScaleDto(IReadOnlyList<ScaleLevelDto> Levels, int AcquiredFrom);

public sealed record CriterionDto(string Id, string Text, IReadOnlyList<CriterionDto> Items);

public sealed record CompetenceDto(
    string Id, string SourceCode, string Text, string Assessable, string AssessmentReason,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Signals);

public sealed record ActivityDto(string Id, string SourceCode, string Title, IReadOnlyList<CompetenceDto> Competences);

public sealed record DeliverableDto(string Id, string Text, IReadOnlyList<DeliverableDto> Items);

public sealed record EpreuveDto(
    string Id, string SourceCode, string Kind, string Title, string Modality, string? DeliverablesIntro,
    IReadOnlyList<DeliverableDto> Deliverables, bool OralDefence, string? OralText, IReadOnlyList<string> Competences);

public sealed record BlocDto(int Number, string Id, string SourceLabel, string Title, bool Optional, IReadOnlyList<ActivityDto> Activities, IReadOnlyList<EpreuveDto> Epreuves);

public sealed record RubricDto(string Id, string Title, string Version, ScaleDto Scale, IReadOnlyList<BlocDto> Blocs);

public sealed record CompetencePlacementDto(string RubricId, string RubricVersion, int Bloc, string Activity, CompetenceDto Competence, IReadOnlyList<string> Epreuves);

internal static class RubricDtoMapper
{
    public static RubricSummaryDto ToSummary(this Rubric rubric) => new(rubric.Id, rubric.Title, rubric.Version);

    public static RubricDto ToDto(this Rubric rubric) => new(
        rubric.Id, rubric.Title, rubric.Version,
        new ScaleDto(rubric.Scale.Levels.Select(l => new ScaleLevelDto(l.Value, l.Label, l.Description)).ToList(), rubric.Scale.AcquiredFrom),
        rubric.Blocs.Select(ToDto).ToList());

    public static CompetencePlacementDto ToDto(this CompetencePlacement placement, Rubric rubric) => new(
        rubric.Id, rubric.Version, placement.Bloc.Number, placement.Activity.Id, placement.Competence.ToDto(), placement.Epreuves.Select(e => e.Id).ToList());

    public static EpreuveDto ToDto(this Epreuve epreuve) => new(
        epreuve.Id, epreuve.SourceCode, epreuve.Kind, epreuve.Title, epreuve.Modality, epreuve.DeliverablesIntro,
        epreuve.Deliverables.Select(ToDto).ToList(), epreuve.OralDefence, epreuve.OralText, epreuve.CompetenceIds);

    private static BlocDto ToDto(Bloc bloc) => new(
        bloc.Number, bloc.Id, bloc.SourceLabel, bloc.Title, bloc.Optional,
        bloc.Activities.Select(a => new ActivityDto(a.Id, a.SourceCode, a.Title, a.Competences.Select(ToDto).ToList())).ToList(),
        bloc.Epreuves.Select(ToDto).ToList());

    private static CompetenceDto ToDto(this Competence competence) => new(
        competence.Id, competence.SourceCode, competence.Text,
        competence.Assessment.Mode switch { AssessmentMode.Written => "written", AssessmentMode.Oral => "oral", _ => "both" },
        competence.Assessment.Reason, competence.Criteria.Select(ToDto).ToList(), competence.Signals);

    private static CriterionDto ToDto(Criterion criterion) => new(criterion.Id, criterion.Text, criterion.Items.Select(ToDto).ToList());

    private static DeliverableDto ToDto(DeliverableItem item) => new(item.Id, item.Text, item.Items.Select(ToDto).ToList());
}
