using System.Text.Json.Serialization;

namespace IntegrationFramework.Serialization.Documents;

// The shape of an assessment file, exactly as DESIGN.md gives it. Enumerations are strings here, so that the mapping
// to the domain types can name a bad value and list the allowed ones; unknown properties land in Unknown and are
// reported as warnings.

/// <summary>An assessment file (schemaVersion 1, or 2 with agreed ratings).</summary>
internal sealed class AssessmentDocument
{
    // Numbers and dates are read as JSON values (object, boxed JsonElement), not as int? and LocalDate?: the reader
    // checks them itself, and value-typed properties would cost a command start-up some 150 methods of JIT compilation.
    public object? SchemaVersion { get; set; }

    public string? Framework { get; set; }

    public FootprintDocument? Footprint { get; set; }

    public object? AssessedOn { get; set; }

    public List<AssessorDocument?>? Assessors { get; set; }

    public ScopeDocument? Scope { get; set; }

    public List<RatingDocument?>? Ratings { get; set; }

    /// <summary>The consensus meeting's agreed ratings: only in schemaVersion 2, and left out when there are none.</summary>
    public List<AgreedRatingDocument?>? AgreedRatings { get; set; }

    /// <summary>The partners' action plan; left out when there is none.</summary>
    public List<ActionDocument?>? Actions { get; set; }

    /// <summary>Who signed the file off, when, and the digest of the rest of it; left out when unsigned.</summary>
    public SignOffDocument? SignOff { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A sign-off: its date, its signatories and the digest of the file without it.</summary>
internal sealed class SignOffDocument
{
    public object? Date { get; set; }

    public List<SignatoryDocument?>? Signatories { get; set; }

    public string? Digest { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>One signatory of a sign-off.</summary>
internal sealed class SignatoryDocument
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A footprint, in both formats.</summary>
internal sealed class FootprintDocument
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Level { get; set; }

    public object? Population { get; set; }

    public string? ParentCode { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>An assessor of an assessment file.</summary>
internal sealed class AssessorDocument
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Partner { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>The scope of an assessment file.</summary>
internal sealed class ScopeDocument
{
    public List<string?>? ExcludedDomains { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>A rating of an assessment file.</summary>
internal sealed class RatingDocument
{
    public string? Item { get; set; }

    public string? Assessor { get; set; }

    /// <summary>Written even when null: a template's row not yet rated says so rather than leaving progress out.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Progress { get; set; }

    public string? Target { get; set; }

    public string? Evidence { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>An agreed rating of an assessment file (schemaVersion 2).</summary>
internal sealed class AgreedRatingDocument
{
    public string? Item { get; set; }

    public string? Progress { get; set; }

    public string? Target { get; set; }

    public string? Rationale { get; set; }

    public object? AgreedOn { get; set; }

    public string? AgreedBy { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}

/// <summary>One action of the plan.</summary>
internal sealed class ActionDocument
{
    public string? Item { get; set; }

    public string? Action { get; set; }

    public string? Owner { get; set; }

    public object? Due { get; set; }

    public string? Status { get; set; }

    public string? Note { get; set; }

    [JsonExtensionData]
    public Dictionary<string, object>? Unknown { get; set; }
}
