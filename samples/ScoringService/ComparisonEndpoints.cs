using System.Text;
using System.Text.Json;
using IntegrationFramework.Peers;
using IntegrationFramework.Problems;
using IntegrationFramework.Reports;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Samples.ScoringService;

/// <summary>
/// What the service does with several reviews sent in one JSON object, each an assessment or a score card: compare
/// two, roll children up, and set a card beside its peers. Every part is read against the service's catalogue
/// (<see cref="ServiceIntake"/>).
/// </summary>
internal sealed class ComparisonEndpoints(ServiceIntake intake)
{
    public async Task<IResult> Compare(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request, Negotiation.Cards) is not { } format)
        {
            return Negotiation.NotAcceptable(request, Negotiation.Cards);
        }

        var rules = Policies.Find(policy);
        return await WithBody(request, policy, body =>
        {
            var earlier = body.Card("earlier");
            var later = body.Card("later");
            if ((earlier.Problem ?? later.Problem) is { } problem)
            {
                return problem;
            }

            var (before, after) = (earlier.Read!, later.Read!);
            var problems = ReviewComparison.Validate(before.Card, after.Card);
            if (!problems.IsEmpty)
            {
                return ProblemResults.Of(Named(problems, ["$.earlier", "$.later"]));
            }

            var bands = before.Assessment is { } first && after.Assessment is { } second ? ChangeBands.Of(first, second, rules) : null;
            return AssessmentEndpoints.Rendered(Report.Render(ReviewComparison.Of(before.Card, after.Card, bands, before.Assessment?.Actions ?? [], after.Assessment?.Actions ?? []), before.Card, after.Card, format), format);
        });
    }

    public async Task<IResult> Rollup(HttpRequest request, string? policy)
    {
        if (Negotiation.Format(request, Negotiation.Cards) is not { } format)
        {
            return Negotiation.NotAcceptable(request, Negotiation.Cards);
        }

        var rules = Policies.Find(policy);
        return await WithBody(request, policy, body =>
        {
            var (footprint, date, problem) = body.Footprint();
            if (problem is not null)
            {
                return problem;
            }

            var (children, missing) = body.Array("children", "an array of the children's assessments or score cards");
            if (children is null)
            {
                return missing!;
            }

            var cards = new List<ScoreCard>();
            foreach (var (part, path) in children)
            {
                var read = body.Card(part, path);
                if (read.Problem is { } bad)
                {
                    return bad;
                }

                cards.Add(read.Read!.Card);
            }

            var weighting = Scoring.RollupWeighting.Population;
            if (body.Root.TryGetProperty("weighting", out var how))
            {
                if (how.ValueKind != JsonValueKind.String || how.GetString() is not ("population" or "equal"))
                {
                    return ProblemResults.Of([new(ProblemCodes.UnknownValue, "$.weighting", "'weighting' must be \"population\" or \"equal\": how the children count in every mean.")]);
                }

                weighting = how.GetString() == "equal" ? Scoring.RollupWeighting.Equal : Scoring.RollupWeighting.Population;
            }

            var problems = Scoring.Rollup.Validate(footprint!, cards, weighting);
            return problems.Any(p => p.Severity == ProblemSeverity.Error)
                ? ProblemResults.Of(Named(problems, [.. children.Select(c => c.Path)]))
                : AssessmentEndpoints.Rendered(Report.Render(Scoring.Rollup.Combine(footprint!, cards, date, weighting), format, rules), format);
        });
    }

    public Task<IResult> Peers(HttpRequest request, string? policy)
        => Compared(request, policy, (card, peers, band, months) => PeersJson.Serialize(PeerGroup.Of(card, peers, band, months)));

    public Task<IResult> LearningPartners(HttpRequest request, string? policy)
        => Compared(request, policy, (card, peers, band, months) => PeersJson.Serialize(IntegrationFramework.Peers.LearningPartners.Match(card, peers, band, months)));

    /// <summary>Reads { card, peers, populationBand, withinMonths } and answers what <paramref name="compare"/> makes of them, as JSON.</summary>
    private Task<IResult> Compared(HttpRequest request, string? policy, Func<ScoreCard, List<PeerCard>, bool, int, string> compare)
        => WithBody(request, policy, body =>
        {
            var own = body.Card("card");
            if (own.Problem is { } problem)
            {
                return problem;
            }

            var (list, missing) = body.Array("peers", "an array of the peers' assessments or score cards");
            if (list is null)
            {
                return missing!;
            }

            var peers = new List<PeerCard>();
            foreach (var (part, path) in list)
            {
                var read = body.Card(part, path);
                if (read.Problem is { } bad)
                {
                    return bad;
                }

                peers.Add(PeerCard.Of(read.Read!.Card));
            }

            var band = body.Root.TryGetProperty("populationBand", out var flag) && flag.ValueKind == JsonValueKind.True;
            var (months, wrong) = body.Count("withinMonths", PeerGroup.DefaultWithinMonths, PeerGroup.MostWithinMonths, "how many calendar months either way a peer's card may be from the footprint's");
            return wrong ?? Results.Text(compare(own.Read!.Card, peers, band, months), "application/json", Encoding.UTF8);
        });

    /// <summary>The body as a JSON object read under the policy <c>?policy=</c> names, given to <paramref name="answer"/>; or the problem to answer with.</summary>
    private async Task<IResult> WithBody(HttpRequest request, string? policy, Func<JsonBody, IResult> answer)
    {
        if (Policies.Find(policy) is not { } rules)
        {
            return Policies.Unknown(policy);
        }

        var (files, refusal) = await RequestFiles.Read(request, forms: false, "application/json");
        if (files is null)
        {
            return refusal!;
        }

        if (JsonBody.Parse(files[0].Bytes.Span, out var document) is { } notJson)
        {
            return notJson;
        }

        using (document)
        {
            return answer(new JsonBody(document!.RootElement, intake.Files, rules));
        }
    }

    /// <summary>Problems of several cards given without names, at the JSON paths of their parts of the body.</summary>
    private static IEnumerable<Problem> Named(IEnumerable<Problem> problems, string[] paths)
        => problems.Select(p => p.Location is { Input: { } input, JsonPath: { } inner } && input < paths.Length ? p with { Location = ProblemLocation.InJson(paths[input] + inner[1..]) } : p);
}
