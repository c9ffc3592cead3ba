using System.Globalization;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Partners;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Reads the fields every file format has — the framework, the footprint (code, name, level, population, parent), the
/// date, the assessors — from the text a file gives, with one rule and one wording for each problem whatever the
/// format: an assessment file, a ratings table, a workbook, a FHIR response, a command line's options or a service's
/// request. Problems are added to the list the reader was given, each at its field's location.
/// </summary>
/// <example>
/// <code>
/// var problems = new List&lt;Problem&gt;();
/// var fields = new FieldReader(problems);
/// Footprint? footprint = fields.Footprint(
///     new("E09000008", ProblemLocation.InSheet("Cover", "B4"), "Footprint code"), …);
/// </code>
/// </example>
public sealed class FieldReader
{
    private readonly List<Problem> problems;
    private readonly string missingCode;

    /// <summary>Creates a reader that adds its problems to <paramref name="problems"/>.</summary>
    /// <param name="problems">Where problems go, after any already there.</param>
    /// <param name="missingCode">
    /// The code of a field with no value: <see cref="ProblemCodes.MissingValue"/> (an empty cell or option, the default)
    /// or <see cref="ProblemCodes.MissingProperty"/> (a JSON property left out).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public FieldReader(List<Problem> problems, string missingCode = ProblemCodes.MissingValue)
    {
        this.problems = Preconditions.NotNull(problems);
        this.missingCode = Preconditions.NotBlank(missingCode);
    }

    /// <summary>Whether any error has been added to the list.</summary>
    public bool HasErrors => problems.Exists(p => p.Severity == ProblemSeverity.Error);

    /// <summary>A required text: none is "'name' is required: what."; only white space is "'name' must not be blank: what.".</summary>
    /// <param name="field">The field.</param>
    /// <param name="what">What the field holds, for the message, such as "the footprint's name".</param>
    /// <returns>The text, or <see langword="null"/> after a problem.</returns>
    public string? Text(Field field, string what)
    {
        if (field.Value is null)
        {
            Missing(field, what);
            return null;
        }

        return Optional(field, what);
    }

    /// <summary>An optional text: none is none; only white space is "'name' must not be blank: what.".</summary>
    /// <param name="field">The field.</param>
    /// <param name="what">What the field holds, and when to leave it out, such as "leave it out when the footprint has no parent".</param>
    /// <returns>The text, or <see langword="null"/> when there is none or after a problem.</returns>
    public string? Optional(Field field, string what)
    {
        if (field.Value is not null && string.IsNullOrWhiteSpace(field.Value))
        {
            Add(ProblemCodes.InvalidValue, field, $"'{field.Name}' must not be blank: {what}.");
            return null;
        }

        return field.Value;
    }

    /// <summary>A required member of a vocabulary, spelled as the files spell it (<c>place</c>, <c>integratedCareBoard</c>).</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="vocabulary">The spellings, such as <see cref="Vocabularies.Level"/>.</param>
    /// <returns>The member, or <see langword="null"/> after a problem.</returns>
    public TEnum? Term<TEnum>(Field field, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        Preconditions.NotNull(vocabulary);
        if (field.Value is null)
        {
            Missing(field, $"{vocabulary.What}, one of {vocabulary.Allowed}");
            return null;
        }

        return OptionalTerm(field, vocabulary);
    }

    /// <summary>An optional member of a vocabulary: none is none.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="vocabulary">The spellings.</param>
    /// <returns>The member, or <see langword="null"/> when there is none or after a problem.</returns>
    public TEnum? OptionalTerm<TEnum>(Field field, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        Preconditions.NotNull(vocabulary);
        if (field.Value is null)
        {
            return null;
        }

        if (vocabulary.TryParse(field.Value, out var term))
        {
            return term;
        }

        Add(ProblemCodes.UnknownValue, field, vocabulary.Unknown(field.Value));
        return null;
    }

