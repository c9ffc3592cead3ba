namespace IntegrationFramework.Assessments;

/// <summary>
/// How far a partnership has got with a checklist item: an ordinal scale of five levels, or "not applicable".
/// </summary>
/// <remarks>
/// <para>
/// The levels, from <see cref="NotStarted"/> (0) to <see cref="Embedded"/> (4), are worth <c>level × 25</c> points
/// (0 to 100); see <see cref="ProgressExtensions"/>. Files spell them in camelCase: <c>notStarted</c>,
/// <c>planned</c>, <c>underDevelopment</c>, <c>inPlace</c>, <c>embedded</c>, <c>notApplicable</c>.
/// </para>
/// <para>
/// <see cref="NotApplicable"/> is not a level: its numeric value (−1) must not be compared with the levels. An item
/// nobody has rated is <em>unrated</em>, which is different again from <see cref="NotStarted"/>: unrated means no
/// one has said, not started means someone has said there is nothing yet.
/// </para>
/// </remarks>
public enum Progress : sbyte
{
    /// <summary>Not applicable to this partnership; not a level, and never a target.</summary>
    NotApplicable = -1,

    /// <summary>Level 0: nothing is in place or planned yet.</summary>
    NotStarted = 0,

    /// <summary>Level 1: planned.</summary>
    Planned = 1,

    /// <summary>Level 2: under development.</summary>
    UnderDevelopment = 2,

    /// <summary>Level 3: in place.</summary>
    InPlace = 3,

    /// <summary>Level 4: embedded — in place, evaluated, and learning shared.</summary>
    Embedded = 4,
}
