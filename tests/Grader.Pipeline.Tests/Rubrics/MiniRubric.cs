namespace Grader.Pipeline.Tests.Rubrics;

/// <summary>A tiny valid rubric written to a temporary folder, for tests that break it on purpose.</summary>
internal static class MiniRubric
{
    public const string Manifest = """
        id: mini
        title: "Référentiel de test"
        version: "0.1.0"
        scale:
          acquiredFrom: 2
          levels:
            - value: 0
              label: "non démontré"
            - value: 1
              label: "insuffisant"
            - value: 2
              label: "acquis"
            - value: 3
              label: "maîtrisé"
        blocs:
          - bloc-1.yaml
        """;

    public const string Bloc = """
        id: bloc-1
        number: 1
        sourceLabel: "Bloc n°1"
        title: "Développer"
        optional: false
        activities:
          - id: a-1-1
            sourceCode: "A.1."
            title: "Veille"
            competences:
              - id: c-1-1-1
                sourceCode: "C.1.1.1."
                text: "Réaliser une veille."
                assessment:
                  mode: written
                  reason: "La veille est un document du dossier."
                criteria:
                  - id: c-1-1-1.1
                    text: "La veille est structurée."
              - id: c-1-1-2
                sourceCode: "C3.1.2."
                text: "Présenter la veille."
                assessment:
                  mode: oral
                  reason: "La présentation se juge à l’oral."
                criteria:
                  - id: c-1-1-2.1
                    text: "La présentation est claire."
                    items:
                      - id: c-1-1-2.1.a
                        text: "voix posée,"
        epreuves:
          - id: e1
            sourceCode: "E1"
            kind: "Mise en situation professionnelle"
            title: "VEILLE"
            modality: "Dans le cadre d’un test."
            deliverablesIntro: "Le livrable intègre :"
            deliverables:
              - id: e1.d1
                text: "Une synthèse de veille,"
                items:
                  - id: e1.d1.1
                    text: "avec ses sources."
            oral:
              required: true
              text: "Le candidat soutient."
            competences: [c-1-1-1, c-1-1-2]
        """;

    /// <summary>Writes the rubric, after applying <paramref name="editBloc"/> to the bloc file's text.</summary>
    public static string Write(Func<string, string>? editBloc = null, Func<string, string>? editManifest = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "grader-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rubric.yaml"), (editManifest ?? (s => s))(Manifest));
        File.WriteAllText(Path.Combine(folder, "bloc-1.yaml"), (editBloc ?? (s => s))(Bloc));
        return folder;
    }

    /// <summary>1-based line of the first occurrence of <paramref name="text"/> in the bloc file.</summary>
    public static int LineOf(string fileText, string text) =>
        fileText[..fileText.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