    /// <summary>A required date, <c>yyyy-MM-dd</c>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="what">What the date is, for a missing one, such as "the date of the assessment, yyyy-MM-dd".</param>
    /// <returns>The date, or <see langword="null"/> after a problem.</returns>
    public LocalDate? Date(Field field, string what)
    {
        if (field.Value is null)
        {
            Missing(field, what);
            return null;
        }

        if (IsoDate.Parse(field.Value) is { } date)
        {
            return date;
        }

        Add(ProblemCodes.InvalidValue, field, $"'{field.Value}' is not a date in the form yyyy-MM-dd; write it as, for example, 2018-10-01.");
        return null;
    }

    /// <summary>An optional population: a positive whole number of people (written without a fraction, or with a zero one), or none.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The population, or <see langword="null"/> when there is none or after a problem.</returns>
    public int? Population(Field field)
    {
        if (field.Value is null)
        {
            return null;
        }

        if (decimal.TryParse(field.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var people)
            && people >= 1 && people <= int.MaxValue && people == decimal.Truncate(people))
        {
            return (int)people;
        }

        Add(ProblemCodes.InvalidValue, field, $"'{field.Value}' is not a population; give a positive whole number of people, such as 386710, or leave it out.");
        return null;
    }

    /// <summary>A required framework id, resolved against <paramref name="catalogue"/>.</summary>
    /// <param name="field">The field.</param>
    /// <param name="catalogue">The frameworks known.</param>
    /// <returns>The framework, or <see langword="null"/> after a problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public Framework? Framework(Field field, FrameworkCatalogue catalogue)
    {
        Preconditions.NotNull(catalogue);
        if (Text(field, $"the id of the framework, one of {catalogue.Ids}") is not { } id)
        {
            return null;
        }

        if (catalogue.Find(id) is { } framework)
        {
            return framework;
        }

        problems.Add(catalogue.UnknownProblem(id, field.Location));
        return null;
    }

    /// <summary>A footprint: a required code, name and level, and an optional population and parent code.</summary>
    /// <param name="code">The footprint's code.</param>
    /// <param name="name">The footprint's name.</param>
    /// <param name="level">Its level, <c>system</c>, <c>place</c> or <c>neighbourhood</c>.</param>
    /// <param name="population">Its population.</param>
    /// <param name="parent">The code of the wider footprint it sits in.</param>
    /// <returns>The footprint, or <see langword="null"/> after a problem.</returns>
    public Footprint? Footprint(Field code, Field name, Field level, Field population, Field parent)
    {
        var count = problems.Count;
        var codeText = Text(code, "the footprint's code, such as an ONS code");
        var nameText = Text(name, "the footprint's name");
        var levelTerm = Term(level, Vocabularies.Level);
        var people = Population(population);
        var parentCode = Optional(parent, "leave it out when the footprint has no parent");
        return codeText is null || nameText is null || levelTerm is null || ErrorsSince(count)
            ? null
            : new Footprint(codeText, nameText, levelTerm.Value, people, parentCode);
    }

    /// <summary>An assessor: a required id, name and kind of partner.</summary>
    /// <param name="id">The short id that ratings name, such as <c>council</c>.</param>
    /// <param name="name">The name a person recognises.</param>
    /// <param name="partner">The kind of partner, such as <c>integratedCareBoard</c>.</param>
    /// <returns>The assessor, or <see langword="null"/> after a problem.</returns>
    public Assessor? Assessor(Field id, Field name, Field partner)
    {
        var idText = Text(id, "a short id that ratings name, such as council");
        var nameText = Text(name, "a name a person recognises");
        var kind = Term<PartnerKind>(partner, Vocabularies.Partner);
        return idText is null || nameText is null || kind is null ? null : new Assessor(idText, nameText, kind.Value);
    }

    /// <summary>Adds "'name' is required: what." for a field with no value.</summary>
    /// <param name="field">The field.</param>
    /// <param name="what">What the field holds.</param>
    public void Missing(Field field, string what) => Add(missingCode, field, $"'{field.Name}' is required: {what}.");

    private void Add(string code, Field field, string message) => problems.Add(new(code, field.Location, message));

    private bool ErrorsSince(int count)
    {
        for (var i = count; i < problems.Count; i++)
        {
            if (problems[i].Severity == ProblemSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }
}
