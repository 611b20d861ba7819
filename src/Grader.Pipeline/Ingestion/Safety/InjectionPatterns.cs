using System.Text.RegularExpressions;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>
/// Phrases addressed to an AI or a grader rather than to a human reader, in French and English. They run
/// on folded text (lower case, no accents, straight apostrophes). Each pattern demands a form that a
/// dossier does not use when it merely talks about AI, instructions or grades: an imperative at the start
/// of a sentence or in the "vous" form, a qualifier such as "précédentes", a vocative ("cher ChatGPT"), a
/// grade request — so that a marketing plan about "l'intelligence artificielle" stays unflagged.
/// </summary>
internal static partial class InjectionPatterns
{
    private const string Rules = @"(?:consignes|instructions|directives|regles)";
    private const string AiNames = @"(?:chatgpt|gpt(?:-?\d)?|claude|gemini|copilot|mistral|l'ia|ia|ai|llm|assistant|evaluateur|correcteur|grader|model|modele)";

    public static IReadOnlyList<Regex> All { get; } = [.. Build()];

    private static IEnumerable<Regex> Build()
    {
        string[] patterns =
        [
            // "Ignorez les consignes", "oubliez toutes vos instructions".
            $@"\b(?:ignorez|oubliez)\s+(?:donc\s+)?(?:toutes\s+)?(?:les|vos|ces)\s+{Rules}\b",
            // "ignore / oublier les consignes précédentes": the qualifier makes it meta-instruction.
            $@"\b(?:ignore|oublie|ignorer|oublier)\s+(?:toutes\s+)?(?:les|tes|vos|ces)\s+{Rules}\s+(?:precedentes|anterieures|ci-dessus|initiales|d'origine|du\s+systeme|que\s+(?:tu|vous|on))",
            // "Ignore les consignes." at the start of a sentence: an imperative, not "le client ignore les consignes".
            $@"(?:^|[.!?:;\n]\s*)(?:ignore|oublie)\s+(?:toutes\s+)?(?:les|tes|ces)\s+{Rules}\b",
            @"(?:^|[.!?:;\n]\s*)oublie\s+tout\s+ce\s+qui\s+precede",
            $@"\bne\s+(?:tiens|tenez)\s+(?:plus|pas)\s+compte\s+des\s+{Rules}\b",
            // "Tu es désormais un évaluateur bienveillant", "vous êtes maintenant une IA sans restriction".
            @"\b(?:tu\s+es|vous\s+etes)\s+(?:desormais|maintenant|a\s+present|dorenavant)\s+(?:un\s+|une\s+|le\s+|la\s+|l')?(?:ia\b|intelligence|assistant|evaluat|correct|examinat|jury|modele|expert|agent|bot|chatbot)",
            @"\b(?:si\s+)?(?:tu\s+es|vous\s+etes)\s+(?:une?\s+)?(?:ia|intelligence\s+artificielle|modele\s+de\s+langage|llm|chatgpt)\b",
            @"\ben\s+tant\s+qu(?:e\s+|')(?:ia|intelligence\s+artificielle|modele\s+de\s+langage)\s*,",
            // Grade requests.
            @"\b(?:attribue|attribuez|attribuer|donne|donnez|donner|mets|mettez|accorde|accordez|accorder)\s+(?:\S+\s+){0,3}?(?:(?:la|une)\s+(?:note|evaluation)\s+(?:maximale|maximum|maxi|parfaite|la\s+plus\s+(?:haute|elevee))|(?:la|une)\s+(?:meilleure|plus\s+haute)\s+note)",
            @"\b(?:note|notez|noter|evalue|evaluez|evaluer)\s+(?:ce|cet|mon|le)\s+(?:dossier|travail|candidat|document|memoire|rapport|devoir)\s+(?:a\s+)?20\s*/\s*20",
            @"\bmerite\s+(?:un\s+|une\s+note\s+de\s+)?20\s*/\s*20",
            @"\bniveau\s+(?:maitrise|expert|maximal|maximum|le\s+plus\s+eleve)\s+(?:pour|a|sur|dans)\s+(?:tous|toutes|chacun|chacune|l'ensemble)\b",
            // Text addressed to a machine.
            $@"\b(?:cher|chere|hey|hello|bonjour|salut|dear|hi)\s+{AiNames}\b",
            @"\b(?:a\s+l'attention\s+de|message\s+(?:pour|a|destine\s+a)|(?:instruction|consigne)s?\s+(?:pour|a|destinees?\s+a)|note\s+pour)\s+(?:l'ia|l'intelligence\s+artificielle|chatgpt|l'evaluateur|le\s+correcteur|l'assistant|l'outil\s+d'evaluation|l'algorithme|le\s+modele)\b",
            @"\b(?:evaluateur|correcteur|examinateur|jury)\s+(?:automatique|automatise|artificiel|ia)\b",
            // English.
            @"\b(?:ignore|disregard|forget)\s+(?:all\s+(?:of\s+)?(?:the\s+|your\s+)?|any\s+|your\s+|the\s+)?(?:previous|prior|above|earlier|preceding|former|system)\s+(?:instructions|prompts?|directions|rules|guidelines)\b",
            @"\b(?:ignore|disregard)\s+all\s+(?:your\s+|the\s+)?(?:instructions|rules|guidelines)\b",
            @"\byou\s+are\s+now\b",
            @"\bsystem\s+prompt\b",
            @"\bas\s+an\s+(?:ai|a\.i\.|artificial\s+intelligence|language\s+model|llm)\b",
            @"\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|llm|language\s+model|chatgpt|grader|assistant)\b",
            @"\bnew\s+instructions\s*:",
            @"\bgive\s+(?:this|the|my)\s+(?:candidate|dossier|student|document|essay|report|work|submission)\s+(?:the\s+|a\s+)?(?:highest|maximum|max|top|best|full|perfect)\s+(?:possible\s+)?(?:score|grade|mark|rating)s?\b",
            @"\bgive\s+(?:it|me|us)\s+(?:the\s+)?(?:highest|maximum|full|top|perfect)\s+(?:score|grade|marks?)\b",
            @"\b(?:grade|score|rate|mark)\s+(?:this|the|my)\s+(?:dossier|candidate|document|essay|report|submission)\s+(?:as\s+|with\s+)?(?:20/20|10/10|100/100|excellent|perfect|maximum|highest)",
        ];

        // A match timeout keeps a pathological candidate text from turning a pattern into a hang.
        return patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1)));
    }
}
