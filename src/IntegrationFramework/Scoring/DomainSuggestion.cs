using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;

namespace IntegrationFramework.Scoring;

/// <summary>A weak domain, with the framework's case examples that show what others have done in it.</summary>
/// <param name="DomainCode">The domain.</param>
/// <param name="Score">Its score.</param>
/// <param name="Stage">Its stage, emerging or developing; <see langword="null"/> when too little of it is rated for one (<see cref="DomainScore.Stage"/>).</param>
/// <param name="CaseExamples">The framework's examples that illustrate the domain, those at the footprint's own level first.</param>
public sealed record DomainSuggestion(string DomainCode, double Score, Stage? Stage, EquatableArray<CaseExample> CaseExamples);
