using IntegrationFramework.Collections;
using IntegrationFramework.Evidence;

namespace IntegrationFramework.Peers;

/// <summary>One of a footprint's weakest domains, and the peers to learn from there.</summary>
/// <param name="Domain">The domain's code.</param>
/// <param name="Score">The footprint's score in it.</param>
/// <param name="Peers">Up to three peers at least <see cref="LearningPartners.Lead"/> points ahead, the highest first; empty when none is.</param>
/// <param name="CaseExamples">The framework's case examples for the domain.</param>
public sealed record DomainLeaders(string Domain, double Score, EquatableArray<PeerScore> Peers, EquatableArray<CaseExample> CaseExamples);
