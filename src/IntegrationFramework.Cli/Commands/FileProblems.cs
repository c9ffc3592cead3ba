using System.Text.RegularExpressions;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Cli.Commands;

/// <summary>Reports problems whose paths index the files given (<c>$[1].policy</c>) against those files (<c>later.json: $.policy</c>).</summary>
internal static partial class FileProblems
{
    public static void Report(Terminal terminal, IReadOnlyList<string> paths, IEnumerable<Problem> problems)
    {
        foreach (var problem in problems)
        {
            if (FileIndex().Match(problem.Path) is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index < paths.Count)
            {
                terminal.Problems(paths[index], [problem with { Path = "$" + match.Groups[2].Value }]);
            }
            else
            {
                terminal.Problems("ifw", [problem]);
            }
        }
    }

    [GeneratedRegex(@"^\$\[(\d+)\](.*)$")]
    private static partial Regex FileIndex();
}
