using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;
using IntegrationFramework.Geography;
using NodaTime;

namespace IntegrationFramework.Peers;

/// <summary>
/// Two footprints that complement each other: the peer is ahead (see <see cref="LearningPartners"/>) in one of the
/// footprint's weakest domains, and the footprint ahead in one of the peer's.
/// </summary>
/// <param name="Peer">The peer.</param>
/// <param name="AssessedOn">The date of the peer's card.</param>
/// <param name="TheyLeadIn">The footprint's weak domain where the peer leads most.</param>
/// <param name="TheyLeadBy">By how many points.</param>
/// <param name="YouLeadIn">The peer's weak domain where the footprint leads most.</param>
/// <param name="YouLeadBy">By how many points.</param>
/// <param name="TheirCaseExamples">The framework's case examples for <paramref name="TheyLeadIn"/>.</param>
/// <param name="YourCaseExamples">The framework's case examples for <paramref name="YouLeadIn"/>.</param>
/// <param name="MayBeNoise">Whether either lead rests on the scores alone, without both partner bands.</param>
public sealed record ComplementaryPair(
    Footprint Peer,
    LocalDate AssessedOn,
    string TheyLeadIn,
    double TheyLeadBy,
    string YouLeadIn,
    double YouLeadBy,
    EquatableArray<CaseExample> TheirCaseExamples,
    EquatableArray<CaseExample> YourCaseExamples,
    bool MayBeNoise = false);
