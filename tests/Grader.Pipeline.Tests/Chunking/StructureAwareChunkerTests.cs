using Grader.Pipeline.Chunking;
using Grader.Pipeline.Ingestion;
using Microsoft.Extensions.Options;
using static Grader.Pipeline.Tests.Chunking.ChunkingTestDocuments;

namespace Grader.Pipeline.Tests.Chunking;

public sealed class StructureAwareChunkerTests
{
    // 10-word sentences are 13 estimated tokens: a 100-token target holds 7 of them.
    private static StructureAwareChunker Chunker(int target = 100, int overlap = 30, int minSection = 20) =>
        new(Options.Create(new ChunkingOptions { TargetTokens = target, OverlapTokens = overlap, MinSectionTokens = minSection }));

    private static void AssertOffsetsMatch(ParsedDocument document, IReadOnlyList<Chunk> chunks)
    {
        var text = EvaluatedText.From(document).Text;
        Assert.All(chunks, c => Assert.Equal(c.Text, text.Substring(c.StartOffset, c.EndOffset - c.StartOffset)));
    }

    [Fact]
    public void Chunk_text_is_exactly_the_evaluated_text_between_its_offsets()
    {
        var document = new ChunkingTestDocuments()
            .Heading("1. Présentation", 1).Paragraph(Sentences(1, 12))
            .NextPage().Heading("2. Marché", 1).Paragraph(Sentences(20, 5)).Paragraph(Sentences(30, 9))
            .Build();

        var chunks = Chunker().CreateChunks(document);

        Assert.True(chunks.Count >= 4);
        AssertOffsetsMatch(document, chunks);
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void A_chunk_never_crosses_a_heading_of_a_full_section()
    {
        var document = new ChunkingTestDocuments()
            .Heading("1. Présentation", 1).Paragraph(Sentences(1, 10))
            .Heading("2. Marché", 1).Paragraph(Sentences(20, 10))
            .Heading("2.1 Concurrence", 2).Paragraph(Sentences(40, 10))
            .Build();

        var chunks = Chunker().CreateChunks(document);

        Assert.All(chunks, c => Assert.True(c.BlockKinds.Count(k => k == BlockKind.Heading) <= 1));
        Assert.All(chunks.Where(c => c.Text.Contains("Phrase1 ", StringComparison.Ordinal)), c => Assert.Equal("1. Présentation", c.SectionPath));
        Assert.All(chunks.Where(c => c.Text.Contains("Phrase20 ", StringComparison.Ordinal)), c => Assert.Equal("2. Marché", c.SectionPath));
        Assert.All(chunks.Where(c => c.Text.Contains("Phrase40 ", StringComparison.Ordinal)), c => Assert.Equal("2. Marché > 2.1 Concurrence", c.SectionPath));
        Assert.DoesNotContain(chunks, c => c.Text.Contains("Phrase29.", StringComparison.Ordinal) && c.Text.Contains("Phrase40 ", StringComparison.Ordinal));
        Assert.StartsWith("2.1 Concurrence", chunks.First(c => c.SectionPath.EndsWith("2.1 Concurrence", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void A_tiny_section_merges_with_the_next_one()
    {
        var document = new ChunkingTestDocuments()
            .Heading("2. Analyse du marché", 1).Paragraph("Vue d’ensemble.")
            .Heading("2.1 Concurrence", 2).Paragraph(Sentences(1, 4))
            .Build();

        var chunk = Assert.Single(Chunker().CreateChunks(document));

        Assert.StartsWith("2. Analyse du marché\n\nVue d’ensemble.\n\n2.1 Concurrence", chunk.Text);
        Assert.Equal("2. Analyse du marché > 2.1 Concurrence", chunk.SectionPath);
    }

    [Fact]
    public void Consecutive_chunks_of_a_section_overlap_by_whole_sentences()
    {
        var document = new ChunkingTestDocuments().Heading("3. Actions", 1).Paragraph(Sentences(1, 30)).Build();

        var chunks = Chunker(target: 100, overlap: 30).CreateChunks(document);

        Assert.True(chunks.Count >= 4);
        for (var i = 1; i < chunks.Count; i++)
        {
            Assert.True(chunks[i].StartOffset < chunks[i - 1].EndOffset, $"chunk {i} does not overlap the previous one");
            var shared = chunks[i - 1].Text[(chunks[i].StartOffset - chunks[i - 1].StartOffset)..];
            Assert.StartsWith("Phrase", shared); // the overlap starts on a sentence
            Assert.InRange(TokenEstimator.Estimate(shared), 1, 30);
        }

        AssertOffsetsMatch(document, chunks);
    }

    [Fact]
    public void Overlap_takes_the_last_sentences_of_a_paragraph_too_long_to_repeat_whole()
    {
        var document = new ChunkingTestDocuments()
            .Heading("3. Actions", 1)
            .Paragraph(Sentences(1, 5)).Paragraph(Sentences(10, 5)).Paragraph(Sentences(20, 5)).Paragraph(Sentences(30, 5))
            .Build();

        var chunks = Chunker(target: 150, overlap: 30).CreateChunks(document);

        Assert.True(chunks.Count >= 2);
        for (var i = 1; i < chunks.Count; i++)
        {
            var shared = chunks[i - 1].Text[(chunks[i].StartOffset - chunks[i - 1].StartOffset)..];
            Assert.Matches(@"^Phrase\d+ mot mot mot mot mot mot mot mot mot\.( Phrase\d+ mot mot mot mot mot mot mot mot mot\.)?$", shared);
            Assert.Equal("3. Actions", chunks[i].SectionPath);
        }

        AssertOffsetsMatch(document, chunks);
    }

    [Fact]
    public void A_long_paragraph_is_split_at_sentence_boundaries()
    {
        var document = new ChunkingTestDocuments().Paragraph(Sentences(1, 40)).Build();

        var chunks = Chunker(target: 100, overlap: 0).CreateChunks(document);

        Assert.True(chunks.Count >= 6);
        Assert.All(chunks, c =>
        {
            Assert.StartsWith("Phrase", c.Text);
            Assert.EndsWith(".", c.Text);
            Assert.InRange(c.TokenCount, 1, 100);
        });
        Assert.Equal(40, chunks.Sum(c => c.Text.Split("Phrase").Length - 1)); // no overlap: every sentence once
    }

    [Fact]
    public void A_sentence_longer_than_the_target_is_split_at_spaces()
    {
        var document = new ChunkingTestDocuments().Paragraph(Sentence(1, words: 250)).Build();

        var chunks = Chunker(target: 100, overlap: 0).CreateChunks(document);

        Assert.Equal(4, chunks.Count);
        Assert.All(chunks, c => Assert.InRange(c.TokenCount, 1, 100));
        AssertOffsetsMatch(document, chunks);
    }

    [Fact]
    public void A_large_table_is_split_between_rows_without_repeating_any()
    {
        var rows = Enumerable.Range(1, 40).Select(i => (IReadOnlyList<string>)[$"Client{i}", "Secteur industrie", "Chiffre 12 000 euros"]).ToList();
        var document = new ChunkingTestDocuments().Heading("4. Portefeuille", 1).Table(rows).Build();

        var chunks = Chunker(target: 100, overlap: 30).CreateChunks(document);

        Assert.True(chunks.Count >= 4);
        var rowLines = rows.Select(r => string.Join(" | ", r)).ToHashSet();
        var seen = chunks.SelectMany(c => c.Text.Split('\n').Where(l => l.StartsWith("Client", StringComparison.Ordinal))).ToList();
        Assert.All(seen, line => Assert.Contains(line, rowLines)); // every line is a whole row
        Assert.Equal(40, seen.Count);                               // no row repeated, none lost
        Assert.Equal(40, seen.Distinct().Count());
        Assert.All(chunks.Skip(1), c => Assert.Equal([BlockKind.Table], c.BlockKinds));
    }

    [Fact]
    public void A_small_table_stays_whole_in_one_chunk()
    {
        var rows = Enumerable.Range(1, 3).Select(i => (IReadOnlyList<string>)[$"Ligne{i}", "valeur"]).ToList();
        var document = new ChunkingTestDocuments().Paragraph(Sentences(1, 6)).Table(rows).Paragraph(Sentences(10, 6)).Build();

        var chunks = Chunker(target: 100, overlap: 0).CreateChunks(document);

        Assert.Single(chunks, c => c.Text.Contains("Ligne1 | valeur\nLigne2 | valeur\nLigne3 | valeur", StringComparison.Ordinal));
    }

    [Fact]
    public void Chunks_record_their_page_span()
    {
        var document = new ChunkingTestDocuments()
            .Heading("5. Bilan", 1).Paragraph(Sentence(1)).NextPage().Paragraph(Sentence(2)).NextPage().Paragraph(Sentence(3))
            .Build();

        var chunk = Assert.Single(Chunker(minSection: 0).CreateChunks(document));

        Assert.Equal((1, 3), (chunk.PageStart, chunk.PageEnd));
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], chunk.BlockKinds);
    }

    [Fact]
    public void Ids_are_stable_for_the_same_content_and_differ_across_documents()
    {
        var builder = new ChunkingTestDocuments().Paragraph(Sentences(1, 20));

        var first = Chunker().CreateChunks(builder.Build("hash-a")).Select(c => c.Id).ToList();
        var again = Chunker().CreateChunks(builder.Build("hash-a")).Select(c => c.Id).ToList();
        var other = Chunker().CreateChunks(builder.Build("hash-b")).Select(c => c.Id).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct().Count());
        Assert.Empty(first.Intersect(other));
        Assert.All(first, id => Assert.Matches("^[0-9a-f]{16}$", id));
    }

    [Fact]
    public void Token_estimate_is_words_times_one_point_three()
    {
        Assert.Equal(13, TokenEstimator.Estimate("un deux trois quatre cinq six sept huit neuf dix"));
        Assert.Equal(3, TokenEstimator.Estimate("l’entreprise"));
        Assert.Equal(0, TokenEstimator.Estimate(" — "));
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        const string text = "M. Dupont a signé le contrat. Voir cf. Annexe 2 pour le détail. Fin !";

        var sentences = SentenceSplitter.Sentences(text).Select(s => text[s.Start..s.End]).ToList();

        Assert.Equal(["M. Dupont a signé le contrat.", "Voir cf. Annexe 2 pour le détail.", "Fin !"], sentences);
    }

    [Fact]
    public void Options_validation_refuses_an_overlap_as_large_as_the_target()
    {
        var result = new ChunkingOptionsValidator().Validate(null, new ChunkingOptions { TargetTokens = 100, OverlapTokens = 100 });

        Assert.True(result.Failed);
        Assert.Contains("Grader:Chunking:OverlapTokens doit être compris entre 0 et TargetTokens (exclu).", result.Failures!);
        Assert.True(new ChunkingOptionsValidator().Validate(null, new ChunkingOptions()).Succeeded);
    }
}
