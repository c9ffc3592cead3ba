using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using IntegrationFramework.Assessments;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;
using NodaTime;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// Sign-off as the chair uses it (issue 29): the Croydon sample signed by two chief executives, its digest recomputed
/// with the test's own RFC 8785 canonicaliser (<see cref="RefJcs"/>), read back, reformatted, changed, unsigned and
/// broken.
/// </summary>
public sealed class SignOffTests
{
    private const string Message =
        "The file was changed after sign-off on 2025-11-01 by Jane Smith (Chief executive, Croydon Council) and Sam Patel "
        + "(Chief executive, NHS South West London ICB); sign it again or remove the sign-off.";

    private static readonly LocalDate SignedOn = new(2025, 11, 1);

    private static readonly Signatory[] Signatories =
    [
        new("Jane Smith", "Chief executive", "Croydon Council"),
        new("Sam Patel", "Chief executive", "NHS South West London ICB"),
    ];

    private static readonly Lazy<Assessment> CroydonSample = new(() =>
    {
        var result = AssessmentJson.Read(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "samples", "data", "croydon-2025.json")));
        Assert.Empty(result.Problems);
        Assert.True(result.Value!.Assessors.Count >= 2);
        Assert.Null(result.Value.SignOff);
        return result.Value;
    });

    private static readonly Lazy<string> SignedCroydon = new(() => AssessmentJson.Sign(CroydonSample.Value, SignedOn, Signatories));

    /// <summary>"sha256:" and the hex SHA-256 of <paramref name="canonical"/>.</summary>
    private static string Sha256(byte[] canonical) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(canonical));

    /// <summary>The digest the signed text must carry, by the reference: its root object without signOff, removed as a node and canonicalised.</summary>
    private static string ReferenceDigest(string signedText)
    {
        var root = JsonNode.Parse(signedText)!.AsObject();
        Assert.True(root.Remove("signOff"), "The signed file has a root signOff member.");
        using var document = JsonDocument.Parse(root.ToJsonString());
        return Sha256(RefJcs.Canonicalize(document.RootElement));
    }

    private static string DigestIn(string signedText)
    {
        using var document = JsonDocument.Parse(signedText);
        return document.RootElement.GetProperty("signOff").GetProperty("digest").GetString()!;
    }

    private static JsonObject SignedNode() => JsonNode.Parse(SignedCroydon.Value)!.AsObject();

    private static string Indented(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static Problem SingleProblem(string text)
    {
        var result = AssessmentJson.Parse(text);
        Assert.Null(result.Value);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    // (a) The digest, recomputed independently.

    [Fact]
    public void The_signed_files_digest_is_the_SHA256_of_its_RFC_8785_form_without_signOff_by_an_independent_canonicaliser()
    {
        var signed = SignedCroydon.Value;
        var digest = DigestIn(signed);

        Assert.Matches("^sha256:[0-9a-f]{64}$", digest);
        Assert.Equal(ReferenceDigest(signed), digest);

        // The same by leaving the root member out while canonicalising, straight from the signed text.
        using var document = JsonDocument.Parse(signed);
        Assert.Equal(digest, Sha256(RefJcs.Canonicalize(document.RootElement, "signOff")));
    }

    [Fact]
    public void The_signOff_member_holds_the_date_the_signatories_in_order_and_the_digest()
    {
        using var document = JsonDocument.Parse(SignedCroydon.Value);
        var signOff = document.RootElement.GetProperty("signOff");

        Assert.Equal(["date", "digest", "signatories"], signOff.EnumerateObject().Select(m => m.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("2025-11-01", signOff.GetProperty("date").GetString());
        Assert.Equal(
            [("Jane Smith", "Chief executive", "Croydon Council"), ("Sam Patel", "Chief executive", "NHS South West London ICB")],
            signOff.GetProperty("signatories").EnumerateArray()
                .Select(s => (s.GetProperty("name").GetString()!, s.GetProperty("role").GetString()!, s.GetProperty("organisation").GetString()!))
                .ToArray());
    }

    [Fact]
    public void The_digest_is_of_the_content_only_the_same_whoever_signs_and_whenever_and_another_for_other_content()
    {
        // Without a sign-off the file's canonical form is the same, so the digest is that of the unsigned file.
        using var unsigned = JsonDocument.Parse(AssessmentJson.Serialize(CroydonSample.Value));
        Assert.Equal(DigestIn(SignedCroydon.Value), Sha256(RefJcs.Canonicalize(unsigned.RootElement)));

        var againLater = AssessmentJson.Sign(CroydonSample.Value, new LocalDate(2026, 1, 5), [new Signatory("Ann Other", "Section 151 officer", "Croydon Council")]);
        Assert.Equal(DigestIn(SignedCroydon.Value), DigestIn(againLater));

        var first = CroydonSample.Value.Ratings[0];
        var changed = AssessmentBuilder.From(CroydonSample.Value)
            .Rate(first.ItemId, first.AssessorId, first.Progress == Progress.Embedded ? Progress.InPlace : Progress.Embedded, null, first.Evidence)
            .Build();
        var signedChanged = AssessmentJson.Sign(changed, SignedOn, Signatories);
        Assert.NotEqual(DigestIn(SignedCroydon.Value), DigestIn(signedChanged));
        Assert.Equal(ReferenceDigest(signedChanged), DigestIn(signedChanged));
    }

    /// <summary>Generated assessments (any framework, one to six assessors, agreed ratings, evidence with quotes, line breaks, non-ASCII and emoji), signed by people with names of quotes, backslashes, non-ASCII and emoji.</summary>
    [Property(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 100)]
    public void Every_signed_assessment_carries_the_digest_the_reference_recomputes_and_reads_back_signed(MetAssessment met)
    {
        Signatory[] signatories =
        [
            // Quotes, backslashes, non-ASCII and emoji; no control characters, which a signatory may not hold (they
            // would break the one line that refuses a changed file).
            new("Zoë O’Brien \"ZOB\"", "Chief executive (interim)", "Council — adults’ services 😀"),
            new("A\\B", "Section 151 officer", "ICB \u2028 North"),
        ];

        var signed = AssessmentJson.Sign(met.Value, new LocalDate(2026, 3, 31), signatories);
        var result = AssessmentJson.Read(Encoding.UTF8.GetBytes(signed));

        Assert.Equal(ReferenceDigest(signed), DigestIn(signed));
        Assert.Empty(result.Problems);
        Assert.Equal(signatories, result.Value!.SignOff!.Signatories.ToArray());
        Assert.Equal(DigestIn(signed), result.Value.SignOff.Digest);
    }

    // (b) Reading back.

    [Fact]
    public void The_signed_file_reads_back_as_the_assessment_with_its_sign_off()
    {
        var fromText = AssessmentJson.Parse(SignedCroydon.Value);
        var fromBytes = AssessmentJson.Read(Encoding.UTF8.GetBytes(SignedCroydon.Value));

        Assert.Empty(fromText.Problems);
        Assert.Empty(fromBytes.Problems);
        Assert.Equal(fromText.Value, fromBytes.Value);
        var read = fromText.Value!;
        var signOff = read.SignOff!;
        Assert.Equal(SignedOn, signOff.Date);
        Assert.Equal(Signatories, signOff.Signatories.ToArray());
        Assert.Equal(DigestIn(SignedCroydon.Value), signOff.Digest);
        Assert.Equal(
            "2025-11-01 by Jane Smith (Chief executive, Croydon Council) and Sam Patel (Chief executive, NHS South West London ICB)",
            signOff.ToString());

        // Everything but the sign-off is the sample.
        Assert.Equal(CroydonSample.Value.Ratings, read.Ratings);
        Assert.Equal(CroydonSample.Value.Assessors, read.Assessors);
        Assert.Equal(CroydonSample.Value.Footprint, read.Footprint);
        Assert.Equal(CroydonSample.Value.AssessedOn, read.AssessedOn);
    }

    // (c) Formatting is not content.

    public static TheoryData<string> Reformattings => ["compact, members reversed", "tabs, members reversed, non-ASCII escaped", "signOff first, members shuffled, CRLF"];

    [Theory]
    [MemberData(nameof(Reformattings))]
    public void A_signed_file_reindented_with_its_members_reordered_and_escaped_otherwise_still_reads(string how)
    {
        var node = SignedNode();
        var text = how switch
        {
            "compact, members reversed" => Reordered(node, names => names.AsEnumerable().Reverse())
                .ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
            "tabs, members reversed, non-ASCII escaped" => Reordered(node, names => names.AsEnumerable().Reverse())
                .ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentCharacter = '\t', IndentSize = 1, Encoder = JavaScriptEncoder.Default }),
            _ => Reordered(node, names => names.OrderBy(n => n == "signOff" ? 0 : 1).ThenByDescending(n => n, StringComparer.Ordinal))
                .ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 3, NewLine = "\r\n" }),
        };
        Assert.NotEqual(SignedCroydon.Value, text);
        if (how.Contains("escaped", StringComparison.Ordinal))
        {
            Assert.Contains("\\u2019", text, StringComparison.Ordinal);
        }

        var result = AssessmentJson.Parse(text);

        Assert.Empty(result.Problems);
        Assert.Equal(AssessmentJson.Parse(SignedCroydon.Value).Value, result.Value);
    }

    /// <summary>A deep copy of <paramref name="node"/> with every object's members in the order <paramref name="order"/> gives.</summary>
    private static JsonNode Reordered(JsonNode node, Func<IReadOnlyList<string>, IEnumerable<string>> order)
        => node switch
        {
            JsonObject obj => new JsonObject(order([.. obj.Select(m => m.Key)]).Select(name => KeyValuePair.Create(name, (JsonNode?)Reordered(obj[name]!, order)))),
            JsonArray array => new JsonArray([.. array.Select(item => (JsonNode?)Reordered(item!, order))]),
            _ => node.DeepClone(),
        };

    // (d) A change is refused.

    [Fact]
    public void Changing_one_ratings_progress_is_refused_as_changed_after_sign_off_naming_when_and_by_whom()
    {
        const string from = "\"progress\": \"inPlace\"";
        var signed = SignedCroydon.Value;
        var at = signed.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at > 0);
        var changed = string.Concat(signed.AsSpan(0, at), "\"progress\": \"embedded\"", signed.AsSpan(at + from.Length));

        var problem = SingleProblem(changed);

        Assert.Equal(ProblemCodes.ChangedAfterSignOff, problem.Code);
        Assert.Equal("changed-after-sign-off", problem.Code);
        Assert.Equal("$.signOff.digest", problem.Location.JsonPath);
        Assert.Equal(Message, problem.Message);

        var fromBytes = AssessmentJson.Read(Encoding.UTF8.GetBytes(changed));
        Assert.Null(fromBytes.Value);
        Assert.Equal([(ProblemCodes.ChangedAfterSignOff, "$.signOff.digest", Message)], fromBytes.Problems.Select(p => (p.Code, p.Location.JsonPath, p.Message)).ToArray());
    }

    public static TheoryData<string> Changes => ["evidence", "population", "assessor name", "rating removed", "population removed", "wrong digest"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_other_change_to_what_was_signed_is_refused_the_same_way(string change)
    {
        var node = SignedNode();
        switch (change)
        {
            case "evidence":
                node["ratings"]![0]!["evidence"] = node["ratings"]![0]!["evidence"]!.GetValue<string>() + " ";
                break;
            case "population":
                node["footprint"]!["population"] = node["footprint"]!["population"]!.GetValue<int>() + 1;
                break;
            case "assessor name":
                node["assessors"]![1]!["name"] = "Integrated Care Board";
                break;
            case "rating removed":
                node["ratings"]!.AsArray().RemoveAt(node["ratings"]!.AsArray().Count - 1);
                break;
            case "population removed":
                node["footprint"]!.AsObject().Remove("population");
                break;
            default:
                node["signOff"]!["digest"] = "sha256:" + new string('0', 64);
                break;
        }

        var problem = SingleProblem(Indented(node));

        Assert.Equal((ProblemCodes.ChangedAfterSignOff, "$.signOff.digest", Message), (problem.Code, problem.Location.JsonPath, problem.Message));
    }

    [Fact]
    public void The_sign_off_itself_is_not_covered_by_the_digest_so_its_date_may_be_changed()
    {
        var node = SignedNode();
        node["signOff"]!["date"] = "2025-12-01";

        var result = AssessmentJson.Parse(Indented(node));

        Assert.Empty(result.Problems);
        Assert.Equal(new LocalDate(2025, 12, 1), result.Value!.SignOff!.Date);
    }

    // (e) Unsigned.

    [Fact]
    public void Removing_the_sign_off_reads_as_the_unsigned_assessment()
    {
        var node = SignedNode();
        Assert.True(node.Remove("signOff"));

        var result = AssessmentJson.Parse(Indented(node));

        Assert.Empty(result.Problems);
        Assert.Null(result.Value!.SignOff);
        Assert.Equal(CroydonSample.Value, result.Value);
    }

    [Fact]
    public void A_changed_file_without_its_sign_off_reads_as_unsigned()
    {
        var node = SignedNode();
        node.Remove("signOff");
        node["ratings"]![0]!["progress"] = "embedded";

        var result = AssessmentJson.Parse(Indented(node));

        Assert.Empty(result.Problems);
        Assert.Null(result.Value!.SignOff);
    }

    // (f) A broken sign-off.

    /// <summary>A broken sign-off, the path of its one problem, and that problem's code (the library's usual ones for a value and a missing member).</summary>
    public static TheoryData<string, string, string> Broken => new()
    {
        { "digest not hex", "$.signOff.digest", ProblemCodes.InvalidValue },
        { "digest in capitals", "$.signOff.digest", ProblemCodes.InvalidValue },
        { "digest without its algorithm", "$.signOff.digest", ProblemCodes.InvalidValue },
        { "no signatories", "$.signOff.signatories", ProblemCodes.MissingProperty },
        { "signatory without a role", "$.signOff.signatories[0].role", ProblemCodes.MissingProperty },
        { "second signatory without a name", "$.signOff.signatories[1].name", ProblemCodes.MissingProperty },
        { "no digest", "$.signOff.digest", ProblemCodes.MissingProperty },
        { "date not a date", "$.signOff.date", ProblemCodes.InvalidValue },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_sign_off_is_one_problem_at_its_path_not_a_change(string broken, string path, string code)
    {
        var node = SignedNode();
        var signOff = node["signOff"]!.AsObject();
        var digest = signOff["digest"]!.GetValue<string>();
        switch (broken)
        {
            case "digest not hex":
                signOff["digest"] = "sha256:xyz";
                break;
            case "digest in capitals":
                signOff["digest"] = digest.ToUpperInvariant().Replace("SHA256:", "sha256:", StringComparison.Ordinal);
                break;
            case "digest without its algorithm":
                signOff["digest"] = digest["sha256:".Length..];
                break;
            case "no signatories":
                signOff["signatories"] = new JsonArray();
                break;
            case "signatory without a role":
                Assert.True(signOff["signatories"]![0]!.AsObject().Remove("role"));
                break;
            case "second signatory without a name":
                Assert.True(signOff["signatories"]![1]!.AsObject().Remove("name"));
                break;
            case "no digest":
                Assert.True(signOff.Remove("digest"));
                break;
            default:
                signOff["date"] = "1 November 2025";
                break;
        }

        var problem = SingleProblem(Indented(node));

        Assert.Equal((code, path), (problem.Code, problem.Location.JsonPath));
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No IntegrationFramework.sln above {AppContext.BaseDirectory}.");
    }
}
