using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using NodaTime;

namespace IntegrationFramework.Fhir;

/// <summary>
/// What a generic form filler's QuestionnaireResponse does not say, given from outside: the footprint, the date and
/// the assessors. It only fills what a response lacks; a value that contradicts a response is an error naming both.
/// </summary>
/// <remarks>
/// A generic SDC renderer, such as the NLM's LHC-Forms, writes a response with no <c>subject</c>, an <c>author</c>
/// that is only a display name or a reference to an Organization or Practitioner, and <c>authored</c> set to when the
/// form was filled. Each response maps to an assessor by this project's identifier when it has one, else by an
/// assessor of <see cref="Assessors"/> whose id or name equals the author's display or reference; a response without an
/// author is allowed only when it is the only one and exactly one assessor is given. Never by position.
/// </remarks>
/// <example>
/// <code>
/// var context = new ResponseContext
/// {
///     Footprint = new Footprint("E09000008", "Croydon", Level.Place),
///     AssessedOn = new LocalDate(2025, 10, 6),
///     Assessors = [new Assessor("council", "Croydon Council", PartnerKind.Council)],
/// };
/// ReadResult&lt;Assessment&gt; read = ResponseImport.Read([new ResponseFile("council.json", bytes)], context);
/// </code>
/// </example>
public sealed record ResponseContext
{
    /// <summary>
    /// The name of the setting a problem is located at when it concerns the date given here
    /// (<see cref="Problems.ProblemLocation.Setting"/>): a host names it as its users know it.
    /// </summary>
    public const string AssessedOnSetting = "ResponseContext.AssessedOn";

    /// <summary>No context: every response must carry its footprint, date and assessor, as this library's export does.</summary>
    public static ResponseContext None { get; } = new();

    /// <summary>The footprint assessed, for responses without a <c>subject</c>; null when they must carry one.</summary>
    public Footprint? Footprint { get; init; }

    /// <summary>
    /// The date of the assessment; when given, a response's <c>authored</c> (when the form was filled) is not taken as
    /// the date. When null, every response's <c>authored</c> must fall on one day, which is the date.
    /// </summary>
    public LocalDate? AssessedOn { get; init; }

    /// <summary>The assessors the responses' authors name, by id or by name.</summary>
    /// <exception cref="ArgumentException">The value holds null.</exception>
    public EquatableArray<Assessor> Assessors { get; init => field = Preconditions.NoNulls(value, nameof(Assessors)); }
}
