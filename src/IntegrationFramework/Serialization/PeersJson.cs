using System.Text;
using System.Text.Json;
using IntegrationFramework.Dates;
using IntegrationFramework.Evidence;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Peers;

namespace IntegrationFramework.Serialization;

/// <summary>
/// Peer groups and learning partners as JSON, for services and scripts: written with <see cref="Utf8JsonWriter"/>
/// (no reflection, so it runs trimmed and under Native AOT). Numbers are rounded to four decimals; a missing score or
/// percentile is <c>null</c>.
/// </summary>
public static class PeersJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>A peer group: the peers, and each domain's score, peer count and percentile.</summary>
    /// <param name="group">The peer group.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public static string Serialize(PeerGroup group)
    {
        Preconditions.NotNull(group);
        return Write(json =>
        {
            Head(json, group.Card.Footprint, group.Card.Framework.Id, group.Card.PolicyId);
            json.WriteBoolean("populationBand", group.PopulationBand);
            json.WriteNumber("withinMonths", group.WithinMonths);
            json.WriteNumber("percentileFrom", PeerGroup.PercentileFrom);
            json.WriteStartArray("peers");
            foreach (var peer in group.Peers)
            {
                json.WriteStartObject();
                json.WriteString("code", peer.Footprint.Code);
                json.WriteString("name", peer.Footprint.Name);
                json.WriteString("assessedOn", IsoDate.Format(peer.AssessedOn));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("domains");
            foreach (var domain in group.Domains)
            {
                json.WriteStartObject();
                json.WriteString("domain", domain.Domain);
                Number(json, "score", domain.Score);
                json.WriteNumber("peers", domain.Peers);
                if (domain.Score is not null)
                {
                    json.WriteNumber("peersAbove", domain.Above);
                    json.WriteNumber("peersLevel", domain.Level);
                    json.WriteNumber("peersBelow", domain.Below);
                }

                Number(json, "percentile", domain.Percentile);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Learning partners: the peers ahead in each weak domain, and the complementary pairs, with case example ids.</summary>
    /// <param name="partners">The learning partners.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partners"/> is null.</exception>
    public static string Serialize(LearningPartners partners)
    {
        Preconditions.NotNull(partners);
        return Write(json =>
        {
            Head(json, partners.Card.Footprint, partners.Card.Framework.Id, partners.Card.PolicyId);
            json.WriteNumber("lead", LearningPartners.Lead);
            json.WriteStartArray("weakestDomains");
            foreach (var domain in partners.Leaders)
            {
                json.WriteStartObject();
                json.WriteString("domain", domain.Domain);
                Number(json, "score", domain.Score);
                json.WriteStartArray("peersAhead");
                foreach (var peer in domain.Peers)
                {
                    json.WriteStartObject();
                    json.WriteString("code", peer.Footprint.Code);
                    json.WriteString("name", peer.Footprint.Name);
                    Number(json, "score", peer.Score);
                    json.WriteBoolean("mayBeNoise", peer.MayBeNoise);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                Examples(json, "caseExamples", domain.CaseExamples);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pairs");
            foreach (var pair in partners.Pairs)
            {
                json.WriteStartObject();
                json.WriteString("code", pair.Peer.Code);
                json.WriteString("name", pair.Peer.Name);
                json.WriteString("theyLeadIn", pair.TheyLeadIn);
                Number(json, "theyLeadBy", pair.TheyLeadBy);
                json.WriteString("youLeadIn", pair.YouLeadIn);
                Number(json, "youLeadBy", pair.YouLeadBy);
                json.WriteBoolean("mayBeNoise", pair.MayBeNoise);
                Examples(json, "theirCaseExamples", pair.TheirCaseExamples);
                Examples(json, "yourCaseExamples", pair.YourCaseExamples);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Head(Utf8JsonWriter json, Footprint footprint, string framework, string policy)
    {
        json.WriteString("footprint", footprint.Code);
        json.WriteString("framework", framework);
        json.WriteString("policy", policy);
    }

    private static void Examples(Utf8JsonWriter json, string name, IEnumerable<CaseExample> examples)
    {
        json.WriteStartArray(name);
        foreach (var example in examples)
        {
            json.WriteStringValue(example.Id);
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Math.Round(number, 4));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
