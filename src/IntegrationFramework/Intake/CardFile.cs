using IntegrationFramework.Assessments;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

namespace IntegrationFramework.Intake;

/// <summary>
/// What <see cref="FileIntake.ReadCard"/> gives: a score card, read as it is or scored from an assessment, and the
/// assessment when the file held one (its partners' evidence and ratings are then at hand for a report).
/// </summary>
public sealed record CardFile
{
    /// <summary>Pairs a card with the assessment it scores, if known.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="assessment">The assessment it scores, or <see langword="null"/> when the file was a score card.</param>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    public CardFile(ScoreCard card, Assessment? assessment)
    {
        Card = Preconditions.NotNull(card);
        Assessment = assessment;
    }

    /// <summary>The score card.</summary>
    public ScoreCard Card { get; }

    /// <summary>The assessment the card scores, or <see langword="null"/> when the file was a score card.</summary>
    public Assessment? Assessment { get; }
}
