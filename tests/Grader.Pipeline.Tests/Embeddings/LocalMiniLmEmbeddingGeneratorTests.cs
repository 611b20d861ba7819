using Grader.Pipeline.Embeddings;
using Microsoft.Extensions.AI;

namespace Grader.Pipeline.Tests.Embeddings;

/// <summary>The ONNX model shipped in the NuGet package, run for real (offline).</summary>
public sealed class LocalMiniLmEmbeddingGeneratorTests : IClassFixture<LocalMiniLmEmbeddingGeneratorTests.Model>
{
    private readonly LocalMiniLmEmbeddingGenerator generator;

    public LocalMiniLmEmbeddingGeneratorTests(Model model) => generator = model.Generator;

    [Fact]
    public async Task Every_text_gets_a_384_dimension_unit_vector()
    {
        var embeddings = await generator.GenerateAsync(
            ["Le budget prévisionnel de l’entreprise.", "Analyse des concurrents", "x"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(384, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0, Math.Sqrt(e.Vector.ToArray().Sum(x => (double)x * x)), 3));
        Assert.Equal(384, generator.GetService<EmbeddingGeneratorMetadata>()!.DefaultModelDimensions);
    }

    [Fact]
    public async Task The_same_text_always_gives_the_same_vector()
    {
        var first = await generator.GenerateVectorAsync("Les indicateurs de performance commerciale", cancellationToken: TestContext.Current.CancellationToken);
        var second = await generator.GenerateVectorAsync("Les indicateurs de performance commerciale", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public async Task Similar_french_sentences_are_closer_than_unrelated_ones()
    {
        var vectors = await generator.GenerateAsync(
            [
                "Le budget prévisionnel prévoit un chiffre d’affaires de 120 000 euros.",
                "Les prévisions budgétaires annoncent 120 000 euros de chiffre d’affaires.",
                "Le chat dort au soleil sur le rebord de la fenêtre.",
            ],
            cancellationToken: TestContext.Current.CancellationToken);

        var related = TensorCosine(vectors[0], vectors[1]);
        var unrelated = TensorCosine(vectors[0], vectors[2]);

        Assert.True(related > unrelated + 0.1, $"related {related:F3} should exceed unrelated {unrelated:F3}");
    }

    [Fact]
    public async Task A_text_longer_than_the_model_window_is_still_embedded()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Le candidat présente l’analyse des concurrents et le budget prévisionnel.", 80));

        var vector = await generator.GenerateVectorAsync(longText, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(384, vector.Length);
        Assert.DoesNotContain(vector.ToArray(), float.IsNaN);
    }

    private static double TensorCosine(Embedding<float> a, Embedding<float> b) =>
        System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a.Vector.Span, b.Vector.Span);

    /// <summary>Loads the model once for the class: loading takes longer than embedding.</summary>
    public sealed class Model : IDisposable
    {
        public LocalMiniLmEmbeddingGenerator Generator { get; } = new();

        public void Dispose() => Generator.Dispose();
    }
}
