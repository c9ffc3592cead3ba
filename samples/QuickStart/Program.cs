// QuickStart: the integration framework as data. Prints the catalogue of the built-in frameworks: every theme,
// domain and item, with where each comes from, and a case example for each domain of the 2018 checklist.
using IntegrationFramework;
using IntegrationFramework.Checklists;

foreach (var framework in Frameworks.All)
{
    Console.WriteLine($"{framework.Title} [{framework.Id}, version {framework.Version}]: {framework.Checklist}");
    foreach (var theme in framework.Checklist.Themes)
    {
        Console.WriteLine($"  {theme.Code}  {theme.Name}");
        foreach (var domain in theme.Domains)
        {
            Console.WriteLine($"    {domain.Code}  {domain.Name} ({domain.Items.Count} items)");
            foreach (var item in domain.Items)
            {
                Console.WriteLine($"      {item.Id,-13} {item.Text}");
            }

            if (framework.CaseExamplesFor(domain.Code) is { Count: > 0 } examples)
            {
                Console.WriteLine($"      e.g. {examples[0].Title}: {examples[0].Source}");
            }
        }
    }

    Console.WriteLine();
}

var report = Frameworks.ShiftingTheCentreOfGravity2018;
ChecklistItem safeguarding = report.Checklist.Item("PCC.4");
Console.WriteLine($"{safeguarding.Id}: {safeguarding.Text}");
Console.WriteLine($"  source: {safeguarding.Source}");
Console.WriteLine($"{report.CaseExamples.Count + Frameworks.LgaPositionPaper.CaseExamples.Count} case examples, {report.AccountabilityElements.Count} accountability elements, {Frameworks.LgaPositionPaper.Drivers.Count} drivers of integration.");
