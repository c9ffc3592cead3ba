using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IntegrationFramework.Reports.Tests.Browser;

/// <summary>
/// Reads a PDF with poppler's pdfinfo and pdftotext, independent programs, rather than trusting the printer's own
/// account. A missing program fails with the command that installs it.
/// </summary>
internal static partial class Poppler
{
    /// <summary>The number of pages and the first page's size in points.</summary>
    public static (int Pages, double Width, double Height) Info(string pdf)
    {
        var info = Run("pdfinfo", pdf);
        var pages = PagesLine().Match(info);
        var size = SizeLine().Match(info);
        Assert.True(pages.Success && size.Success, $"pdfinfo {pdf} said:\n{info}");
        return (int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The text of page <paramref name="page"/>, as laid out.</summary>
    public static string Text(string pdf, int page) => Run("pdftotext", "-layout", "-f", page.ToString(CultureInfo.InvariantCulture), "-l", page.ToString(CultureInfo.InvariantCulture), pdf, "-");

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} is not installed; install it with: sudo apt-get install -y poppler-utils", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
            return output;
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
