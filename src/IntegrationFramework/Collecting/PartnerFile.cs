using IntegrationFramework.Assessments;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Collecting;

/// <summary>
/// One partner's file of an assessment, as read, before it is merged with the others (<see cref="AssessmentMerge"/>):
/// its name, which problems and returns name, and the assessment it holds.
/// </summary>
public sealed record PartnerFile
{
    /// <summary>Names a file's assessment.</summary>
    /// <param name="name">The file's name as people know it, such as <c>croydon-council.xlsx</c>.</param>
    /// <param name="assessment">The assessment read from it.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public PartnerFile(string name, Assessment assessment)
    {
        Name = name;
        Assessment = assessment;
    }

    /// <summary>The file's name as people know it, such as <c>croydon-council.xlsx</c>.</summary>
    public string Name { get; init => field = Preconditions.NotBlank(value, nameof(Name)); }

    /// <summary>The assessment read from the file.</summary>
    public Assessment Assessment { get; init => field = Preconditions.NotNull(value, nameof(Assessment)); }
}
