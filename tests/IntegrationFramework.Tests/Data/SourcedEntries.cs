using IntegrationFramework.Data;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Tests.Data;

/// <summary>
/// Every entry of the built-in frameworks and vocabularies that carries a source reference, with the text that must
/// be found in the source document on the referenced page: the document's own words for the entry.
/// </summary>
internal static class SourcedEntries
{
    /// <param name="Key">A unique key naming the entry.</param>
    /// <param name="Text">The entry's own words, to be found in the source.</param>
    /// <param name="Source">The entry's reference.</param>
    /// <param name="ContinuesOnNextPage">
    /// Whether the words may start on the page after the reference's: the highlights and figures of a case example
    /// whose box runs on to the next page.
    /// </param>
    public sealed record Entry(string Key, string Text, SourceReference Source, bool ContinuesOnNextPage = false);

    public static IReadOnlyDictionary<string, Entry> All { get; } = Build().ToDictionary(e => e.Key);

    private static IEnumerable<Entry> Build()
    {
        foreach (var framework in Frameworks.All)
        {
            foreach (var theme in framework.Checklist.Themes)
            {
                yield return new($"{framework.Id}/theme:{theme.Code}", theme.Name, theme.Source);
            }

            foreach (var domain in framework.Checklist.Domains)
            {
                yield return new($"{framework.Id}/domain:{domain.Code}", domain.Name, domain.Source);
                if (domain.Headline is { } headline)
                {
                    yield return new($"{framework.Id}/headline:{domain.Code}", headline, domain.Source);
                }

                if (domain.Guidance is { } guidance)
                {
                    yield return new($"{framework.Id}/guidance:{domain.Code}", guidance.Section.Split(" › ")[^1], guidance);
                }
            }

            foreach (var item in framework.Checklist.Items)
            {
                yield return new($"{framework.Id}/item:{item.Id}", item.Text, item.Source);
            }

            foreach (var example in framework.CaseExamples)
            {
                yield return new($"{framework.Id}/case:{example.Id}", example.Title, example.Source);
                for (var i = 0; i < example.Highlights.Count; i++)
                {
                    yield return new($"{framework.Id}/case:{example.Id}/highlight:{i + 1}", example.Highlights[i], example.Source, ContinuesOnNextPage: true);
                }

                for (var i = 0; i < example.Figures.Count; i++)
                {
                    yield return new($"{framework.Id}/case:{example.Id}/figure:{i + 1}", example.Figures[i].Quote, example.Source, ContinuesOnNextPage: true);
                }
            }
        }

        var report = Frameworks.ShiftingTheCentreOfGravity2018;
        foreach (var outcome in report.Vision)
        {
            yield return new($"vision:{outcome.Id}/headline", outcome.Headline, outcome.Source);
            yield return new($"vision:{outcome.Id}/text", outcome.Text, outcome.Source);
        }

        foreach (var shift in report.Shifts)
        {
            yield return new($"shift:{shift.Id}", shift.Text, shift.Source);
        }

        string? who = null;
        foreach (var action in report.KeyActions)
        {
            yield return new($"action:{action.Id}/title", action.Title, action.Source);
            if (action.Who != who)
            {
                // Who carries out a group of actions is said once, where the group begins.
                yield return new($"action:{action.Id}/who", action.Who, action.Source);
                who = action.Who;
            }

            if (action.Text is { } text)
            {
                yield return new($"action:{action.Id}/text", text, action.Source);
            }

            for (var i = 0; i < action.Points.Count; i++)
            {
                yield return new($"action:{action.Id}/point:{i + 1}", action.Points[i], action.Source);
            }
        }

        foreach (var level in report.PreventionLevels)
        {
            yield return new($"prevention:{level.Tier}", level.Description, level.Source);
            for (var i = 0; i < level.Examples.Count; i++)
            {
                yield return new($"prevention:{level.Tier}/example:{i + 1}", level.Examples[i], level.Source);
            }
        }

        foreach (var level in report.Levels)
        {
            yield return new($"level:{level.Level}", level.Description, level.Source);
        }

        foreach (var function in report.Functions)
        {
            yield return new($"function:{function.Id}", function.Description, function.Source);
        }

        foreach (var principle in report.PlaceBasedPrinciples)
        {
            yield return new($"principle:{principle.Id}", principle.Text, principle.Source);
        }

        foreach (var element in report.AccountabilityElements)
        {
            yield return new($"accountability:{element.Id}", element.Text, element.Source);
        }

        var paper = Frameworks.LgaPositionPaper;
        foreach (var driver in paper.Drivers)
        {
            yield return new($"driver:{driver.Id}", driver.Name, driver.Source);
        }

        foreach (var call in paper.CallsOnGovernment)
        {
            yield return new($"call:{call.Id}", call.Text, call.Source);
        }

        foreach (var sector in Sectors.All)
        {
            yield return new($"sector:{sector.Sector}", sector.Description, sector.Source);
        }

        foreach (var kind in PartnerKinds.All)
        {
            yield return new($"partner:{kind.Kind}", kind.Description, kind.Source);
        }

        foreach (var kind in GovernanceBodyKinds.All)
        {
            yield return new($"body:{kind.Kind}", kind.Description, kind.Source);
        }

        foreach (var line in AccountabilityLines.All)
        {
            yield return new($"accountability-line:{line.Line}", line.Description, line.Source);
        }

        foreach (var mechanism in BudgetSharingMechanisms.All)
        {
            yield return new($"budget:{mechanism.Mechanism}", mechanism.Description, mechanism.Source);
        }
    }
}
