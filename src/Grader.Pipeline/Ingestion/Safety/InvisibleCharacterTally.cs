using System.Text;

namespace Grader.Pipeline.Ingestion.Safety;

/// <summary>What the filter removed from one page: counts per family and the hidden messages it could decode.</summary>
internal sealed class InvisibleCharacterTally
{
    private readonly Dictionary<InvisibleCharacterKind, int> _counts = [];

    public List<string> DecodedSequences { get; } = [];

    public void Count(InvisibleCharacterKind kind) =>
        _counts[kind] = _counts.GetValueOrDefault(kind) + 1;

    /// <summary>Soft hyphens are removed silently: Word inserts them by itself, they are not suspicious.</summary>
    public bool HasSuspiciousRemovals => _counts.Any(c => c.Key != InvisibleCharacterKind.SoftHyphen && c.Value > 0);

    public DocumentFlag ToFlag(int page)
    {
        var parts = new List<string>();
        AddPart(parts, InvisibleCharacterKind.ZeroWidth, "de largeur nulle");
        AddPart(parts, InvisibleCharacterKind.BidiControl, "de contrôle du sens d’écriture");
        AddPart(parts, InvisibleCharacterKind.Tag, "« étiquettes » Unicode (copies invisibles de lettres)");
        AddPart(parts, InvisibleCharacterKind.OtherInvisible, "d’autres types invisibles");
        var total = _counts.Where(c => c.Key != InvisibleCharacterKind.SoftHyphen).Sum(c => c.Value);

        var detail = new StringBuilder()
            .Append($"Page {page} : {total} caractère{(total > 1 ? "s" : "")} invisible{(total > 1 ? "s" : "")} ")
            .Append($"retiré{(total > 1 ? "s" : "")} du texte évalué ({string.Join(", ", parts)}).");
        if (DecodedSequences.Count > 0)
        {
            detail.Append(" Ils dissimulaient un texte, reproduit dans le contenu de ce signalement.");
        }

        var content = DecodedSequences.Count > 0 ? string.Join("\n", DecodedSequences) : null;
        return new DocumentFlag(DocumentFlagKinds.HiddenText, page, detail.ToString(), content);
    }

    private void AddPart(List<string> parts, InvisibleCharacterKind kind, string label)
    {
        if (_counts.GetValueOrDefault(kind) is var n and > 0)
        {
            parts.Add($"{n} {label}");
        }
    }
}
