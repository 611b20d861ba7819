using Grader.Pipeline.Evaluation.Offline;

namespace Grader.Pipeline.Tests.Evaluation.Offline;

public sealed class EvidenceCueDetectorTests
{
    [Theory]
    [InlineData("Le budget total atteint 48 500 € sur l’année.", EvidenceCueKind.Figures)]
    [InlineData("Nous visons une hausse de 12 % des ventes.", EvidenceCueKind.Figures)]
    [InlineData("La campagne démarre en mars et s’achève au deuxième trimestre.", EvidenceCueKind.Calendar)]
    [InlineData("Lancement prévu le 15/09/2025 pour le salon.", EvidenceCueKind.Calendar)]
    [InlineData("Canal | Coût | Leads\nSalon | 8 000 € | 40", EvidenceCueKind.Table)]
    [InlineData("Les indicateurs suivis sont le taux de conversion et le panier moyen.", EvidenceCueKind.Indicators)]
    [InlineData("Selon l’INSEE, le marché progresse chaque année.", EvidenceCueKind.Sources)]
    [InlineData("Source : enquête menée auprès de nos clients.", EvidenceCueKind.Sources)]
    public void Finds_the_cue(string text, EvidenceCueKind expected) =>
        Assert.Contains(expected, EvidenceCueDetector.Detect(text));

    [Fact]
    public void Vague_text_has_no_cue() =>
        Assert.Empty(EvidenceCueDetector.Detect("Nous allons développer nos ventes grâce à une bonne stratégie et beaucoup de motivation."));
}
