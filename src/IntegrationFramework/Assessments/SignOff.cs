using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Assessments;

/// <summary>
/// That the partners signed an assessment off: the date, who signed, and the digest of what they signed — "sha256:"
/// and the hex SHA-256 of the assessment file's JSON without its <c>signOff</c> member, in the JSON Canonicalization
/// Scheme (RFC 8785).
/// </summary>
/// <remarks>
/// <para>
/// Reading a signed file checks its digest: a file changed after sign-off is refused, with the problem
/// <see cref="Problems.ProblemCodes.ChangedAfterSignOff"/>, so that no one scores, compares or reports a signed
/// assessment that is no longer what was signed. The digest proves that the file is what was signed; it does not prove
/// who signed: it is not a cryptographic signature of anyone's identity, and anyone can sign a file again.
/// </para>
/// <para>
/// Made by <see cref="Serialization.AssessmentJson.Sign"/> and read from a file; an assessment changed in any way
/// (through <see cref="AssessmentBuilder"/>, or by merging) no longer carries it.
/// </para>
/// </remarks>
public sealed record SignOff
{
    /// <summary>Creates a sign-off from its parts as the signer or a file gives them: at least one signatory, and "sha256:" and 64 lowercase hex digits.</summary>
    internal SignOff(LocalDate date, EquatableArray<Signatory> signatories, string digest)
    {
        Date = date;
        Signatories = Preconditions.NoNulls(signatories);
        if (signatories.IsEmpty)
        {
            throw new ArgumentException("A sign-off has at least one signatory.", nameof(signatories));
        }

        Digest = IsDigest(digest) ? digest : throw new ArgumentException($"A digest is \"sha256:\" and 64 lowercase hex digits; it was '{digest}'.", nameof(digest));
    }

    /// <summary>The date it was signed off.</summary>
    public LocalDate Date { get; }

    /// <summary>Who signed, in the order they were given.</summary>
    public EquatableArray<Signatory> Signatories { get; }

    /// <summary>"sha256:" and the hex SHA-256 of the canonical JSON of the file without its sign-off.</summary>
    public string Digest { get; }

    /// <summary>"2026-12-01 by Jane Smith (Chief executive, Croydon Council) and …": when and by whom, in words.</summary>
    /// <returns>The sign-off in words.</returns>
    public override string ToString()
    {
        var names = Signatories.Select(s => s.ToString()).ToList();
        return $"{IsoDate.Format(Date)} by {(names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}")}";
    }

    /// <summary>Whether <paramref name="digest"/> is "sha256:" and 64 lowercase hex digits.</summary>
    internal static bool IsDigest(string? digest)
        => digest is { Length: 71 } && digest.StartsWith("sha256:", StringComparison.Ordinal) && digest.AsSpan(7).IndexOfAnyExcept(LowerHex) < 0;

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");
}
